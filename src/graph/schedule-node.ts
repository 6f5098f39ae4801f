import { END, Send, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { randomUUID } from "node:crypto";
import { findSkippedOutcomes, selectNextWave } from "../plan/schedule.js";
import type { TimelineEvent } from "./outcome.js";
import type { CheckgraphRuntime } from "./runtime.js";
import type { CheckgraphStateType, CheckgraphUpdate } from "./state.js";
import type { CheckInvocation } from "./tool-node.js";
import { needsReview } from "../policy/reason-codes.js";
import { isReviewEnabled, type ReviewInvocation } from "./review.js";

/** Node that records `skipped` outcomes for tasks whose dependency failed or was skipped. */
export function scheduleNode(state: CheckgraphStateType): CheckgraphUpdate {
  if (!state.plan) return {};
  const skipped = findSkippedOutcomes(state.plan, state.results);
  const events: TimelineEvent[] = Object.values(skipped).map((outcome) => ({
    type: "check_skipped", at: outcome.endedAt, taskId: outcome.taskId, tool: outcome.tool, status: "skipped", detail: outcome.error?.message,
  }));
  return Object.keys(skipped).length ? { results: skipped, events } : {};
}

/** Returns one review request per finished task whose findings need an analyst and have no verdict yet. */
export function findPendingReviews(state: CheckgraphStateType): ReviewInvocation[] {
  const pending: ReviewInvocation[] = [];
  for (const outcome of Object.values(state.results)) {
    if (outcome.status !== "ok" || state.reviews[outcome.taskId]) continue;
    const findings = outcome.findings.filter((finding) => needsReview(finding.code));
    if (findings.length === 0) continue;
    pending.push({
      taskId: outcome.taskId,
      tool: outcome.tool,
      findings: findings.map(({ code, message, evidence }) => ({ code, message, evidence })),
    });
  }
  return pending.sort((a, b) => (a.taskId < b.taskId ? -1 : 1));
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
 * concurrency of them, and, when review is on, one `Send` to `review` per
 * finished task whose findings await an analyst. With nothing left it routes
 * to `synthesize`, and with no plan (the planner asked for more input) to END.
 */
export function createScheduleRouter(runtime: CheckgraphRuntime) {
  const nodeOf = new Map(runtime.tools.map((tool) => [tool.name, tool.node]));
  return (state: CheckgraphStateType, config?: LangGraphRunnableConfig): Send[] | string => {
    if (!state.plan) return END;
    const wave = selectNextWave(state.plan, state.results, concurrencyLimitOf(config, runtime));
    const reviews = isReviewEnabled(config?.configurable) ? findPendingReviews(state) : [];
    if (wave.length === 0 && reviews.length === 0) return "synthesize";
    const runId = String(config?.configurable?.run_id ?? config?.configurable?.thread_id ?? randomUUID());
    const sends = wave.map((task) => {
      const invocation: CheckInvocation = { task, request: state.request!, runId };
      return new Send(nodeOf.get(task.tool)!, invocation);
    });
    return [...sends, ...reviews.map((review) => new Send("review", review))];
  };
}
