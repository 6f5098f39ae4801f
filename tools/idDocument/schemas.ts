import { z } from "zod";
import { SubjectSchema } from "../../src/tools/subject.js";

/** Planner-facing arguments of the idDocument check, valid for strict structured output (no optional fields, no defaults). */
export const IdDocumentInputSchema = z.object({
  subject: SubjectSchema,
  verifyTaxId: z.boolean(),
});
export type IdDocumentInput = z.infer<typeof IdDocumentInputSchema>;

/** Outcome of the taxpayer number check. */
export const TaxIdStatusSchema = z.enum(["valid", "invalid", "testNumber", "notProvided", "notRequested"]);
export type TaxIdStatus = z.infer<typeof TaxIdStatusSchema>;

/**
 * Output of the idDocument check. It never carries the MRZ, the full
 * document number or the birth date: the number is masked to its last three
 * characters and only the age is given.
 */
export const IdDocumentOutputSchema = z.object({
  /** Whether the applicant gave the document as MRZ lines or as printed fields. */
  source: z.enum(["mrz", "printed"]),
  /** False for printed documents and for an MRZ that could not be parsed. */
  mrzParsed: z.boolean(),
  format: z.enum(["TD1", "TD2", "TD3"]).nullable(),
  /** MRZ document code (`P`, `I`, `ID`, …) or the printed document type. */
  documentType: z.string().nullable(),
  issuingState: z.string().nullable(),
  /** Nationality in the MRZ, or null for printed documents, which do not state it. */
  nationality: z.string().nullable(),
  /** Document number with every character but the last three replaced by `*`. */
  documentNumberMasked: z.string().nullable(),
  expiryDate: z.string().nullable(),
  /** Null when there are no check digits to verify (printed document, unparsed MRZ). */
  checkDigitsValid: z.boolean().nullable(),
  /** Names of document fields that failed validation, such as `compositeCheckDigit`. */
  invalidFields: z.array(z.string()),
  /** Null when the expiry date is unknown or invalid. */
  expired: z.boolean().nullable(),
  /** Age in whole years on the application date, from the document's birth date when it has a valid one. */
  age: z.number().int().nullable(),
  /** True when the issuing state or nationality is the ICAO specimen code UTO. */
  specimen: z.boolean(),
  /** Whether the document's names match the application, or null when not compared. */
  nameMatches: z.boolean().nullable(),
  birthDateMatches: z.boolean().nullable(),
  nationalityMatches: z.boolean().nullable(),
  taxId: TaxIdStatusSchema,
});
export type IdDocumentOutput = z.infer<typeof IdDocumentOutputSchema>;

/** The document part of the output, before the taxpayer number is checked. */
export type DocumentSummary = Omit<IdDocumentOutput, "taxId">;
