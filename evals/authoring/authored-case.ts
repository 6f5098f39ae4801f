import type { ExtractedRequest } from "../../src/request/extracted-request.js";
import type { EvalCase } from "../eval-dataset.js";
import { APPLICATION_DATE, buildPassportMrz, type InventedApplicant } from "./invented-applicants.js";

/** The hand-written model answers of one case, turned into wire-format fixtures by `write-evals.ts`. */
export interface AuthoredModelAnswers {
  /** What the answers show; for misbehaving answers, the guard they exercise. */
  note?: string;
  /** The extractor's answer (chat cases only). */
  extraction?: ExtractedRequest;
  /** Planner answers in call order: one, or two when the first needs a repair. Defaults to `standardPlan`. */
  plans?: unknown[];
  /** The narrator's text; defaults to a sentence stating the expected outcome. */
  narration?: string;
}

/** A case as authored: the dataset record without its `type`, with defaults, plus the model's answers. */
export type AuthoredCase = Omit<EvalCase, "type" | "subject" | "requiresLists" | "adversarial" | "environment" | "expected"> & {
  subject?: EvalCase["subject"];
  requiresLists?: boolean;
  adversarial?: boolean;
  environment?: EvalCase["environment"];
  expected: Omit<EvalCase["expected"], "missingFields" | "plan"> & {
    missingFields?: string[];
    plan?: Partial<EvalCase["expected"]["plan"]>;
  };
  model: AuthoredModelAnswers;
};

/** Builds the plan a well-behaved planner returns: document, screening, address, and a credit pull for credit products with a tax id. */
export function standardPlan(product: "deposit" | "credit", hasTaxId: boolean): { tasks: unknown[]; rationale: string } {
  const tasks: unknown[] = [
    { id: "doc", tool: "idDocument", args: { subject: "applicant", verifyTaxId: hasTaxId }, dependsOn: [] },
    { id: "screen", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
    { id: "addr", tool: "address", args: { subject: "applicant" }, dependsOn: [] },
  ];
  const pullsCredit = product === "credit" && hasTaxId;
  if (pullsCredit) tasks.push({ id: "credit", tool: "creditBureau", args: { subject: "applicant", purpose: "credit_application" }, dependsOn: [] });
  const rationale = pullsCredit
    ? "Document, screening and address apply to every onboarding; a credit report applies because the product is credit and a US tax id is given."
    : product === "credit"
      ? "Document, screening and address apply to every onboarding; no credit report because no US SSN or ITIN was given."
      : "Document, screening and address apply to every onboarding; no credit report because the product is a deposit account.";
  return { tasks, rationale };
}

/** Builds the extractor's answer for an applicant typed into chat with their MRZ lines. */
export function extractionOf(applicant: InventedApplicant, overrides: Partial<ExtractedRequest> = {}): ExtractedRequest {
  const address = applicant.address as Record<string, string | undefined> | undefined;
  return {
    givenName: applicant.given,
    familyName: applicant.family,
    birthDate: applicant.birthDate,
    nationality: applicant.nationality,
    address: address
      ? {
          line1: address.line1 ?? null, line2: address.line2 ?? null, city: address.city ?? null, region: address.region ?? null,
          postalCode: address.postalCode ?? null, country: (address.country as "US" | "GB" | undefined) ?? null,
        }
      : null,
    taxIdType: applicant.taxId?.type ?? null,
    taxId: applicant.taxId?.value ?? null,
    mrzLines: buildPassportMrz(applicant),
    documentType: null, documentNumber: null, documentIssuingCountry: null, documentExpiryDate: null,
    product: applicant.product,
    customerTier: applicant.tier ?? null,
    applicationDate: APPLICATION_DATE,
    ...overrides,
  };
}

/** Writes the narration a well-behaved narrator gives: the outcome first, then the reason codes. */
export function standardNarration(decision: "approve" | "refer" | "decline", codes: readonly string[]): string {
  if (decision === "approve") return "Approve: every planned check finished without a finding that needs review.";
  const listed = codes.length ? codes.join(", ") : "the findings listed below";
  if (decision === "refer") return `Refer to an analyst: ${listed} must be reviewed before the account can open.`;
  return `Decline: ${listed}. The application must not proceed.`;
}
