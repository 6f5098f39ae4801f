import { z } from "zod";
import type { InputIssue } from "../errors/checkgraph-error.js";
import { OnboardingRequestSchema, type OnboardingRequest } from "./onboarding-request.js";

/**
 * A request as extracted from chat text. Model-facing: every field is present
 * and nullable (OpenAI strict mode), and nothing is inferred that the text
 * does not state.
 */
export const ExtractedRequestSchema = z.object({
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  birthDate: z.string().nullable().describe("YYYY-MM-DD"),
  nationality: z.string().nullable().describe("ISO 3166-1 alpha-2 or alpha-3 code"),
  address: z
    .object({
      line1: z.string().nullable(),
      line2: z.string().nullable(),
      city: z.string().nullable(),
      region: z.string().nullable().describe("US state code, or UK county"),
      postalCode: z.string().nullable(),
      country: z.enum(["US", "GB"]).nullable(),
    })
    .nullable(),
  taxIdType: z.enum(["SSN", "ITIN"]).nullable(),
  taxId: z.string().nullable(),
  mrzLines: z.array(z.string()).nullable().describe("Machine-readable zone lines exactly as written, one string per line"),
  documentType: z.enum(["passport", "id_card", "residence_permit", "driving_licence"]).nullable(),
  documentNumber: z.string().nullable(),
  documentIssuingCountry: z.string().nullable(),
  documentExpiryDate: z.string().nullable().describe("YYYY-MM-DD"),
  product: z.enum(["deposit", "credit"]).nullable(),
  customerTier: z.number().int().nullable().describe("1 (highest priority) to 3"),
  applicationDate: z.string().nullable().describe("YYYY-MM-DD"),
});
export type ExtractedRequest = z.infer<typeof ExtractedRequestSchema>;

/** Returns an extraction with every field null. */
export function emptyExtraction(): ExtractedRequest {
  return {
    givenName: null, familyName: null, birthDate: null, nationality: null, address: null, taxIdType: null, taxId: null,
    mrzLines: null, documentType: null, documentNumber: null, documentIssuingCountry: null, documentExpiryDate: null,
    product: null, customerTier: null, applicationDate: null,
  };
}

const FIELD_HINTS: Record<string, string> = {
  "applicant.name.given": "Give the applicant's given name, for example 'Given name: Anna'",
  "applicant.name.family": "Give the family name, for example 'Family name: Eriksson'",
  "applicant.birthDate": "Give the date of birth, for example 'Date of birth: 1974-08-12'",
  "applicant.nationality": "Give the nationality as an ISO country code, for example 'Nationality: SE'",
  "applicant.address": "Give the address, for example 'Address: 350 Fifth Avenue, New York, NY 10118' or 'Address: 14 Church Road, Oxford, OX4 1AA'",
  "applicant.document": "Paste the passport's MRZ lines, or give 'Passport number:' and 'Expiry date:'",
  product: "Say which product: deposit or credit",
};

function hintFor(field: string): string {
  const key = Object.keys(FIELD_HINTS).find((prefix) => field === prefix || field.startsWith(prefix + "."));
  return key ? FIELD_HINTS[key]! : "Correct this value";
}

/**
 * Builds an onboarding request from an extraction. Returns the request, or
 * the list of missing or invalid fields with how to supply each.
 */
export function toOnboardingRequest(extracted: ExtractedRequest): { request: OnboardingRequest } | { issues: InputIssue[] } {
  const document = extracted.mrzLines?.length
    ? { mrz: extracted.mrzLines }
    : extracted.documentType || extracted.documentNumber
      ? {
          type: extracted.documentType ?? undefined,
          number: extracted.documentNumber ?? undefined,
          issuingCountry: extracted.documentIssuingCountry ?? undefined,
          expiryDate: extracted.documentExpiryDate ?? undefined,
        }
      : undefined;
  const candidate = {
    kind: "onboarding",
    applicant: {
      name: { given: extracted.givenName ?? undefined, family: extracted.familyName ?? undefined },
      birthDate: extracted.birthDate ?? undefined,
      nationality: extracted.nationality ?? undefined,
      address: extracted.address
        ? Object.fromEntries(Object.entries(extracted.address).map(([key, value]) => [key, value ?? undefined]))
        : undefined,
      taxId: extracted.taxId ? { type: extracted.taxIdType ?? "SSN", value: extracted.taxId } : null,
      document,
    },
    product: extracted.product ?? undefined,
    customerTier: extracted.customerTier ?? undefined,
    applicationDate: extracted.applicationDate ?? null,
  };
  const parsed = OnboardingRequestSchema.safeParse(candidate, { reportInput: true });
  if (parsed.success) return { request: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const field = issue.path.join(".");
    return { field, message: issue.input === undefined ? "missing" : issue.message, fix: hintFor(field) };
  });
  return { issues };
}
