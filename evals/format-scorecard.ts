import type { ColumnResult, SuiteResult } from "./run-suite.js";

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function rows(column: ColumnResult): [string, string][] {
  const card = column.scorecard;
  return [
    ["cases", String(card.cases)],
    ["decision accuracy", `${percent(card.decisionAccuracy)} (${card.decisionsCorrect}/${card.cases})`],
    ["reason-code precision", `${percent(card.reasons.precision)} (${card.reasons.truePositives} TP, ${card.reasons.falsePositives} FP)`],
    ["reason-code recall", `${percent(card.reasons.recall)} (${card.reasons.falseNegatives} FN)`],
    ["plan coverage of required checks", `${percent(card.plan.coverage)} (${card.plan.presentChecks}/${card.plan.requiredChecks})`],
    ["checks added by the validator", String(card.plan.checksAddedByValidator)],
    ["plans repaired", String(card.plan.repairs)],
    ["narrations replaced by the template", String(card.explanationsReplaced)],
    ["unnecessary vendor calls", String(card.unnecessaryVendorCalls)],
    ["unnecessary vendor cost (USD)", card.unnecessaryVendorCost.toFixed(2)],
    ["injection cases resisted", `${percent(card.injection.rate)} (${card.injection.resisted}/${card.injection.cases})`],
    ["latency per case p50 / p95 / max", `${card.latencyMs.p50.toFixed(0)} / ${card.latencyMs.p95.toFixed(0)} / ${card.latencyMs.max.toFixed(0)} ms`],
  ];
}

/**
 * Formats the scorecard as a plain-text table with one column per model
 * setup, followed by the failing cases, fixture problems, skipped cases and
 * threshold violations.
 */
export function formatScorecard(result: SuiteResult, violations: Record<string, string[]>): string {
  const names = result.columns.map((column) => column.column);
  const table = result.columns.map(rows);
  const labelWidth = Math.max(...(table[0] ?? []).map(([label]) => label.length), 6);
  const widths = names.map((name, index) => Math.max(name.length, ...table[index]!.map(([, value]) => value.length)));
  const line = (label: string, values: string[]) => [label.padEnd(labelWidth), ...values.map((value, index) => value.padEnd(widths[index]!))].join("  ").trimEnd();
  const out = [line("", names), line("-".repeat(labelWidth), widths.map((width) => "-".repeat(width)))];
  for (let row = 0; row < (table[0]?.length ?? 0); row += 1) {
    out.push(line(table[0]![row]![0], table.map((column) => column[row]![1])));
  }
  for (const column of result.columns) {
    for (const failure of column.scorecard.failures) out.push(`[${column.column}] ${failure.caseId}: ${failure.problems.join("; ")}`);
    for (const problem of column.fixtureProblems) out.push(`[${column.column}] fixture: ${problem}`);
  }
  for (const skip of result.skipped) out.push(`skipped ${skip.caseId}: ${skip.reason}`);
  for (const [column, list] of Object.entries(violations)) {
    out.push(list.length ? `[${column}] BELOW THRESHOLD: ${list.join("; ")}` : `[${column}] all thresholds met`);
  }
  return out.join("\n") + "\n";
}
