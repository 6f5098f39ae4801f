import type { Plan } from "../plan/plan-schema.js";
import type { TaskOutcome } from "../graph/outcome.js";
import type { Finding, Severity } from "../tools/contract.js";
import type { Decision, DecisionReason, Outcome } from "./decision.js";
import { needsReview, REASON_CODES, type ReasonCode, type ReasonEffect } from "./reason-codes.js";
import type { ReviewRecord } from "../graph/review.js";
import type { CheckRequest } from "../request/check-request.js";

/** Version of the decision rules; recorded in every decision so a change of rules is traceable. */
export const POLICY_VERSION = "onboarding-policy-1";

/** What the policy decides from. */
export interface PolicyInput {
  plan: Plan;
  results: Record<string, TaskOutcome>;
  /** Analyst verdicts by task id, from review interrupts. */
  reviews?: Record<string, ReviewRecord>;
  /** The request, for rules that depend on the product; null skips them. */
  request?: CheckRequest | null;
}

/** Policy options; the defaults are the reason-code table's effects. */
export interface PolicyOptions {
  /** Per-code overrides of the default effect. */
  effects?: Partial<Record<ReasonCode, ReasonEffect>>;
}

const SEVERITY_RISK: Record<Severity, number> = { info: 0, low: 5, medium: 20, high: 40 };
const OUTCOME_RANK: Record<Outcome, number> = { approve: 0, refer: 1, decline: 2 };
/** Lowest and highest risk score each outcome may carry, so the score never contradicts the outcome. */
const RISK_BANDS: Record<Outcome, [number, number]> = { approve: [0, 39], refer: [40, 79], decline: [80, 100] };

/**
 * Returns the effect of one finding. A specimen document accepted in demo
 * mode is the one finding whose effect depends on its evidence.
 */
function effectOf(finding: Finding, options: PolicyOptions): ReasonEffect {
  if (finding.code === "DOC_SPECIMEN_STATE" && finding.evidence.acceptedInDemo === true) return "none";
  return options.effects?.[finding.code] ?? REASON_CODES[finding.code].effect;
}

/** Returns whether a planned credit check finished and pulled a report. */
function hasCreditReport(plan: Plan, results: Record<string, TaskOutcome>): boolean {
  return plan.tasks.some((task) => {
    const outcome = results[task.id];
    return task.tool === "creditBureau" && outcome?.status === "ok" && (outcome.output as { pulled?: boolean } | null)?.pulled === true;
  });
}

function describeUnavailable(taskId: string, outcome: TaskOutcome | undefined, tool: string): string {
  if (!outcome) return `The ${tool} check (${taskId}) did not run, so its result is unknown.`;
  const reason = outcome.error?.message ?? "no reason recorded";
  return outcome.status === "skipped"
    ? `The ${tool} check (${taskId}) was skipped: ${reason}`
    : `The ${tool} check (${taskId}) could not finish: ${reason}`;
}

/**
 * Decides a run from its plan, outcomes and analyst reviews. Deterministic:
 * the same inputs always give the same decision. Fails closed: a planned
 * check that did not finish makes the outcome at least `refer`, naming the
 * check, and a finding that needs review without a verdict adds
 * `REVIEW_PENDING`. A `false_positive` verdict clears the reviewed findings;
 * `true_match` declines with `SANCTIONS_MATCH_CONFIRMED`.
 */
export function decide(input: PolicyInput, options: PolicyOptions = {}, now: Date = new Date()): Omit<Decision, "explanation" | "explainedBy"> {
  const { plan, results, reviews = {}, request = null } = input;
  let outcome: Outcome = "approve";
  let risk = 0;
  const reasons: DecisionReason[] = [];
  const declining = new Set<DecisionReason>();
  const usedReviews: ReviewRecord[] = [];
  const checks: Decision["checks"] = {};
  const raise = (to: Outcome) => {
    if (OUTCOME_RANK[to] > OUTCOME_RANK[outcome]) outcome = to;
  };

  for (const task of plan.tasks) {
    const result = results[task.id];
    checks[task.id] = result?.status ?? "skipped";
    if (!result || result.status !== "ok") {
      raise("refer");
      risk += 25;
      reasons.push({ code: "CHECK_UNAVAILABLE", taskId: task.id, message: describeUnavailable(task.id, result, task.tool) });
      continue;
    }
    const add = (code: ReasonCode, effect: ReasonEffect, message: string) => {
      raise(effect as Outcome);
      const reason: DecisionReason = { code, taskId: task.id, message };
      if (effect === "decline") declining.add(reason);
      reasons.push(reason);
    };
    const review = reviews[task.id];
    const reviewable = result.findings.filter((finding) => needsReview(finding.code));
    for (const finding of result.findings) {
      const effect = effectOf(finding, options);
      risk += SEVERITY_RISK[finding.severity];
      // A reviewed finding's effect is replaced by the analyst's verdict below.
      if (effect === "none" || (review && needsReview(finding.code))) continue;
      add(finding.code, effect, finding.message);
    }
    if (reviewable.length && review) {
      usedReviews.push(review);
      if (review.verdict === "true_match") {
        risk += SEVERITY_RISK.high;
        add("SANCTIONS_MATCH_CONFIRMED", "decline", `Analyst ${review.analyst} confirmed the potential match: ${review.note}`);
      }
    } else if (reviewable.length) {
      add("REVIEW_PENDING", "refer", `Pending review: ${reviewable.length} finding(s) from ${task.id} need an analyst, and this run did not wait for one.`);
    }
  }

  if (request?.product === "credit" && !hasCreditReport(plan, results)) {
    const creditTask = plan.tasks.find((task) => task.tool === "creditBureau");
    // A failed or skipped credit check already adds CHECK_UNAVAILABLE for the same gap.
    if (!creditTask || results[creditTask.id]?.status === "ok") {
      raise("refer");
      risk += SEVERITY_RISK.medium;
      reasons.push({
        code: "CREDIT_REPORT_MISSING",
        taskId: creditTask?.id ?? null,
        message: "A credit product was requested but no credit report was obtained; a person must decide the credit.",
      });
    }
  }

  const [low, high] = RISK_BANDS[outcome];
  // Reasons that decline come first; Array.prototype.sort is stable, so plan order is kept within each group.
  reasons.sort((a, b) => Number(declining.has(b)) - Number(declining.has(a)));
  return {
    outcome,
    reasons,
    riskScore: Math.min(high, Math.max(low, risk)),
    plannedBy: plan.plannedBy,
    checks,
    reviews: usedReviews,
    policyVersion: POLICY_VERSION,
    decidedAt: now.toISOString(),
  };
}
