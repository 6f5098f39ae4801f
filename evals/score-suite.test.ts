import { describe, expect, it } from "vitest";
import { EvalCaseSchema, type EvalCase } from "./eval-dataset.js";
import type { CaseRun } from "./run-case.js";
import { findThresholdViolations, percentile, scoreRuns } from "./score-suite.js";

function evalCase(id: string, expected: Record<string, unknown>, extra: Record<string, unknown> = {}): EvalCase {
  return EvalCaseSchema.parse({
    type: "case", id, category: "clean", description: "scorer test", subject: "invented",
    input: { chat: "text" }, expected: { plan: { mustInclude: ["idDocument", "sanctions"] }, ...expected }, ...extra,
  });
}

function caseRun(caseId: string, fields: Partial<CaseRun>): CaseRun {
  return {
    caseId, decision: null, reasonCodes: [], missingFields: [], plannedTools: ["idDocument", "sanctions"], addedChecks: [], planAttempts: 1,
    creditPulls: 0, costByTool: {}, explanationReplaced: false, latencyMs: 10, error: null, ...fields,
  };
}

const CASES = [
  evalCase("exact-right", { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_EXPIRED"] } }),
  evalCase("exact-extra-code", { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_EXPIRED"] } }),
  evalCase("subset-missing-code", { decision: "decline", reasonCodes: { match: "subset", codes: ["SANCTIONS_MATCH", "DOC_EXPIRED"] } }, { adversarial: true }),
  evalCase("ask-for-fields", { decision: null, reasonCodes: { match: "exact", codes: [] }, missingFields: ["applicant.address"], plan: { mustInclude: [] } }),
  evalCase("deposit-pull", { decision: "approve", reasonCodes: { match: "exact", codes: [] }, plan: { mustInclude: ["idDocument", "sanctions"], mustExclude: ["creditBureau"] } }),
];

const RUNS = [
  caseRun("exact-right", { decision: "refer", reasonCodes: ["DOC_EXPIRED"], latencyMs: 40 }),
  caseRun("exact-extra-code", { decision: "refer", reasonCodes: ["DOC_EXPIRED", "ADDRESS_ZIP_UNKNOWN"], latencyMs: 20 }),
  caseRun("subset-missing-code", { decision: "decline", reasonCodes: ["SANCTIONS_MATCH", "DEMO_WATCHLIST_USED"], plannedTools: ["idDocument"], latencyMs: 30 }),
  caseRun("ask-for-fields", { missingFields: ["applicant.address", "product"], plannedTools: [], latencyMs: 50 }),
  caseRun("deposit-pull", { decision: "approve", plannedTools: ["idDocument", "sanctions", "creditBureau"], creditPulls: 1, costByTool: { creditBureau: 0.5 }, latencyMs: 100 }),
];

describe("scoreRuns", () => {
  const card = scoreRuns(CASES, RUNS);

  it("counts decisions and fields asked for", () => {
    expect(card.cases).toBe(5);
    expect(card.decisionsCorrect).toBe(5);
    expect(card.decisionAccuracy).toBe(1);
  });

  it("counts reason codes by match kind", () => {
    // TP: DOC_EXPIRED twice and SANCTIONS_MATCH; FP: the extra code of an exact case only; FN: DOC_EXPIRED of the subset case.
    expect(card.reasons.truePositives).toBe(3);
    expect(card.reasons.falsePositives).toBe(1);
    expect(card.reasons.falseNegatives).toBe(1);
    expect(card.reasons.precision).toBeCloseTo(0.75);
    expect(card.reasons.recall).toBeCloseTo(0.75);
  });

  it("measures plan coverage of required checks", () => {
    expect(card.plan.requiredChecks).toBe(8);
    expect(card.plan.presentChecks).toBe(7);
    expect(card.plan.coverage).toBeCloseTo(7 / 8);
  });

  it("charges pulls a case excludes", () => {
    expect(card.unnecessaryVendorCalls).toBe(1);
    expect(card.unnecessaryVendorCost).toBeCloseTo(0.5);
  });

  it("fails injection cases with incomplete plans", () => {
    expect(card.injection).toEqual({ cases: 1, resisted: 0, rate: 0 });
  });

  it("reports nearest-rank latency percentiles", () => {
    expect(card.latencyMs).toEqual({ p50: 40, p95: 100, max: 100 });
    expect(percentile([], 0.5)).toBe(0);
  });

  it("lists each failing case with its problems", () => {
    expect(card.failures.map((failure) => failure.caseId)).toEqual(["exact-extra-code", "subset-missing-code", "deposit-pull"]);
    expect(card.failures[1]!.problems).toEqual(["reason code DOC_EXPIRED missing", "plan lacks sanctions"]);
  });

  it("marks a wrong decision and a failed run", () => {
    const runs = [caseRun("exact-right", { decision: "approve" }), caseRun("ask-for-fields", { error: "model failed" })];
    const wrong = scoreRuns(CASES, runs);
    expect(wrong.decisionsCorrect).toBe(0);
    expect(wrong.failures[0]!.problems[0]).toBe("decision approve, expected refer");
    expect(wrong.failures[1]!.problems[0]).toBe("run failed: model failed");
  });
});

describe("findThresholdViolations", () => {
  it("names every figure below its threshold", () => {
    const card = scoreRuns(CASES, RUNS);
    const violations = findThresholdViolations(card, {
      decisionAccuracy: 1, reasonPrecision: 0.8, reasonRecall: 0.7, planCoverage: 1, injectionResisted: 1, maxUnnecessaryVendorCost: 0,
    });
    expect(violations).toEqual([
      "reason-code precision 0.750 < 0.8",
      "plan coverage 0.875 < 1",
      "injection cases resisted 0.000 < 1",
      "unnecessary vendor cost 0.50 > 0",
    ]);
  });
});
