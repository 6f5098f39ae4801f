import { REASON_CODES } from "../policy/reason-codes.js";
import type { NarrationInput, Narrator } from "./narrator.js";

/** Id recorded for explanations written by the template. */
export const OFFLINE_NARRATOR_ID = "offline/template-v1";

const NEXT_STEP = {
  approve: "No action is needed.",
  refer: "An analyst should review the reasons above before the account is opened.",
  decline: "The application must not proceed; follow the blocking and reporting procedure.",
} as const;

/** Writes the explanation from a fixed template, from the decision data alone. */
export function explainFromTemplate(input: NarrationInput): string {
  const { decision, checks } = input;
  const finished = checks.filter((check) => check.status === "ok").length;
  const lines = [`Decision: ${decision.outcome.toUpperCase()} (risk score ${decision.riskScore}/100, policy ${decision.policyVersion}).`];
  lines.push(`${finished} of ${checks.length} planned checks finished.`);
  if (decision.reasons.length === 0) lines.push("No check produced a finding that needs review.");
  for (const reason of decision.reasons) {
    const source = reason.taskId ? ` [${reason.taskId}]` : "";
    lines.push(`- ${reason.code}${source}: ${reason.message || REASON_CODES[reason.code].description}`);
  }
  lines.push(NEXT_STEP[decision.outcome]);
  return lines.join("\n");
}

/** Creates the narrator used when no model is configured. */
export function createOfflineNarrator(): Narrator {
  return {
    id: OFFLINE_NARRATOR_ID,
    async explain(input) {
      return { text: explainFromTemplate(input), usage: null };
    },
    async answerFollowUp(question, input) {
      const questionText = question.toLowerCase();
      const reasons = input.decision.reasons;
      const relevant = reasons.filter((reason) => questionText.includes(reason.code.toLowerCase()) || (reason.taskId && questionText.includes(reason.taskId)));
      const selected = relevant.length ? relevant : reasons;
      const explanation = selected.length
        ? selected.map((reason) => `${reason.code}: ${reason.message}`).join("\n")
        : "No check produced a finding that needs review.";
      return { text: `The decision was ${input.decision.outcome.toUpperCase()} because:\n${explanation}`, usage: null };
    },
  };
}
