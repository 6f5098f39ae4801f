import type { OnboardingRequest } from "../request/onboarding-request.js";

/** Builds a request for an invented applicant with a valid MRZ passport, for tests that need a clean request. */
export function syntheticOnboardingRequest(overrides: Partial<OnboardingRequest> = {}): OnboardingRequest {
  return {
    kind: "onboarding",
    reference: "test-application-1",
    applicant: {
      name: { given: "Jordan", family: "Whitfield" },
      birthDate: "1988-03-14",
      nationality: "US",
      address: { line1: "350 Fifth Avenue", line2: "Suite 3400", city: "New York", region: "NY", postalCode: "10118", country: "US" },
      taxId: { type: "SSN", value: "772-12-3456" },
      // MRZ built with correct check digits for this invented person (expires 2031-05-20).
      document: {
        mrz: ["P<USAWHITFIELD<<JORDAN<<<<<<<<<<<<<<<<<<<<<<", "X123456785USA8803148M3105205<<<<<<<<<<<<<<<8"],
      },
    },
    product: "credit",
    customerTier: 2,
    applicationDate: "2026-12-01",
    ...overrides,
  };
}
