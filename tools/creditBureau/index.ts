import { z } from "zod";
import type { CheckRequest } from "../../src/request/check-request.js";
import type { Finding, Tool } from "../../src/tools/contract.js";
import { VendorError } from "../../src/gateway/vendor-error.js";
import { SubjectSchema } from "../../src/tools/subject.js";
import { assessCreditReport } from "./assess-credit-report.js";
import { CreditBureauOutputSchema, NOT_PULLED_OUTPUT, summariseReport, type CreditBureauOutput } from "./credit-report-schema.js";
import { CREDIT_BUREAU_VENDOR, requestCreditReport } from "./request-credit-report.js";

/** Arguments the planner gives the `creditBureau` check. */
export const CreditBureauInputSchema = z.object({
  subject: SubjectSchema,
  purpose: z.enum(["account_opening", "credit_application"]),
});
export type CreditBureauInput = z.infer<typeof CreditBureauInputSchema>;

/** Pulls the applicant's credit report and reports fraud alerts, thin files, unknown subjects and low scores. */
export const creditBureauTool: Tool<CreditBureauInput, CreditBureauOutput> = {
  name: "creditBureau",
  node: "creditBureau",
  description:
    "Pulls the applicant's credit report (score, tradelines, fraud alerts). Applies only to credit products and needs a US SSN or ITIN.",
  input: CreditBureauInputSchema,
  output: CreditBureauOutputSchema,
  vendor: CREDIT_BUREAU_VENDOR,

  async run(input, context) {
    const notApplicable = findNotApplicable(context.request);
    if (notApplicable) return { output: NOT_PULLED_OUTPUT, findings: [notApplicable] };

    const { applicant } = context.request;
    try {
      const { report, vendor } = await requestCreditReport(context, applicant, input.purpose);
      const output = summariseReport(report, vendor);
      return { output, findings: assessCreditReport(output, context.settings.minimumCreditScore) };
    } catch (error) {
      // The budget is a decision about this run, not a vendor outage, so it becomes a finding the policy refers on.
      if (VendorError.isVendorError(error) && error.reason === "budget_exceeded") {
        return { output: NOT_PULLED_OUTPUT, findings: [budgetExceededFinding(error)] };
      }
      throw error;
    }
  },
};

function budgetExceededFinding(error: VendorError): Finding {
  const runBudget = error.context.runBudget;
  return {
    code: "VENDOR_BUDGET_EXCEEDED",
    severity: "medium",
    message: `No credit report pulled from ${error.vendor}: the pull would exceed the run's vendor budget of ${String(runBudget)}. Review the application by hand, or raise CHECKGRAPH_VENDOR_BUDGET_PER_RUN.`,
    evidence: { vendor: error.vendor, runBudget },
  };
}

/** Returns the `CREDIT_NOT_APPLICABLE` finding when no report may be pulled, or null when the check applies. */
function findNotApplicable(request: CheckRequest): Finding | null {
  if (request.product !== "credit") {
    return {
      code: "CREDIT_NOT_APPLICABLE",
      severity: "info",
      message: `No credit report pulled: the product is ${request.product}, and reports are pulled only for credit products.`,
      evidence: { product: request.product, reason: "not_credit_product" },
    };
  }
  if (!request.applicant.taxId) {
    return {
      code: "CREDIT_NOT_APPLICABLE",
      severity: "info",
      message: "No credit report pulled: the applicant has no US SSN or ITIN.",
      evidence: { product: request.product, reason: "no_us_tax_id" },
    };
  }
  return null;
}
