import { MessagesValue, ReducedValue, StateSchema } from "@langchain/langgraph";
import { z } from "zod";
import { CheckRequestSchema } from "../request/check-request.js";
import type { Plan } from "../plan/plan-schema.js";
import type { Decision } from "../policy/decision.js";
import type { TaskOutcome, TimelineEvent, Usage } from "./outcome.js";
import { appendEvents, emptyUsage, mergeNotices, mergeResults, mergeReviews, sumUsage } from "./reducers.js";
import type { ReviewRecord } from "./review.js";

/**
 * State of every checkgraph run. Callers give `messages` (chat) or `request`
 * (structured); every key that parallel check nodes write has a reducer.
 */
export const CheckgraphState = new StateSchema({
  messages: MessagesValue,
  /** The structured request; the planner fills it from chat text when only messages were given. */
  request: CheckRequestSchema.nullable().default(null),
  /**
   * Optional task graph from the caller (graph API): validated like a model's
   * plan, mandatory checks added. Read once by the planner, then cleared.
   */
  planDraft: z.custom<unknown>().nullable().default(null),
  plan: z.custom<Plan | null>().default(null),
  results: new ReducedValue(z.custom<Record<string, TaskOutcome>>().default(() => ({})), {
    inputSchema: z.custom<Record<string, TaskOutcome>>(),
    reducer: mergeResults,
  }),
  /** Analyst verdicts from review interrupts, keyed by task id. */
  reviews: new ReducedValue(z.custom<Record<string, ReviewRecord>>().default(() => ({})), {
    inputSchema: z.custom<Record<string, ReviewRecord>>(),
    reducer: mergeReviews,
  }),
  decision: z.custom<Decision | null>().default(null),
  usage: new ReducedValue(z.custom<Usage>().default(emptyUsage), {
    inputSchema: z.custom<Partial<Usage>>(),
    reducer: sumUsage,
  }),
  events: new ReducedValue(z.custom<TimelineEvent[]>().default(() => []), {
    inputSchema: z.custom<TimelineEvent[]>(),
    reducer: appendEvents,
  }),
  /** One-line notices for every output of the run, such as the demo-watchlist line. */
  notices: new ReducedValue(z.custom<string[]>().default(() => []), {
    inputSchema: z.custom<string[]>(),
    reducer: mergeNotices,
  }),
});

/**
 * Graph input: chat `messages`, a structured `request`, and optionally the
 * caller's own task graph. LangGraph Studio renders it as the input form.
 */
export const CheckgraphInput = new StateSchema({
  messages: CheckgraphState.fields.messages,
  request: CheckgraphState.fields.request,
  planDraft: CheckgraphState.fields.planDraft,
});

export type CheckgraphStateType = typeof CheckgraphState.State;
export type CheckgraphUpdate = typeof CheckgraphState.Update;
