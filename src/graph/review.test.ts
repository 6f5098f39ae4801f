import { Command, MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Tool } from "../tools/contract.js";
import { SubjectSchema } from "../tools/subject.js";
import { createScriptedPlanner, createTestRuntime, createTimedTool } from "../testing/test-runtime.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { buildCheckGraph } from "./build-graph.js";

/** A screening double that always reports one potential match. */
const screeningDouble: Tool = {
  name: "sanctions",
  node: "sanctions",
  description: "screening double",
  input: z.object({ subject: SubjectSchema, entityType: z.enum(["person", "organization"]) }),
  output: z.object({}),
  async run(_input, context) {
    return {
      output: {},
      findings: [{ code: "SANCTIONS_POTENTIAL_MATCH", severity: "medium", message: `possible hit in ${context.taskId}`, evidence: { entryId: "990001" } }],
    };
  },
};

const twoScreenings = createScriptedPlanner([
  {
    rationale: "two screenings",
    tasks: [
      { id: "doc", tool: "idDocument", args: { subject: "applicant", verifyTaxId: false }, dependsOn: [] },
      { id: "screen-a", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
      { id: "screen-b", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
    ],
  },
]);

const depositRequest = () => syntheticOnboardingRequest({ product: "deposit" });

function buildGraph() {
  const runtime = createTestRuntime({ tools: [createTimedTool("idDocument", { delayMs: 1 }), screeningDouble], planner: twoScreenings });
  return buildCheckGraph(runtime, { checkpointer: new MemorySaver() });
}

type Interrupts = { id: string; value: { taskId: string; problem: string | null } }[];

describe("analyst review", () => {
  it("refers as pending review when unattended", async () => {
    const state = await buildGraph().invoke({ request: depositRequest() }, { configurable: { thread_id: "unattended" } });

    expect(state.decision?.outcome).toBe("refer");
    expect(state.decision?.reasons.map((reason) => reason.code)).toContain("REVIEW_PENDING");
    expect(state.decision?.reviews).toEqual([]);
  });

  it("resumes two interrupts in one step by id", async () => {
    const graph = buildGraph();
    const config = { configurable: { thread_id: "two-reviews", review: true } };
    const paused = await graph.invoke({ request: depositRequest() }, config);
    const interrupts = (paused as unknown as { __interrupt__: Interrupts }).__interrupt__;

    expect(interrupts.map((entry) => entry.value.taskId).sort()).toEqual(["screen-a", "screen-b"]);
    expect(paused.decision).toBeNull();

    const byTask = Object.fromEntries(interrupts.map((entry) => [entry.value.taskId, entry.id]));
    const resume = {
      [byTask["screen-a"]!]: { verdict: "false_positive", note: "different birth year and country", analyst: "analyst-7" },
      [byTask["screen-b"]!]: { verdict: "true_match", note: "passport number identical", analyst: "analyst-9" },
    };
    const state = await graph.invoke(new Command({ resume }), config);

    expect(state.decision?.outcome).toBe("decline");
    expect(state.decision?.reasons[0]).toMatchObject({ code: "SANCTIONS_MATCH_CONFIRMED", taskId: "screen-b" });
    expect(state.decision?.reasons[0]?.message).toContain("analyst-9");
    expect(state.decision?.reasons.map((reason) => reason.code)).not.toContain("SANCTIONS_POTENTIAL_MATCH");
    expect(state.decision?.reviews.map((review) => [review.taskId, review.verdict, review.analyst])).toEqual([
      ["screen-a", "false_positive", "analyst-7"],
      ["screen-b", "true_match", "analyst-9"],
    ]);
  });

  it("approves when every hit is cleared", async () => {
    const graph = buildGraph();
    const config = { configurable: { thread_id: "cleared", review: true } };
    const paused = await graph.invoke({ request: depositRequest() }, config);
    const interrupts = (paused as unknown as { __interrupt__: Interrupts }).__interrupt__;
    const resume = Object.fromEntries(interrupts.map((entry) => [entry.id, { verdict: "false_positive", note: "other person", analyst: "analyst-7" }]));
    const state = await graph.invoke(new Command({ resume }), config);

    expect(state.decision?.outcome).toBe("approve");
    expect(state.decision?.reviews).toHaveLength(2);
  });

  it("asks again after an invalid verdict", async () => {
    const graph = buildGraph();
    const config = { configurable: { thread_id: "invalid", review: true } };
    const paused = await graph.invoke({ request: depositRequest() }, config);
    const interrupts = (paused as unknown as { __interrupt__: Interrupts }).__interrupt__;
    const resume = Object.fromEntries(interrupts.map((entry) => [entry.id, { verdict: "maybe", note: "", analyst: "analyst-7" }]));
    const again = await graph.invoke(new Command({ resume }), config);
    const second = (again as unknown as { __interrupt__: Interrupts }).__interrupt__;

    expect(again.decision).toBeNull();
    expect(second).toHaveLength(2);
    expect(second[0]!.value.problem).toContain("verdict");
    expect(second[0]!.value.problem).toContain("note");
  });
});
