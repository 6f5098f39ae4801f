import { describe, expect, it } from "vitest";
import { buildCheckGraph } from "./build-graph.js";
import { createScriptedPlanner, createTestRuntime, createTimedTool } from "../testing/test-runtime.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { MAX_PLAN_TASKS } from "../plan/plan-schema.js";

const TOOL_NAMES = ["idDocument", "sanctions", "address", "creditBureau"];
const CHAIN_TOOLS = [
  { tool: "idDocument", args: { subject: "applicant", verifyTaxId: false } },
  { tool: "sanctions", args: { subject: "applicant", entityType: "person" } },
  { tool: "address", args: { subject: "applicant" } },
];

function fourChecks(delayMs: number, failing: string | null = null) {
  const log: { tool: string; taskId: string; start: number; end: number }[] = [];
  const tools = TOOL_NAMES.map((name) =>
    createTimedTool(name, { delayMs, log, fail: name === failing, output: name === "creditBureau" ? { pulled: true } : {} }),
  );
  return { tools, log };
}

describe("fan-out", () => {
  for (const maxConcurrency of [1, 2, undefined]) {
    it(`runs every task with maxConcurrency ${maxConcurrency ?? "unset"}`, async () => {
      const { tools, log } = fourChecks(20);
      const graph = buildCheckGraph(createTestRuntime({ tools }));
      const state = await graph.invoke({ request: syntheticOnboardingRequest() }, maxConcurrency ? { maxConcurrency } : {});

      expect(Object.keys(state.results).sort()).toEqual(["address", "credit-bureau", "id-document", "sanctions"]);
      expect(Object.values(state.results).every((outcome) => outcome.status === "ok")).toBe(true);
      expect(log).toHaveLength(4);
      expect(state.decision?.outcome).toBe("approve");
      if (maxConcurrency === 1) {
        // One at a time: each check starts after the previous one ended.
        const ordered = [...log].sort((a, b) => a.start - b.start);
        for (let i = 1; i < ordered.length; i += 1) expect(ordered[i]!.start).toBeGreaterThanOrEqual(ordered[i - 1]!.end);
      }
    });
  }

  it("overlaps the four checks in time", async () => {
    const { tools, log } = fourChecks(150);
    const graph = buildCheckGraph(createTestRuntime({ tools }));
    await graph.invoke({ request: syntheticOnboardingRequest() });

    const firstEnd = Math.min(...log.map((entry) => entry.end));
    expect(log).toHaveLength(4);
    for (const entry of log) expect(entry.start).toBeLessThan(firstEnd);
  });

  it("keeps other outcomes when one branch throws", async () => {
    const { tools } = fourChecks(10, "address");
    const graph = buildCheckGraph(createTestRuntime({ tools }));
    const state = await graph.invoke({ request: syntheticOnboardingRequest() });

    expect(state.results.address?.status).toBe("failed");
    expect(state.results.sanctions?.status).toBe("ok");
    expect(state.results["id-document"]?.status).toBe("ok");
    expect(state.results["credit-bureau"]?.status).toBe("ok");
    expect(state.decision?.outcome).toBe("refer");
    expect(state.decision?.reasons).toContainEqual(expect.objectContaining({ code: "CHECK_UNAVAILABLE", taskId: "address" }));
  });

  it("runs dependants in a later wave and skips them when a dependency fails", async () => {
    const { tools, log } = fourChecks(10, "idDocument");
    const planner = createScriptedPlanner([
      {
        rationale: "credit only after the document passes; address after credit",
        tasks: [
          { id: "doc", tool: "idDocument", args: { subject: "applicant", verifyTaxId: true }, dependsOn: [] },
          { id: "screen", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
          { id: "credit", tool: "creditBureau", args: { subject: "applicant", purpose: "credit_application" }, dependsOn: ["doc"] },
          { id: "addr", tool: "address", args: { subject: "applicant" }, dependsOn: ["credit"] },
        ],
      },
    ]);
    const graph = buildCheckGraph(createTestRuntime({ tools, planner }));
    const state = await graph.invoke({ request: syntheticOnboardingRequest() });

    expect(state.results.doc?.status).toBe("failed");
    expect(state.results.credit?.status).toBe("skipped");
    expect(state.results.addr?.status).toBe("skipped");
    expect(state.results.addr?.error?.message).toContain("credit");
    expect(log.map((entry) => entry.taskId).sort()).toEqual(["doc", "screen"]);
    expect(state.decision?.outcome).toBe("refer");
  });

  it("completes the deepest valid chain without a caller recursion limit", async () => {
    const tools = TOOL_NAMES.map((name) => createTimedTool(name, { delayMs: 1 }));
    const request = syntheticOnboardingRequest({ product: "deposit" });
    const tasks = Array.from({ length: MAX_PLAN_TASKS }, (_, i) => ({
      id: `t${i}`,
      tool: CHAIN_TOOLS[Math.min(i, 2)]!.tool,
      args: CHAIN_TOOLS[Math.min(i, 2)]!.args,
      dependsOn: i === 0 ? [] : [`t${i - 1}`],
    }));
    const graph = buildCheckGraph(createTestRuntime({ tools, planner: createScriptedPlanner([{ rationale: "chain", tasks }]) }));
    const state = await graph.invoke({ request }, { maxConcurrency: 1 });

    expect(Object.keys(state.results)).toHaveLength(MAX_PLAN_TASKS);
    expect(state.decision?.outcome).toBe("approve");
  });
});
