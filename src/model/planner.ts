import type { PlanIssue } from "../plan/validate-plan.js";
import type { CheckRequest } from "../request/check-request.js";
import type { ExtractedRequest } from "../request/extracted-request.js";
import type { Tool } from "../tools/contract.js";

/** Tokens one model call used. */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** Planner input for drafting a plan. */
export interface PlanDraftInput {
  request: CheckRequest;
  tools: readonly Tool[];
  /** Set on the repair attempt: the rejected draft and why it was rejected. */
  repair: { previous: unknown; issues: PlanIssue[] } | null;
}

/** A planner model: the OpenAI-compatible one or the offline rules. Both return unvalidated drafts. */
export interface Planner {
  /** `provider/model`, recorded in every plan and decision. */
  id: string;
  draftPlan(input: PlanDraftInput): Promise<{ draft: unknown; usage: TokenUsage | null }>;
  /** Extracts a structured request from free chat text; fields it cannot find are null. */
  extractRequest(text: string, today: string): Promise<{ extracted: ExtractedRequest; usage: TokenUsage | null }>;
}
