import { START, StateGraph } from "@langchain/langgraph";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { createOfflineNarrator } from "../model/offline-narrator.js";
import { MAX_PLAN_TASKS } from "../plan/plan-schema.js";
import { createPlanNode } from "./plan-node.js";
import type { CheckgraphRuntime } from "./runtime.js";
import { createScheduleRouter, scheduleNode } from "./schedule-node.js";
import { CheckgraphInput, CheckgraphState } from "./state.js";
import { createSynthesizeNode } from "./synthesize-node.js";
import { createToolNode } from "./tool-node.js";
import { reviewNode } from "./review-node.js";
import { createFollowUpNode, routeStart } from "./follow-up-node.js";

/**
 * Recursion limit that lets the deepest valid plan finish. A chain of
 * MAX_PLAN_TASKS tasks takes two supersteps per task (check, schedule), plus
 * the planner and synthesize, and the limit doubles that for headroom.
 */
export const RECURSION_LIMIT = 2 * (2 * MAX_PLAN_TASKS + 3);

/** Wires the check graph: planner, schedule, one node per tool, synthesize. The planner node is not named `plan` because that is a state key. */
export function buildCheckGraph(runtime: CheckgraphRuntime, options: { checkpointer?: BaseCheckpointSaver } = {}) {
  const toolNodes = [...new Set(runtime.tools.map((tool) => tool.node))];
  const router = createScheduleRouter(runtime);
  let builder = new StateGraph(CheckgraphState, { input: CheckgraphInput })
    .addNode("planner", createPlanNode(runtime))
    .addNode("schedule", scheduleNode)
    .addNode("synthesize", createSynthesizeNode(runtime, createOfflineNarrator()))
    .addNode("review", reviewNode as never)
    .addNode("followUp", createFollowUpNode(runtime), { ends: ["planner", "__end__"] });
  for (const tool of runtime.tools) {
    builder = builder.addNode(tool.node, createToolNode(tool, runtime) as never) as typeof builder;
  }
  const wired = builder
    .addConditionalEdges(START, routeStart, ["followUp", "planner"])
    // The first wave leaves straight from the planner: no task can have a failed dependency yet,
    // so the schedule node would have nothing to record, and skipping it saves a superstep.
    .addConditionalEdges("planner", router, [...toolNodes, "review", "synthesize", "__end__"] as never)
    // Tool node names come from the registry, so the compiler cannot know them as literals.
    .addConditionalEdges("schedule", router, [...toolNodes, "review", "synthesize", "__end__"] as never);
  for (const node of [...toolNodes, "review"]) wired.addEdge(node as never, "schedule");
  wired.addEdge("synthesize", "__end__");
  return wired.compile({ checkpointer: options.checkpointer }).withConfig({ recursionLimit: RECURSION_LIMIT });
}
