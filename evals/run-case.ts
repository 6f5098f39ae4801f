import { randomUUID } from "node:crypto";
import { HumanMessage } from "@langchain/core/messages";
import type { Settings } from "../src/config/settings.js";
import { createDefaultGateway } from "../src/gateway/default-gateway.js";
import { buildCheckGraph } from "../src/graph/build-graph.js";
import type { CheckgraphStateType } from "../src/graph/state.js";
import { createModels } from "../src/model/create-models.js";
import { parseCheckRequest } from "../src/request/parse-request.js";
import { createRuntime } from "../src/runtime/create-runtime.js";
import { startVendorSandbox } from "../src/sandbox/vendor-sandbox.js";
import { toRunJson } from "../src/cli/run-json.js";
import type { EvalCase } from "./eval-dataset.js";

/** The result of one case in one column, reduced to the fields the scorecard reads. */
export interface CaseRun {
  caseId: string;
  /** The decision's outcome, or null when the run asked for fields or failed. */
  decision: "approve" | "refer" | "decline" | null;
  reasonCodes: string[];
  /** Fields the AI message named as missing or invalid, when the run requested them. */
  missingFields: string[];
  /** Tools of the validated plan, including checks the validator added. */
  plannedTools: string[];
  /** Mandatory checks the validator added because the planner left them out. */
  addedChecks: string[];
  planAttempts: number;
  /** Billable credit pulls the vendor sandbox counted during the case. */
  creditPulls: number;
  /** Vendor cost the run booked per tool. */
  costByTool: Record<string, number>;
  /** Whether the model's explanation was replaced by the template because it stated another outcome. */
  explanationReplaced: boolean;
  latencyMs: number;
  /** The error that ended the run, when it threw instead of deciding. */
  error: string | null;
}

/** The model setup of a column: offline rules, or an OpenAI-compatible server for planner, extractor and narrator. */
export type ModelSetup =
  | { kind: "offline" }
  | { kind: "openai"; model: string; apiKey: string; baseUrl: string | null; maxRetries: number };

/** Shared parts of one suite run: the closed port for outage cases, the lists folder, and the replay form. */
export interface CaseContext {
  closedPort: number;
  sanctionsListsDir: string | null;
  /** Replays `stream: true` requests (SSE) instead of JSON, as Studio and the SDK's messages mode do. */
  stream: boolean;
}

/** Reads the field names from the "missing or invalid fields" AI message, which has one `- field: message` line each. */
export function readMissingFields(answer: string | null): string[] {
  if (!answer || !answer.startsWith("I cannot run the checks yet")) return [];
  return [...answer.matchAll(/^- ([A-Za-z0-9_.]+): /gm)].map((match) => match[1]!);
}

function buildSettings(base: Settings, item: EvalCase, model: ModelSetup, context: CaseContext): Settings {
  const settings: Settings = { ...base, demo: true, sanctionsListsDir: context.sanctionsListsDir, bureauUrl: null };
  if (item.environment.bureauUnreachable) settings.bureauUrl = `http://127.0.0.1:${context.closedPort}/bureau-a`;
  if (model.kind === "offline") return { ...settings, model: "offline", openaiApiKey: null, openaiBaseUrl: null };
  return { ...settings, model: `openai/${model.model}`, openaiApiKey: model.apiKey, openaiBaseUrl: model.baseUrl };
}

async function invokeGraph(graph: ReturnType<typeof buildCheckGraph>, input: object, stream: boolean): Promise<CheckgraphStateType> {
  const config = { configurable: { run_id: randomUUID() } };
  if (!stream) return (await graph.invoke(input, config)) as CheckgraphStateType;
  // Streaming in messages mode makes the models send `stream: true`, so the SSE fixtures are replayed.
  let last: CheckgraphStateType | null = null;
  for await (const [mode, chunk] of await graph.stream(input, { ...config, streamMode: ["messages", "values"] })) {
    if (mode === "values") last = chunk as CheckgraphStateType;
  }
  if (!last) throw new Error("the streamed run produced no state");
  return last;
}

/**
 * Runs one case through the real graph with its own vendor sandbox, runtime
 * and gateway. Nothing carries over between cases: not circuit breakers or
 * tokens, and not the bureau's stored idempotency keys, which would otherwise
 * make a case's result depend on the cases before it.
 */
export async function runCase(item: EvalCase, base: Settings, model: ModelSetup, context: CaseContext): Promise<CaseRun> {
  const input = "request" in item.input
    ? { request: parseCheckRequest(item.input.request) }
    : { messages: [new HumanMessage(item.input.chat)] };
  const settings = buildSettings(base, item, model, context);
  const sandbox = await startVendorSandbox({ faults: item.environment.sandboxFaults ?? {} });
  const gateway = settings.bureauUrl ? undefined : createDefaultGateway(settings, sandbox.url);
  const runtime = createRuntime({ settings, gateway });
  if (model.kind === "openai") Object.assign(runtime, createModels(settings, { maxRetries: model.maxRetries }));

  const started = performance.now();
  let state: CheckgraphStateType | null = null;
  let error: string | null = null;
  try {
    state = await invokeGraph(buildCheckGraph(runtime), input, context.stream);
  } catch (caught) {
    error = (caught as Error).message;
  } finally {
    await runtime.close();
  }
  const latencyMs = performance.now() - started;
  const creditPulls = sandbox.stats().billablePullCount;
  await sandbox.close();
  if (!state) {
    return {
      caseId: item.id, decision: null, reasonCodes: [], missingFields: [], plannedTools: [], addedChecks: [], planAttempts: 0,
      creditPulls, costByTool: {}, explanationReplaced: false, latencyMs, error,
    };
  }

  const run = toRunJson(state, Math.round(latencyMs));
  const costByTool: Record<string, number> = {};
  for (const check of run.checks) costByTool[check.tool] = (costByTool[check.tool] ?? 0) + check.cost;
  const explainedByModel = run.decision?.explainedBy === runtime.narrator.id && model.kind === "openai";
  return {
    caseId: item.id,
    decision: run.decision?.outcome ?? null,
    reasonCodes: [...new Set(run.decision?.reasons.map((reason) => reason.code) ?? [])],
    missingFields: readMissingFields(run.answer),
    plannedTools: run.plan?.tasks.map((task) => task.tool) ?? [],
    addedChecks: run.plan?.amendments.map((amendment) => amendment.tool) ?? [],
    planAttempts: run.plan?.attempts ?? 0,
    creditPulls,
    costByTool,
    // The template explanation starts with "Decision:", which a model's own text does not.
    explanationReplaced: explainedByModel && (run.decision?.explanation.startsWith("Decision: ") ?? false),
    latencyMs,
    error,
  };
}
