import { randomUUID } from "node:crypto";
import { HumanMessage } from "@langchain/core/messages";
import { buildCheckGraph } from "../graph/build-graph.js";
import type { CheckgraphRuntime } from "../graph/runtime.js";
import type { CheckgraphStateType } from "../graph/state.js";
import type { CheckRequest } from "../request/check-request.js";
import { toRunJson, type RunJson } from "./run-json.js";

/** A progress event a run streams: `plan_ready`, `check_started`, `check_finished`, `decision` and vendor events. */
export type RunEvent = Record<string, unknown> & { type: string };

/** Options of `createRunner`. */
export interface RunnerOptions {
  /** Called with each progress event as the run streams it (LangGraph's `custom` stream mode). */
  onEvent?: (event: RunEvent) => void;
}

/** Runs requests through one compiled graph on one runtime. */
export function createRunner(runtime: CheckgraphRuntime, options: RunnerOptions = {}) {
  const graph = buildCheckGraph(runtime);
  const run = async (input: { request: CheckRequest } | { messages: HumanMessage[] }, maxConcurrency?: number): Promise<RunJson> => {
    const started = performance.now();
    const config = { configurable: { run_id: randomUUID() }, ...(maxConcurrency ? { maxConcurrency } : {}) };
    let state: CheckgraphStateType;
    if (options.onEvent) {
      let last: CheckgraphStateType | null = null;
      const stream = await graph.stream(input, { ...config, streamMode: ["custom", "values"] });
      for await (const [mode, chunk] of stream) {
        if (mode === "custom") options.onEvent(chunk as RunEvent);
        else last = chunk as CheckgraphStateType;
      }
      state = last!;
    } else {
      state = await graph.invoke(input, config);
    }
    return toRunJson(state, Math.round(performance.now() - started));
  };
  return {
    runRequest: (request: CheckRequest, maxConcurrency?: number) => run({ request }, maxConcurrency),
    runText: (text: string, maxConcurrency?: number) => run({ messages: [new HumanMessage(text)] }, maxConcurrency),
  };
}

/** Formats one progress event as a line for a terminal, or null for events not shown. */
export function formatRunEvent(event: RunEvent): string | null {
  if (event.type === "plan_ready") return `… planned ${(event.tasks as unknown[]).length} checks (${event.plannedBy})`;
  if (event.type === "check_started") return `▶ ${event.taskId} started`;
  if (event.type === "check_finished") return `${event.status === "ok" ? "✓" : "✗"} ${event.taskId} ${event.status} in ${event.durationMs} ms`;
  if (event.type === "vendor_retry") return `↻ ${event.taskId} retrying ${event.vendor} ${event.operation} (attempt ${event.attempt})`;
  if (event.type === "decision") return `= decision: ${String(event.outcome).toUpperCase()}`;
  return null;
}
