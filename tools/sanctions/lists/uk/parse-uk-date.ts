import type { ListedBirthDate } from "../../model/watchlist-entry.js";

/**
 * Parses a UK list date of birth written dd/mm/yyyy, where the 2018 HM
 * Treasury CSV writes an unknown day or month as 00 and the UK Sanctions List
 * as "dd" or "mm" ("00/00/1981", "dd/mm/1950"). Returns null for other text.
 */
export function parseUkBirthDate(text: string): ListedBirthDate | null {
  const match = /^(\d{2}|dd)\/(\d{2}|mm)\/(\d{4})$/i.exec(text.trim());
  if (!match) return null;
  const year = Number(match[3]);
  const month = /^\d+$/.test(match[2]!) ? Number(match[2]) : 0;
  const day = /^\d+$/.test(match[1]!) ? Number(match[1]) : 0;
  if (year < 1800 || month > 12 || day > 31) return null;
  if (month === 0) return { kind: "year", year, approximate: false };
  if (day === 0) return { kind: "month", year, month };
  return { kind: "date", date: `${match[3]}-${match[2]}-${match[1]}` };
}

/** Converts a dd/mm/yyyy date (such as "Listed On") to YYYY-MM-DD, or returns null. */
export function parseUkDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
}
