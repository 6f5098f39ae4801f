import { z } from "zod";
import type { ReasonCode } from "../policy/reason-codes.js";

/** Analyst's verdict on a review interrupt, as given to `Command({ resume })`. */
export const ReviewVerdictSchema = z.object({
  verdict: z.enum(["true_match", "false_positive"]),
  /** Analyst's reason for the verdict; recorded in the decision. */
  note: z.string().trim().min(1, "give a note saying why"),
  /** Analyst id or name, as the institution's audit trail records people. */
  analyst: z.string().trim().min(1, "give the analyst's id"),
});
export type ReviewVerdict = z.infer<typeof ReviewVerdictSchema>;

/** A recorded analyst review of one task's findings. */
export interface ReviewRecord extends ReviewVerdict {
  taskId: string;
  codes: ReasonCode[];
  decidedAt: string;
}

/** Payload the schedule sends to the review node: one task's findings that need an analyst. */
export interface ReviewInvocation {
  taskId: string;
  tool: string;
  findings: { code: ReasonCode; message: string; evidence: Record<string, unknown> }[];
}

/** Returns whether the run's configuration turns analyst review on (`configurable.review`). */
export function isReviewEnabled(configurable: Record<string, unknown> | undefined): boolean {
  const value = configurable?.review;
  return value === true || value === "true";
}
