import { randomUUID } from "node:crypto";
import { HumanMessage } from "@langchain/core/messages";
import { buildCheckGraph } from "../graph/build-graph.js";
import type { CheckgraphRuntime } from "../graph/runtime.js";
import type { CheckRequest } from "../request/check-request.js";
import { toRunJson, type RunJson } from "./run-json.js";

/** Runs requests through one compiled graph on one runtime. */
export function createRunner(runtime: CheckgraphRuntime) {
  const graph = buildCheckGraph(runtime);
  const run = async (input: { request: CheckRequest } | { messages: HumanMessage[] }, maxConcurrency?: number): Promise<RunJson> => {
    const started = performance.now();
    const state = await graph.invoke(input, {
      configurable: { run_id: randomUUID() },
      ...(maxConcurrency ? { maxConcurrency } : {}),
    });
    return toRunJson(state, Math.round(performance.now() - started));
  };
  return {
    runRequest: (request: CheckRequest, maxConcurrency?: number) => run({ request }, maxConcurrency),
    runText: (text: string, maxConcurrency?: number) => run({ messages: [new HumanMessage(text)] }, maxConcurrency),
  };
}
