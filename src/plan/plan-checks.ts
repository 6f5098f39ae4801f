import { CheckgraphError } from "../errors/checkgraph-error.js";
import type { Planner, TokenUsage } from "../model/planner.js";
import type { CheckRequest } from "../request/check-request.js";
import type { Tool } from "../tools/contract.js";
import type { Plan } from "./plan-schema.js";
import { validatePlan, type PlanIssue } from "./validate-plan.js";

/** Raised when the planner's output is still invalid after the repair attempt. */
export class PlanError extends CheckgraphError {
  readonly issues: readonly PlanIssue[];

  constructor(plannerId: string, issues: PlanIssue[]) {
    super("INVALID_PLAN", "plan", `Planner ${plannerId} returned an invalid plan twice:\n${issues.map((i) => `  - ${i.message}`).join("\n")}`, {
      context: { plannerId, taskIds: issues.map((issue) => issue.taskId).filter(Boolean) },
    });
    this.issues = issues;
  }
}

/**
 * Asks the planner for a plan and validates it. Invalid output gets one repair
 * attempt with the validation issues shown to the planner, then a `PlanError`.
 */
export async function planChecks(
  planner: Planner,
  request: CheckRequest,
  tools: readonly Tool[],
): Promise<{ plan: Plan; usage: TokenUsage[] }> {
  const usage: TokenUsage[] = [];
  const first = await planner.draftPlan({ request, tools, repair: null });
  if (first.usage) usage.push(first.usage);
  const firstCheck = validatePlan(first.draft, tools, request);
  if (firstCheck.ok) return { plan: { ...firstCheck.plan, plannedBy: planner.id, attempts: 1 }, usage };

  const second = await planner.draftPlan({ request, tools, repair: { previous: first.draft, issues: firstCheck.issues } });
  if (second.usage) usage.push(second.usage);
  const secondCheck = validatePlan(second.draft, tools, request);
  if (secondCheck.ok) return { plan: { ...secondCheck.plan, plannedBy: planner.id, attempts: 2 }, usage };
  throw new PlanError(planner.id, secondCheck.issues);
}
