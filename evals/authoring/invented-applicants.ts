import countries from "i18n-iso-countries";
import { buildTd3Mrz, type MrzContent } from "../../tools/idDocument/index.js";

/**
 * Application date of every structured case. Fixed, so document expiry and
 * age give the same result whenever the suite runs.
 */
export const APPLICATION_DATE = "2026-11-02";

/** Addresses of real public buildings, used for invented applicants so the address check passes. */
export const ADDRESSES = {
  newYork: { line1: "350 Fifth Avenue", line2: "Suite 3400", city: "New York", region: "NY", postalCode: "10118", country: "US" },
  chicago: { line1: "233 South Wacker Drive", city: "Chicago", region: "IL", postalCode: "60606", country: "US" },
  houston: { line1: "1200 Main Street", city: "Houston", region: "TX", postalCode: "77002", country: "US" },
  oxford: { line1: "14 Church Road", city: "Oxford", postalCode: "OX4 1AA", country: "GB" },
  london: { line1: "221B Baker Street", city: "London", postalCode: "NW1 6XE", country: "GB" },
} as const;

/** An invented applicant; every field the request needs, with defaults for the rest. */
export interface InventedApplicant {
  reference: string;
  given: string;
  family: string;
  birthDate: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  sex: "M" | "F";
  documentNumber: string;
  /** Passport expiry, 2033-03-09 when absent. */
  expiryDate?: string;
  address?: Record<string, string>;
  taxId?: { type: "SSN" | "ITIN"; value: string } | null;
  product: "deposit" | "credit";
  tier?: 1 | 2 | 3;
  /** Overrides the MRZ content built from the applicant's own fields, for mismatch cases. */
  mrz?: Partial<MrzContent>;
  /** Replaces the MRZ with printed document fields. */
  printedDocument?: { type: string; number: string; issuingCountry: string; expiryDate: string };
}

/** Returns the alpha-3 code of an alpha-2 country, as the MRZ writes it. */
export function toAlpha3(alpha2: string): string {
  const code = countries.alpha2ToAlpha3(alpha2);
  if (!code) throw new Error(`Unknown country code ${alpha2}. Fix: use an ISO 3166-1 alpha-2 code.`);
  return code;
}

/** Builds the TD3 passport MRZ of an applicant, with correct check digits unless the overrides say otherwise. */
export function buildPassportMrz(applicant: InventedApplicant): [string, string] {
  const alpha3 = toAlpha3(applicant.nationality);
  return buildTd3Mrz({
    issuingState: alpha3,
    surname: applicant.family.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[-']/g, " "),
    givenNames: applicant.given.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[-']/g, " "),
    documentNumber: applicant.documentNumber,
    nationality: alpha3,
    birthDate: applicant.birthDate,
    sex: applicant.sex,
    expiryDate: applicant.expiryDate ?? "2033-03-09",
    ...applicant.mrz,
  });
}

/** Builds the structured onboarding request of an invented applicant. */
export function buildRequest(applicant: InventedApplicant): Record<string, unknown> {
  return {
    kind: "onboarding",
    reference: applicant.reference,
    applicant: {
      name: { given: applicant.given, family: applicant.family },
      birthDate: applicant.birthDate,
      nationality: applicant.nationality,
      address: applicant.address ?? ADDRESSES.newYork,
      taxId: applicant.taxId ?? null,
      document: applicant.printedDocument ?? { mrz: buildPassportMrz(applicant) },
    },
    product: applicant.product,
    customerTier: applicant.tier ?? 2,
    applicationDate: APPLICATION_DATE,
  };
}

/** Replaces the last character of an MRZ line (the composite check digit of a TD3 second line) with a wrong digit. */
export function breakLastCheckDigit(lines: [string, string]): [string, string] {
  const last = lines[1].at(-1)!;
  const wrong = last === "0" ? "1" : "0";
  return [lines[0], lines[1].slice(0, -1) + wrong];
}
