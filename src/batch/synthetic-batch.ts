import { writeFileSync } from "node:fs";
import type { OnboardingRequest } from "../request/onboarding-request.js";
import { buildTd3Mrz } from "../../tools/idDocument/build-mrz.js";

/**
 * Builds `count` onboarding requests for invented applicants, each with its
 * own SSN (so each credit pull has its own idempotency key) and customer tier
 * 1 to 3 in turn. For load tests and benchmarks; every value is synthetic.
 */
export function buildSyntheticApplicants(count: number): OnboardingRequest[] {
  if (!Number.isInteger(count) || count < 1 || count > 9_000) {
    throw new RangeError(`Invalid applicant count ${count}: expected a whole number from 1 to 9000.`);
  }
  return Array.from({ length: count }, (_, index) => ({
    kind: "onboarding",
    reference: `synthetic-${index + 1}`,
    applicant: {
      name: { given: "Jordan", family: "Whitfield" },
      birthDate: "1988-03-14",
      nationality: "US",
      address: { line1: "350 Fifth Avenue", line2: "Suite 3400", city: "New York", region: "NY", postalCode: "10118", country: "US" },
      // Area 201 to 599 and serial 1000 upward keep every number structurally valid and distinct.
      taxId: { type: "SSN", value: `${201 + (index % 399)}-${String(10 + Math.floor(index / 399)).padStart(2, "0")}-${1000 + index}` },
      document: {
        mrz: buildTd3Mrz({
          issuingState: "USA", surname: "WHITFIELD", givenNames: "JORDAN", documentNumber: `X${10_000_000 + index}`,
          nationality: "USA", birthDate: "1988-03-14", sex: "F", expiryDate: "2031-05-20",
        }),
      },
    },
    product: "credit",
    customerTier: (index % 3) + 1,
    applicationDate: "2026-12-01",
  }));
}

/** Writes `count` synthetic requests to `path` as JSONL, one per line. */
export function writeSyntheticBatch(path: string, count: number): void {
  writeFileSync(path, buildSyntheticApplicants(count).map((request) => JSON.stringify(request)).join("\n") + "\n");
}
