import { createHmac } from "node:crypto";
import type { Applicant } from "../../src/request/onboarding-request.js";
import type { CreditPullPurpose } from "./request-credit-report.js";

/**
 * Builds the idempotency key of one logical credit pull: the applicant as
 * sent to the bureau (tax id, birth date, name and address), the purpose and
 * the application day. A retry, a resumed run or a second run that day with
 * the same data gets the same key, so the bureau bills it once. A corrected
 * name or address is a new inquiry with a new key, because bureaus reject a
 * reused key whose request body differs. The key is an HMAC keyed with the bureau client secret, because a
 * plain hash of a nine-digit SSN could be reversed by trying every number.
 * NOTE: rotating the client secret changes every key, so a run resumed across a rotation pulls again.
 */
export function buildCreditPullKey(applicant: Applicant, purpose: CreditPullPurpose, applicationDate: string, secret: string): string {
  const taxIdDigits = applicant.taxId?.value.replace(/\D/g, "") ?? "";
  const name = [applicant.name.given, applicant.name.family].map((part) => part.trim().toUpperCase());
  const material = JSON.stringify(["credit-pull", taxIdDigits, applicant.birthDate, name, applicant.address, purpose, applicationDate]);
  return `cp-${createHmac("sha256", secret).update(material).digest("hex").slice(0, 40)}`;
}
