import { AIMessage } from "@langchain/core/messages";
import { Command, END } from "@langchain/langgraph";
import { todayUtc } from "../request/dates.js";
import { lastHumanText } from "./plan-node.js";
import type { CheckgraphRuntime } from "./runtime.js";
import type { CheckgraphStateType } from "./state.js";
import { buildNarrationInput } from "./synthesize-node.js";

/** Returns whether an extraction found anything that identifies an applicant, which makes the message a new application. */
function identifiesApplicant(extracted: Awaited<ReturnType<CheckgraphRuntime["planner"]["extractRequest"]>>["extracted"]): boolean {
  return Boolean(extracted.familyName || extracted.birthDate || extracted.mrzLines?.length || extracted.taxId || extracted.documentNumber);
}

/**
 * Builds the node that handles a chat message sent after a decision. A
 * message that identifies an applicant starts a new run through the planner.
 * Any other message is a question about the decision, answered from the
 * thread's state without re-running a check.
 */
export function createFollowUpNode(runtime: CheckgraphRuntime) {
  return async (state: CheckgraphStateType) => {
    const question = lastHumanText(state.messages) ?? "";
    const { extracted } = await runtime.planner.extractRequest(question, todayUtc());
    if (identifiesApplicant(extracted)) return new Command({ goto: "planner", update: { request: null } });

    const decision = state.decision!;
    const narration = buildNarrationInput(decision, state.plan!, state.results);
    const answerer = runtime.narrator.answerFollowUp ?? null;
    const text = answerer
      ? (await answerer.call(runtime.narrator, question, narration)).text
      : `The decision was ${decision.outcome.toUpperCase()}. ${decision.explanation}`;
    return new Command({
      goto: END,
      update: { messages: [new AIMessage(`${text}\n\n(Answered from this thread's decision by ${runtime.narrator.id}; no check was run again.)`)] },
    });
  };
}

/** Routes a new invocation: a chat message after a decision goes to the follow-up node, anything else to the planner. */
export function routeStart(state: CheckgraphStateType): "followUp" | "planner" {
  const last = state.messages[state.messages.length - 1];
  return state.decision && last?.getType() === "human" ? "followUp" : "planner";
}
