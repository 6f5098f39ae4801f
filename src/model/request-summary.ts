import type { CheckRequest } from "../request/check-request.js";

/**
 * Summarises a request for the planner without personal data: the planner
 * needs to know what kind of data exists, not the data. So applicant text
 * (names, addresses) never reaches the planner and cannot instruct it.
 */
export function summariseRequest(request: CheckRequest): Record<string, unknown> {
  const applicant = request.applicant;
  return {
    kind: request.kind,
    product: request.product,
    customerTier: request.customerTier,
    applicant: {
      nationality: applicant.nationality.toUpperCase(),
      addressCountry: applicant.address.country,
      taxIdType: applicant.taxId?.type ?? null,
      document: "mrz" in applicant.document ? "machine-readable zone" : applicant.document.type,
    },
  };
}
