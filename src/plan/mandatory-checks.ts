import type { CheckRequest } from "../request/check-request.js";
import type { PlanTask } from "./plan-schema.js";

interface MandatoryCheck {
  tool: string;
  args: Record<string, unknown>;
  /** Whether an existing task satisfies the requirement. */
  isCoveredBy(task: PlanTask): boolean;
}

/**
 * Checks every request of a kind must run, whatever the model planned. The
 * model can add checks and order them; it cannot remove one of these.
 */
const MANDATORY_CHECKS: Record<CheckRequest["kind"], MandatoryCheck[]> = {
  onboarding: [
    {
      tool: "idDocument",
      args: { subject: "applicant", verifyTaxId: true },
      isCoveredBy: (task) => task.tool === "idDocument" && task.args.subject === "applicant",
    },
    {
      tool: "sanctions",
      args: { subject: "applicant", entityType: "person" },
      // Screening the applicant as an organisation would weaken the check, so it does not count.
      isCoveredBy: (task) => task.tool === "sanctions" && task.args.subject === "applicant" && task.args.entityType === "person",
    },
  ],
};

/** Returns the mandatory tasks missing from `tasks`, with unique ids and the reason each is added. */
export function mandatoryTasksFor(request: CheckRequest, tasks: readonly PlanTask[]): { task: PlanTask; reason: string }[] {
  const ids = new Set(tasks.map((task) => task.id));
  const missing: { task: PlanTask; reason: string }[] = [];
  for (const check of MANDATORY_CHECKS[request.kind]) {
    if (tasks.some((task) => check.isCoveredBy(task))) continue;
    let id = `${check.tool}-required`;
    for (let n = 2; ids.has(id); n += 1) id = `${check.tool}-required-${n}`;
    ids.add(id);
    missing.push({
      task: { id, tool: check.tool, args: { ...check.args }, dependsOn: [] },
      reason: `${check.tool} is mandatory for ${request.kind} requests and the plan did not include it`,
    });
  }
  return missing;
}

/** Names of the tools every request of this kind must run. */
export function mandatoryToolNames(kind: CheckRequest["kind"]): string[] {
  return MANDATORY_CHECKS[kind].map((check) => check.tool);
}
