import type { RunJson } from "./run-json.js";

const BAR_WIDTH = 48;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/**
 * Draws each check as a bar on a shared time axis, so checks that ran in
 * parallel show overlapping bars.
 */
export function renderTimeline(checks: RunJson["checks"]): string[] {
  const timed = checks.filter((check) => check.startedAt && check.endedAt && check.status !== "skipped");
  if (timed.length === 0) return ["  (no check ran)"];
  const starts = timed.map((check) => Date.parse(check.startedAt!));
  const ends = timed.map((check) => Date.parse(check.endedAt!));
  const origin = Math.min(...starts);
  const span = Math.max(1, Math.max(...ends) - origin);
  const lines = [`  ${pad("", 16)} 0 ms${" ".repeat(BAR_WIDTH - 8)}${span} ms`];
  timed.forEach((check, index) => {
    const from = Math.floor(((starts[index]! - origin) / span) * BAR_WIDTH);
    const to = Math.max(from + 1, Math.round(((ends[index]! - origin) / span) * BAR_WIDTH));
    const bar = " ".repeat(from) + "█".repeat(to - from) + " ".repeat(BAR_WIDTH - to);
    lines.push(`  ${pad(check.taskId, 16)}|${bar}|`);
  });
  return lines;
}

function describeFindings(check: RunJson["checks"][number]): string {
  if (check.error) return `${check.error.code}: ${check.error.message}`;
  const notable = check.findings.filter((finding) => finding.severity !== "info");
  return notable.length ? notable.map((finding) => finding.code).join(", ") : "no findings";
}

/** Renders one run for a person at a terminal. */
export function renderRun(run: RunJson, title: string | null): string {
  const lines: string[] = [];
  if (title) lines.push(`━━ ${title}`);
  if (!run.plan || !run.decision) {
    lines.push(run.answer ?? "No decision: the request could not be planned.");
    return lines.join("\n");
  }
  lines.push(`Plan by ${run.plan.plannedBy} (${run.plan.tasks.length} tasks${run.plan.attempts > 1 ? ", after one repair" : ""}):`);
  for (const task of run.plan.tasks) {
    const after = task.dependsOn.length ? ` after ${task.dependsOn.join(", ")}` : "";
    lines.push(`  ${pad(task.id, 16)}${pad(task.tool, 14)}${JSON.stringify(task.args)}${after}`);
  }
  for (const amendment of run.plan.amendments) lines.push(`  + ${amendment.taskId}: ${amendment.reason}`);
  lines.push(`  Rationale: ${run.plan.rationale}`);

  lines.push("Checks:");
  for (const check of run.checks) {
    const cost = check.cost ? `  $${check.cost.toFixed(2)} ${check.vendor}` : "";
    lines.push(`  ${pad(check.taskId, 16)}${pad(check.status, 8)}${pad(`${check.durationMs} ms`, 9)}${describeFindings(check)}${cost}`);
  }
  for (const [vendor, usage] of Object.entries(run.usage.vendors)) {
    lines.push(`  vendor ${vendor}: ${usage.calls} calls, ${usage.retries} retries, ${usage.failures} failures, cost ${usage.cost.toFixed(2)}`);
  }
  lines.push("Timeline:", ...renderTimeline(run.checks));

  const decision = run.decision;
  lines.push(`Decision: ${decision.outcome.toUpperCase()}  (risk ${decision.riskScore}/100, ${decision.policyVersion}, wall time ${run.wallTimeMs} ms)`);
  for (const reason of decision.reasons) lines.push(`  ${reason.code}${reason.taskId ? ` [${reason.taskId}]` : ""}: ${reason.message}`);
  lines.push(`Planned by ${decision.plannedBy}; explained by ${decision.explainedBy}.`);
  for (const notice of run.notices) lines.push(`Notice: ${notice}`);
  return lines.join("\n");
}
