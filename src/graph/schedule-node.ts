import { END, Send, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { randomUUID } from "node:crypto";
import { findSkippedOutcomes, selectNextWave } from "../plan/schedule.js";
import type { TimelineEvent } from "./outcome.js";
import type { CheckgraphRuntime } from "./runtime.js";
import type { CheckgraphStateType, CheckgraphUpdate } from "./state.js";
import type { CheckInvocation } from "./tool-node.js";

/** Node that records `skipped` outcomes for tasks whose dependency failed or was skipped. */
export function scheduleNode(state: CheckgraphStateType): CheckgraphUpdate {
  if (!state.plan) return {};
  const skipped = findSkippedOutcomes(state.plan, state.results);
  const events: TimelineEvent[] = Object.values(skipped).map((outcome) => ({
    type: "check_skipped", at: outcome.endedAt, taskId: outcome.taskId, tool: outcome.tool, status: "skipped", detail: outcome.error?.message,
  }));
  return Object.keys(skipped).length ? { results: skipped, events } : {};
}

/** Reads the run's concurrency limit: LangGraph's `maxConcurrency`, then the `max_concurrency` configurable, then settings. */
export function concurrencyLimitOf(config: LangGraphRunnableConfig | undefined, runtime: CheckgraphRuntime): number | null {
  const fromRun = config?.maxConcurrency;
  const fromConfigurable = Number(config?.configurable?.max_concurrency);
  if (typeof fromRun === "number" && fromRun > 0) return fromRun;
  if (Number.isInteger(fromConfigurable) && fromConfigurable > 0) return fromConfigurable;
  return runtime.settings.maxConcurrency;
}

/**
 * Builds the router used after the planner and after `schedule`. It returns
 * one `Send` per ready task to the task's tool node, at most the run's
 * concurrency of them. With no task left it routes to `synthesize`, and with
 * no plan (the planner asked for more input) to END.
 */
export function createScheduleRouter(runtime: CheckgraphRuntime) {
  const nodeOf = new Map(runtime.tools.map((tool) => [tool.name, tool.node]));
  return (state: CheckgraphStateType, config?: LangGraphRunnableConfig): Send[] | string => {
    if (!state.plan) return END;
    const wave = selectNextWave(state.plan, state.results, concurrencyLimitOf(config, runtime));
    if (wave.length === 0) return "synthesize";
    const runId = String(config?.configurable?.run_id ?? config?.configurable?.thread_id ?? randomUUID());
    return wave.map((task) => {
      const invocation: CheckInvocation = { task, request: state.request!, runId };
      return new Send(nodeOf.get(task.tool)!, invocation);
    });
  };
}
