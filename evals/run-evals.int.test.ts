import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./eval-dataset.js";
import { readFixture, writeFixture } from "./fixture-files.js";
import { runEvalSuite, type Column } from "./run-suite.js";
import { findThresholdViolations } from "./score-suite.js";

const EVALS_DIR = import.meta.dirname;
const dataset = loadDataset(join(EVALS_DIR, "datasets", "onboarding.jsonl"));
const FIXTURES: Column = { name: "fixtures", fixturesRoot: join(EVALS_DIR, "fixtures"), model: "gpt-4o-mini" };

describe("eval suite", () => {
  it("holds at least 40 cases in every category", () => {
    expect(dataset.cases.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(dataset.cases.map((item) => item.category));
    expect([...categories].sort()).toEqual(["address", "adversarial", "chat", "clean", "document", "sanctions", "vendor"]);
  });

  it("scores a subset from the streamed fixtures", async () => {
    const caseIds = ["chat-missing-address", "adversarial-chat-obedient-model", "adversarial-plan-repair", "vendor-primary-down-fallback"];
    const result = await runEvalSuite({ dataset, columns: [FIXTURES], caseIds, sanctionsListsDir: null, stream: true });
    const [column] = result.columns;

    expect(column!.fixtureProblems).toEqual([]);
    const byId = new Map(column!.runs.map((run) => [run.caseId, run]));
    // Runs follow dataset order, not the order of `caseIds`.
    expect(column!.runs.map((run) => run.caseId)).toEqual(dataset.cases.map((item) => item.id).filter((id) => caseIds.includes(id)));
    expect(caseIds.map((id) => byId.get(id)!.decision)).toEqual([null, "decline", "approve", "approve"]);
    expect(byId.get("chat-missing-address")!.missingFields).toContain("applicant.address");
    const card = column!.scorecard;
    expect(card.decisionsCorrect).toBe(4);
    expect(card.plan.checksAddedByValidator).toBe(1);
    expect(card.plan.repairs).toBe(1);
    expect(card.explanationsReplaced).toBe(1);
    expect(card.injection).toEqual({ cases: 2, resisted: 2, rate: 1 });
    // Bureau A fails, so bureau B serves the one billable pull.
    expect(byId.get("vendor-primary-down-fallback")!.creditPulls).toBe(1);
    expect(card.unnecessaryVendorCalls).toBe(0);
  });

  it("reports a model call without a fixture", async () => {
    const root = mkdtempSync(join(tmpdir(), "checkgraph-fixtures-"));
    const planOnly = readFixture(FIXTURES.fixturesRoot, "document-expired-passport").answers.filter((answer) => answer.role === "planner");
    writeFixture(root, { caseId: "document-expired-passport", provenance: "hand-authored", model: "gpt-4o-mini", note: "test", reviewed: true, recordedAt: null },
      planOnly.map((answer) => ({ role: answer.role, completion: JSON.parse(answer.json), original: "authored" as const })));
    const result = await runEvalSuite({ dataset, columns: [{ ...FIXTURES, fixturesRoot: root }], caseIds: ["document-expired-passport"], sanctionsListsDir: null });
    rmSync(root, { recursive: true, force: true });

    // The narrator's request got HTTP 500, so the template explained the unchanged decision.
    expect(result.columns[0]!.runs[0]!.decision).toBe("refer");
    expect(result.columns[0]!.fixtureProblems).toEqual(["document-expired-passport: no narrator answer left"]);
  });

  it("passes its thresholds offline", async () => {
    const result = await runEvalSuite({ dataset, columns: [FIXTURES, { name: "offline" }], sanctionsListsDir: null });

    expect(result.skipped.map((skip) => skip.caseId)).toEqual(dataset.cases.filter((item) => item.requiresLists).map((item) => item.id));
    for (const column of result.columns) {
      expect(column.fixtureProblems).toEqual([]);
      expect(column.scorecard.failures).toEqual([]);
      expect(findThresholdViolations(column.scorecard, dataset.thresholds)).toEqual([]);
    }
  }, 120_000);
});
