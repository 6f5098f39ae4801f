import type { Decision } from "../policy/decision.js";
import type { TokenUsage } from "./planner.js";

/** Narrator input: the policy's decision and the checks' statuses, without applicant data. */
export interface NarrationInput {
  decision: Omit<Decision, "explanation" | "explainedBy">;
  checks: { taskId: string; tool: string; status: string; durationMs: number; summary: string }[];
}

/** Writes the human explanation of a decision. It cannot change the decision. */
export interface Narrator {
  id: string;
  explain(input: NarrationInput): Promise<{ text: string; usage: TokenUsage | null }>;
  /** Answers a follow-up question from the thread's decision, without re-running checks. */
  answerFollowUp?(question: string, input: NarrationInput): Promise<{ text: string; usage: TokenUsage | null }>;
}
