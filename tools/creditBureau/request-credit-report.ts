import { VendorError } from "../../src/gateway/vendor-error.js";
import type { Applicant } from "../../src/request/onboarding-request.js";
import type { ToolContext } from "../../src/tools/contract.js";
import { buildCreditPullKey } from "./credit-pull-key.js";
import { BureauReportSchema, type BureauReport } from "./credit-report-schema.js";

/** Vendor id of the primary credit bureau. The gateway config names its fallback. */
export const CREDIT_BUREAU_VENDOR = "bureau-a";

/** Permissible purposes the bureau accepts for a pull. */
export type CreditPullPurpose = "account_opening" | "credit_application";

/** A validated report and the bureau that returned it. */
export interface PulledReport {
  report: BureauReport;
  vendor: string;
}

/**
 * Pulls the applicant's credit report through the vendor gateway. The gateway
 * fetches the OAuth2 token with the settings' client credentials. The
 * idempotency key names the logical pull (applicant, purpose and day), so a
 * retried or repeated pull costs no second billable pull.
 */
export async function requestCreditReport(context: ToolContext, applicant: Applicant, purpose: CreditPullPurpose): Promise<PulledReport> {
  const taxId = applicant.taxId;
  if (!taxId) throw new TypeError("requestCreditReport needs an applicant with a taxId. Check that the check applies before calling it.");

  const response = await context.vendor.request<unknown>({
    vendor: CREDIT_BUREAU_VENDOR,
    operation: "credit-report",
    method: "POST",
    path: "/v1/credit-reports",
    // Bureaus take an ITIN in the SSN field: both are nine-digit taxpayer numbers.
    body: {
      subject: {
        firstName: applicant.name.given,
        lastName: applicant.name.family,
        birthDate: applicant.birthDate,
        ssn: taxId.value.replaceAll("-", ""),
        address: applicant.address,
      },
      purpose,
    },
    idempotencyKey: buildCreditPullKey(applicant, purpose, context.applicationDate, context.settings.bureauClientSecret),
    billable: true,
    credentials: { clientId: context.settings.bureauClientId, clientSecret: context.settings.bureauClientSecret },
  });

  const parsed = BureauReportSchema.safeParse(response.body);
  if (!parsed.success) {
    context.logger.error(
      { vendor: response.vendor, vendorRequestId: response.requestId, fields: parsed.error.issues.map((issue) => issue.path.join(".")) },
      "Credit report response does not match the expected shape",
    );
    throw new VendorError({
      vendor: response.vendor,
      operation: "credit-report",
      reason: "invalid_response",
      status: response.status,
      requestId: response.requestId,
      retryable: false,
      attempts: response.attempts,
    });
  }
  return { report: parsed.data, vendor: response.vendor };
}
