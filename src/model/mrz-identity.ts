import countries from "i18n-iso-countries";
import { parseMrz } from "../../tools/idDocument/index.js";

/** Identity fields read from an MRZ, for filling what the operator did not type. */
export interface MrzIdentity {
  surname: string;
  givenNames: string;
  birthDate: string | null;
  /** ISO alpha-2 when the MRZ code converts, else the MRZ code itself (ICAO codes such as `D`, `UTO`). */
  nationality: string | null;
}

/** ICAO codes that differ from ISO 3166-1 alpha-3. */
const ICAO_TO_ALPHA2: Record<string, string> = { D: "DE", GBD: "GB", GBN: "GB", GBO: "GB", GBP: "GB", GBS: "GB" };

/** Reads name, birth date and nationality from MRZ lines; null when the lines do not parse. */
export function readMrzIdentity(lines: string[], today: string): MrzIdentity | null {
  const parsed = parseMrz(lines, today);
  if (!parsed.ok) return null;
  const { surname, givenNames, birthDate, nationality } = parsed.mrz;
  const code = nationality.replace(/</g, "");
  const alpha2 = ICAO_TO_ALPHA2[code] ?? countries.alpha3ToAlpha2(code) ?? code;
  return { surname, givenNames, birthDate, nationality: alpha2 || null };
}
