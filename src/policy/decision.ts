import type { ReasonCode } from "./reason-codes.js";
import type { TaskStatus } from "../graph/outcome.js";
import type { ReviewRecord } from "../graph/review.js";

export type Outcome = "approve" | "refer" | "decline";

/** One reason behind a decision: the code, the task that produced it, and a message for the reviewer. */
export interface DecisionReason {
  code: ReasonCode;
  taskId: string | null;
  message: string;
}

/** The decision of a run. The policy sets every field except `explanation` and `explainedBy`. */
export interface Decision {
  outcome: Outcome;
  reasons: DecisionReason[];
  /** 0-100; higher is riskier. */
  riskScore: number;
  plannedBy: string;
  explainedBy: string;
  explanation: string;
  checks: Record<string, TaskStatus>;
  /** Analyst reviews the decision took into account: who decided, what, and why. */
  reviews: ReviewRecord[];
  policyVersion: string;
  decidedAt: string;
}
