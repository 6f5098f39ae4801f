import { AIMessage } from "@langchain/core/messages";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { decide } from "../policy/decide.js";
import type { Decision } from "../policy/decision.js";
import type { NarrationInput } from "../model/narrator.js";
import type { CheckgraphRuntime } from "./runtime.js";
import type { Plan } from "../plan/plan-schema.js";

/** `name` of the AI message that carries a decision; chat text after it belongs to the next request. */
export const DECISION_MESSAGE_NAME = "decision";
import type { CheckgraphStateType, CheckgraphUpdate } from "./state.js";

function summariseOutcome(status: string, findings: number, error: string | null): string {
  if (status !== "ok") return error ?? status;
  return findings === 0 ? "no findings" : `${findings} finding${findings === 1 ? "" : "s"}`;
}

/** Builds the narrator's input: the decision and each planned check's status, never applicant data. */
export function buildNarrationInput(
  decision: NarrationInput["decision"],
  plan: Plan,
  results: CheckgraphStateType["results"],
): NarrationInput {
  return {
    decision,
    checks: plan.tasks.map((task) => {
      const outcome = results[task.id];
      const status = outcome?.status ?? "skipped";
      return {
        taskId: task.id, tool: task.tool, status, durationMs: outcome?.durationMs ?? 0,
        summary: summariseOutcome(status, outcome?.findings.length ?? 0, outcome?.error?.message ?? null),
      };
    }),
  };
}

/** Formats the AI message: the decision first, then the explanation, then who planned and explained it. */
export function formatAnswer(decision: Decision, notices: readonly string[]): string {
  const lines = [decision.explanation, "", `Planned by ${decision.plannedBy}; explained by ${decision.explainedBy}.`];
  for (const notice of notices) lines.push(notice);
  return lines.join("\n");
}

/**
 * Builds the synthesize node: the deterministic policy decides, then the
 * narrator explains. A narrator failure falls back to the template text; it
 * can never change or block the decision.
 */
export function createSynthesizeNode(runtime: CheckgraphRuntime, fallbackNarrator: CheckgraphRuntime["narrator"]) {
  return async (state: CheckgraphStateType, config: LangGraphRunnableConfig): Promise<CheckgraphUpdate> => {
    const plan = state.plan!;
    const decided = decide({ plan, results: state.results, reviews: state.reviews, request: state.request });
    const narration = buildNarrationInput(decided, plan, state.results);
    let explanation: { text: string; explainedBy: string; inputTokens: number; outputTokens: number };
    try {
      const answer = await runtime.narrator.explain(narration);
      explanation = { text: answer.text, explainedBy: runtime.narrator.id, inputTokens: answer.usage?.inputTokens ?? 0, outputTokens: answer.usage?.outputTokens ?? 0 };
    } catch {
      const answer = await fallbackNarrator.explain(narration);
      explanation = { text: answer.text, explainedBy: `${fallbackNarrator.id} (after ${runtime.narrator.id} failed)`, inputTokens: 0, outputTokens: 0 };
    }
    const decision: Decision = { ...decided, explanation: explanation.text, explainedBy: explanation.explainedBy };
    config.writer?.({ type: "decision", at: decision.decidedAt, outcome: decision.outcome });
    return {
      decision,
      messages: [new AIMessage({ content: formatAnswer(decision, state.notices), name: DECISION_MESSAGE_NAME })],
      events: [{ type: "decision", at: decision.decidedAt, detail: decision.outcome }],
      usage: {
        modelCalls: runtime.narrator.id.startsWith("offline") ? 0 : 1,
        inputTokens: explanation.inputTokens,
        outputTokens: explanation.outputTokens,
      },
    };
  };
}
