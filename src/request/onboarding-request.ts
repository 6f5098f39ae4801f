import { z } from "zod";
import { isCalendarDate } from "./dates.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD", abort: true })
  .refine(isCalendarDate, "not a calendar date");

/** ISO 3166-1 country code, alpha-2 (`US`) or alpha-3 (`USA`); ICAO's `D` for Germany is accepted too. */
const countryCode = z
  .string()
  .regex(/^[A-Za-z]{1,3}$/, "expected an ISO 3166-1 country code such as US, GBR or DE");

/** A postal address in the United States or the United Kingdom. */
export const AddressSchema = z.object({
  line1: z.string().min(1, "must not be empty"),
  line2: z.string().nullable().optional(),
  city: z.string().min(1, "must not be empty"),
  /** US state or territory code (`CA`), or a UK county; required for US addresses. */
  region: z.string().nullable().optional(),
  postalCode: z.string().min(1, "must not be empty"),
  country: z.enum(["US", "GB"], { message: "expected US or GB (other countries are not supported yet)" }),
});
export type Address = z.infer<typeof AddressSchema>;

/** A US taxpayer number: Social Security Number or Individual Taxpayer Identification Number. */
export const TaxIdSchema = z.object({
  type: z.enum(["SSN", "ITIN"]),
  value: z.string().regex(/^\d{3}-?\d{2}-?\d{4}$/, "expected nine digits, as 123-45-6789 or 123456789"),
});
export type TaxId = z.infer<typeof TaxIdSchema>;

/** An identity document, given either by its machine-readable zone or by its printed fields. */
export const IdentityDocumentSchema = z.union([
  z.object({
    mrz: z
      .array(z.string().min(1))
      .min(2, "expected the 2 (TD2, TD3) or 3 (TD1) MRZ lines")
      .max(3, "expected the 2 (TD2, TD3) or 3 (TD1) MRZ lines"),
  }),
  z.object({
    type: z.enum(["passport", "id_card", "residence_permit", "driving_licence"]),
    number: z.string().min(1, "must not be empty"),
    issuingCountry: countryCode,
    expiryDate: isoDate,
  }),
]);
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;

/** The person applying to open an account. */
export const ApplicantSchema = z.object({
  name: z.object({
    given: z.string().min(1, "must not be empty"),
    family: z.string().min(1, "must not be empty"),
  }),
  birthDate: isoDate,
  nationality: countryCode,
  address: AddressSchema,
  taxId: TaxIdSchema.nullable().optional(),
  document: IdentityDocumentSchema,
});
export type Applicant = z.infer<typeof ApplicantSchema>;

/** A KYC onboarding request: one applicant, the product requested, and the customer's priority tier. */
export const OnboardingRequestSchema = z.object({
  kind: z.literal("onboarding"),
  /** Caller's own reference for the application; shown in output instead of personal data. */
  reference: z.string().max(100).nullable().optional(),
  applicant: ApplicantSchema,
  product: z.enum(["deposit", "credit"], { message: "expected deposit or credit" }),
  /** Customer tier, 1 is the highest priority. */
  customerTier: z.number().int().min(1).max(3).default(2),
  /** Date the application is judged at; today (UTC) when absent. */
  applicationDate: isoDate.nullable().optional(),
});
export type OnboardingRequest = z.infer<typeof OnboardingRequestSchema>;
