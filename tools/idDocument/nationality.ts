import countries from "i18n-iso-countries";

/** ICAO's code for the fictional state Utopia, used only on specimen documents. */
export const SPECIMEN_STATE_CODE = "UTO";

/**
 * ICAO Doc 9303 codes that are not ISO 3166-1 alpha-3 but name a country's
 * nationals. The British codes are classes of British nationality (overseas
 * territories citizen, national overseas, overseas citizen, protected person,
 * subject), so they compare equal to GBR. `UK` is ISO's exceptional
 * reservation for the United Kingdom, which applicants often type. `RKS`,
 * the code Kosovo's passports carry, maps to `XKK`, the user-assigned code
 * i18n-iso-countries gives Kosovo (its alpha-2 `XK`).
 */
const NON_ISO_COUNTRY_CODES: Readonly<Record<string, string>> = {
  D: "DEU",
  GBD: "GBR",
  GBN: "GBR",
  GBO: "GBR",
  GBP: "GBR",
  GBS: "GBR",
  UK: "GBR",
  RKS: "XKK",
};

/**
 * Converts a country code (ISO 3166-1 alpha-2 or alpha-3, or an ICAO code
 * such as `D` or `GBN`) to the ISO alpha-3 code used for comparison. Returns
 * null for codes that name no country, such as `XXA` (stateless) or `UNO`.
 */
export function toAlpha3Country(code: string): string | null {
  const upper = code.trim().toUpperCase();
  const mapped = NON_ISO_COUNTRY_CODES[upper];
  if (mapped) return mapped;

  if (upper.length === 2) return countries.alpha2ToAlpha3(upper) ?? null;
  if (upper.length === 3 && countries.alpha3ToAlpha2(upper) !== undefined) return upper;
  return null;
}

/**
 * Checks whether an applicant's nationality and the MRZ nationality name the
 * same country. Codes that name no country (stateless, refugee) match only
 * the identical code.
 */
export function isSameNationality(applicantCode: string, mrzCode: string): boolean {
  const applicant = toAlpha3Country(applicantCode);
  const document = toAlpha3Country(mrzCode);
  if (applicant !== null && document !== null) return applicant === document;
  return applicantCode.trim().toUpperCase() === mrzCode.trim().toUpperCase();
}
