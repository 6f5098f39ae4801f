import type { CheckRequest } from "../request/check-request.js";
import type { PlanDraftInput, Planner } from "./planner.js";
import { extractRequestOffline } from "./offline-extractor.js";

/** Id recorded for plans made by the offline rules. */
export const OFFLINE_PLANNER_ID = "offline/rules-v1";

interface DraftTask {
  id: string;
  tool: string;
  args: Record<string, unknown>;
  dependsOn: string[];
}

/** Plans an onboarding request by fixed rules: the checks that apply, all independent, so they run in one wave. */
function planOnboarding(request: Extract<CheckRequest, { kind: "onboarding" }>, available: Set<string>) {
  const taxId = request.applicant.taxId ?? null;
  const tasks: DraftTask[] = [
    { id: "id-document", tool: "idDocument", args: { subject: "applicant", verifyTaxId: taxId !== null }, dependsOn: [] },
    { id: "sanctions", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
    { id: "address", tool: "address", args: { subject: "applicant" }, dependsOn: [] },
  ];
  const reasons = ["Identity document and sanctions screening are required for every onboarding", "the address is verified for every account"];
  if (request.product !== "credit") {
    reasons.push("no credit report because the product is a deposit account");
  } else if (!taxId) {
    reasons.push("no credit report because the applicant gave no US SSN or ITIN");
  } else {
    tasks.push({ id: "credit-bureau", tool: "creditBureau", args: { subject: "applicant", purpose: "credit_application" }, dependsOn: [] });
    reasons.push(`a credit report because the product is credit and a US ${taxId.type} is given`);
  }
  return { tasks: tasks.filter((task) => available.has(task.tool)), rationale: reasons.join("; ") + "." };
}

/**
 * Creates the planner used when no model is configured. It implements the same
 * interface as the model planner, plans structured requests fully, and
 * extracts what it can from chat text (see `extractRequestOffline`).
 */
export function createOfflinePlanner(): Planner {
  return {
    id: OFFLINE_PLANNER_ID,
    async draftPlan(input: PlanDraftInput) {
      const available = new Set(input.tools.map((tool) => tool.name));
      return { draft: planOnboarding(input.request, available), usage: null };
    },
    async extractRequest(text: string, today: string) {
      return { extracted: extractRequestOffline(text, today), usage: null };
    },
  };
}
