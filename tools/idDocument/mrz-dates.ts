import { isCalendarDate } from "../../src/request/dates.js";

/**
 * Resolves an MRZ birth date (YYMMDD) to YYYY-MM-DD. ICAO leaves the century
 * open, and a birth date must lie in the past: the date is 20YY when that is
 * on or before `referenceDate`, otherwise 19YY. Returns null when the field
 * is not six digits or not a calendar date.
 */
export function resolveBirthDate(field: string, referenceDate: string): string | null {
  const parts = splitDateField(field);
  if (!parts) return null;

  const inThisCentury = `20${parts.year}-${parts.month}-${parts.day}`;
  const resolved = inThisCentury <= referenceDate ? inThisCentury : `19${parts.year}-${parts.month}-${parts.day}`;
  return isCalendarDate(resolved) ? resolved : null;
}

/**
 * Resolves an MRZ expiry date (YYMMDD) to YYYY-MM-DD in the years 2000-2099.
 * Returns null when the field is not six digits or not a calendar date.
 *
 * NOTE: a document that expired before 2000 reads as expiring in 20YY, so it
 * counts as still valid. This assumes no such document reaches onboarding.
 */
export function resolveExpiryDate(field: string): string | null {
  const parts = splitDateField(field);
  if (!parts) return null;

  const resolved = `20${parts.year}-${parts.month}-${parts.day}`;
  return isCalendarDate(resolved) ? resolved : null;
}

/** Formats a YYYY-MM-DD date as the MRZ's YYMMDD. */
export function formatMrzDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) {
    throw new RangeError(`Cannot write an MRZ date from an invalid date: expected a calendar date as YYYY-MM-DD.`);
  }
  return isoDate.slice(2, 4) + isoDate.slice(5, 7) + isoDate.slice(8, 10);
}

function splitDateField(field: string): { year: string; month: string; day: string } | null {
  if (!/^[0-9]{6}$/.test(field)) return null;
  return { year: field.slice(0, 2), month: field.slice(2, 4), day: field.slice(4, 6) };
}
