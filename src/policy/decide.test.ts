import { describe, expect, it } from "vitest";
import type { TaskOutcome } from "../graph/outcome.js";
import type { Plan } from "../plan/plan-schema.js";
import type { Finding } from "../tools/contract.js";
import { decide } from "./decide.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "../testing/shared-data.js";
import { REASON_CODES, REASON_CODE_LIST, renderReasonCodeTable } from "./reason-codes.js";

const plan: Plan = {
  tasks: [
    { id: "doc", tool: "idDocument", args: {}, dependsOn: [] },
    { id: "screen", tool: "sanctions", args: {}, dependsOn: [] },
  ],
  rationale: "", plannedBy: "test/planner", amendments: [], attempts: 1,
};

function ok(taskId: string, findings: Finding[] = []): TaskOutcome {
  return {
    taskId, tool: taskId, status: "ok", output: {}, findings, error: null, attempts: 1, vendor: null, cost: 0, notices: [],
    startedAt: "", endedAt: "", durationMs: 1,
  };
}

function finding(code: Finding["code"], severity: Finding["severity"] = "high", evidence: Record<string, unknown> = {}): Finding {
  return { code, severity, message: `${code} found`, evidence };
}

describe("decide", () => {
  it("approves when every check is clean", () => {
    const decision = decide({ plan, results: { doc: ok("doc"), screen: ok("screen") } });
    expect(decision.outcome).toBe("approve");
    expect(decision.reasons).toEqual([]);
    expect(decision.riskScore).toBeLessThan(40);
    expect(decision.plannedBy).toBe("test/planner");
  });

  it("declines a sanctions match and lists it first", () => {
    const decision = decide({ plan, results: { doc: ok("doc", [finding("DOC_EXPIRED")]), screen: ok("screen", [finding("SANCTIONS_MATCH")]) } });
    expect(decision.outcome).toBe("decline");
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["SANCTIONS_MATCH", "DOC_EXPIRED"]);
    expect(decision.riskScore).toBeGreaterThanOrEqual(80);
  });

  it("refers a potential match", () => {
    expect(decide({ plan, results: { doc: ok("doc"), screen: ok("screen", [finding("SANCTIONS_POTENTIAL_MATCH", "medium")]) } }).outcome).toBe("refer");
  });

  it("fails closed on a failed check", () => {
    const failed: TaskOutcome = { ...ok("screen"), status: "failed", error: { code: "LISTS_UNAVAILABLE", message: "no lists loaded" } };
    const decision = decide({ plan, results: { doc: ok("doc"), screen: failed } });
    expect(decision.outcome).toBe("refer");
    expect(decision.reasons).toEqual([{ code: "CHECK_UNAVAILABLE", taskId: "screen", message: expect.stringContaining("no lists loaded") }]);
    expect(decision.checks).toEqual({ doc: "ok", screen: "failed" });
  });

  it("fails closed on a check with no outcome", () => {
    const decision = decide({ plan, results: { doc: ok("doc") } });
    expect(decision.outcome).toBe("refer");
    expect(decision.checks.screen).toBe("skipped");
  });

  it("ignores findings whose effect is none", () => {
    const decision = decide({ plan, results: { doc: ok("doc", [finding("ADDRESS_STANDARDISED", "info")]), screen: ok("screen", [finding("DEMO_WATCHLIST_USED", "info")]) } });
    expect(decision.outcome).toBe("approve");
  });

  it("accepts a specimen document only when flagged as demo", () => {
    const demo = decide({ plan, results: { doc: ok("doc", [finding("DOC_SPECIMEN_STATE", "info", { acceptedInDemo: true })]), screen: ok("screen") } });
    const live = decide({ plan, results: { doc: ok("doc", [finding("DOC_SPECIMEN_STATE", "high")]), screen: ok("screen") } });
    expect(demo.outcome).toBe("approve");
    expect(live.outcome).toBe("refer");
  });

  it("applies configured effect overrides", () => {
    const results = { doc: ok("doc", [finding("DOC_EXPIRED")]), screen: ok("screen") };
    expect(decide({ plan, results }, { effects: { DOC_EXPIRED: "decline" } }).outcome).toBe("decline");
  });
});

describe("decide for credit products", () => {
  const creditPlan: Plan = { ...plan, tasks: [...plan.tasks, { id: "credit", tool: "creditBureau", args: {}, dependsOn: [] }] };
  const request = syntheticOnboardingRequest({ product: "credit" });

  it("refers credit without a report", () => {
    const decision = decide({ plan, results: { doc: ok("doc"), screen: ok("screen") }, request });
    expect(decision.outcome).toBe("refer");
    expect(decision.reasons).toEqual([expect.objectContaining({ code: "CREDIT_REPORT_MISSING", taskId: null })]);
  });

  it("refers when the bureau pulled nothing", () => {
    const results = { doc: ok("doc"), screen: ok("screen"), credit: { ...ok("credit"), output: { pulled: false } } };
    expect(decide({ plan: creditPlan, results, request }).reasons.map((reason) => reason.code)).toEqual(["CREDIT_REPORT_MISSING"]);
  });

  it("approves credit with a clean report", () => {
    const results = { doc: ok("doc"), screen: ok("screen"), credit: { ...ok("credit"), output: { pulled: true } } };
    expect(decide({ plan: creditPlan, results, request }).outcome).toBe("approve");
  });

  it("leaves deposit products alone", () => {
    const deposit = syntheticOnboardingRequest({ product: "deposit" });
    expect(decide({ plan, results: { doc: ok("doc"), screen: ok("screen") }, request: deposit }).outcome).toBe("approve");
  });
});

describe("reason codes", () => {
  it("documents every code", () => {
    for (const code of REASON_CODE_LIST) {
      expect(REASON_CODES[code].description.length, code).toBeGreaterThan(20);
      expect(["decline", "refer", "none"], code).toContain(REASON_CODES[code].effect);
    }
  });
});

describe("reason code page", () => {
  it("matches the reason-code table", () => {
    const page = readFileSync(join(REPOSITORY_ROOT, "docs", "reason-codes.md"), "utf8");
    expect(page, "run npx tsx scripts/write-reason-codes-doc.ts").toBe(renderReasonCodeTable());
  });
});
