import countries from "i18n-iso-countries";
import { z } from "zod";
import { isCalendarDate, todayUtc } from "./dates.js";

/** Earliest birth or application date accepted; older values are typing errors, not applicants. */
const EARLIEST_DATE = "1900-01-01";

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD", abort: true })
  .refine(isCalendarDate, { message: "not a calendar date", abort: true })
  .refine((value) => value >= EARLIEST_DATE, `must not be before ${EARLIEST_DATE}`);

/** A date that has already happened: compared with today in UTC, when the request is parsed. */
const pastDate = isoDate.refine((value) => value <= todayUtc(), "must not be in the future");

/** ICAO codes that are not ISO 3166-1 but appear on documents: Germany's `D` and the British nationality codes. */
const ICAO_ONLY_CODES = new Set(["D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "UTO"]);

/** ISO 3166-1 country code, alpha-2 (`US`) or alpha-3 (`USA`); ICAO document codes such as `D` are accepted too. */
const countryCode = z
  .string()
  .trim()
  .refine(
    (value) => countries.isValid(value.toUpperCase()) || ICAO_ONLY_CODES.has(value.toUpperCase()),
    "not an ISO 3166-1 country code (alpha-2 such as US or alpha-3 such as GBR)",
  );

/** Returns the schema of a trimmed, non-blank text field of at most `max` characters. */
function text(max: number) {
  return z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
}

/** A postal address in the United States or the United Kingdom. */
export const AddressSchema = z.strictObject({
  line1: text(200),
  line2: text(200).nullable().optional(),
  city: text(100),
  /** US state or territory code (`CA`), or a UK county; required for US addresses. */
  region: text(100).nullable().optional(),
  postalCode: text(20),
  country: z.enum(["US", "GB"], { message: "expected US or GB (other countries are not supported yet)" }),
});
export type Address = z.infer<typeof AddressSchema>;

/** A US taxpayer number: Social Security Number or Individual Taxpayer Identification Number. */
export const TaxIdSchema = z.strictObject({
  type: z.enum(["SSN", "ITIN"], { message: "expected SSN or ITIN" }),
  value: z.string().trim().regex(/^\d{3}-?\d{2}-?\d{4}$/, "expected nine digits, as 123-45-6789 or 123456789"),
});
export type TaxId = z.infer<typeof TaxIdSchema>;

const MRZ_LINES_MESSAGE = "expected the 2 (TD2, TD3) or 3 (TD1) MRZ lines";

/** An identity document, given either by its machine-readable zone or by its printed fields. */
export const IdentityDocumentSchema = z.union(
  [
    z.strictObject({
      mrz: z.array(z.string().min(1).max(60, "an MRZ line has at most 44 characters")).min(2, MRZ_LINES_MESSAGE).max(3, MRZ_LINES_MESSAGE),
    }),
    z.strictObject({
      type: z.enum(["passport", "id_card", "residence_permit", "driving_licence"]),
      number: text(40),
      issuingCountry: countryCode,
      expiryDate: isoDate,
    }),
  ],
  { message: 'expected { "mrz": [lines] } or { "type", "number", "issuingCountry", "expiryDate" }' },
);
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;

/** The person applying to open an account. */
export const ApplicantSchema = z.strictObject({
  name: z.strictObject({
    given: text(100),
    family: text(100),
  }),
  birthDate: pastDate,
  nationality: countryCode,
  address: AddressSchema,
  taxId: TaxIdSchema.nullable().optional(),
  document: IdentityDocumentSchema,
});
export type Applicant = z.infer<typeof ApplicantSchema>;

/** A KYC onboarding request: one applicant, the product requested, and the customer's priority tier. */
export const OnboardingRequestSchema = z.strictObject({
  kind: z.literal("onboarding"),
  /** Caller's own reference for the application; shown in output instead of personal data. */
  reference: text(100).nullable().optional(),
  applicant: ApplicantSchema,
  product: z.enum(["deposit", "credit"], { message: "expected deposit or credit" }),
  /** Customer tier, 1 is the highest priority. */
  customerTier: z
    .number({ message: "expected a whole number from 1 to 3" })
    .int("expected a whole number from 1 to 3")
    .min(1, "expected a whole number from 1 to 3")
    .max(3, "expected a whole number from 1 to 3")
    .default(2),
  /** Date the application is judged at; today (UTC) when absent. It must not be in the future. */
  applicationDate: pastDate.nullable().optional(),
});
export type OnboardingRequest = z.infer<typeof OnboardingRequestSchema>;
