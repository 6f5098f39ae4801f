import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

/**
 * Country names the lists use that i18n-iso-countries 7.14 does not resolve,
 * keyed by upper-case name. OFAC writes "Korea, North" and "Burma"; the UN
 * writes "Iran (Islamic Republic of)".
 */
const NAME_ALIASES: Record<string, string> = {
  "SYRIA": "SY",
  "SYRIAN ARAB REPUBLIC": "SY",
  "KOREA, NORTH": "KP",
  "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": "KP",
  "KOREA, SOUTH": "KR",
  "REPUBLIC OF KOREA": "KR",
  "IRAN (ISLAMIC REPUBLIC OF)": "IR",
  "BURMA": "MM",
  "PALESTINIAN": "PS",
  "WEST BANK": "PS",
  "GAZA": "PS",
  "REGION: GAZA": "PS",
  "REGION: WEST BANK": "PS",
  "STATE OF PALESTINE": "PS",
  "CONGO, DEMOCRATIC REPUBLIC OF THE": "CD",
  "CONGO, REPUBLIC OF THE": "CG",
  "BOLIVARIAN REPUBLIC OF VENEZUELA": "VE",
  "VENEZUELA (BOLIVARIAN REPUBLIC OF)": "VE",
  "NORTH MACEDONIA, THE REPUBLIC OF": "MK",
  "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND": "GB",
  "UNITED STATES OF AMERICA": "US",
  "THE GAMBIA": "GM",
  "COTE D IVOIRE": "CI",
  "LAOS": "LA",
  "VIETNAM": "VN",
  "CZECH REPUBLIC": "CZ",
  "CABO VERDE": "CV",
  "RUSSIA": "RU",
};

/** Returns the ISO 3166-1 alpha-2 code for a country name as a list writes it, or null when unknown. */
export function countryCodeFromName(name: string): string | null {
  const cleaned = name.trim().replace(/^possibly\s+/i, "").replace(/\.$/, "");
  if (cleaned === "") return null;
  const alias = NAME_ALIASES[cleaned.toUpperCase()];
  if (alias !== undefined) return alias;
  return countries.getAlpha2Code(cleaned, "en") ?? null;
}

/**
 * Returns the alpha-2 code for an ISO 3166-1 alpha-2 or alpha-3 code, or null
 * when it is not one. ICAO's "D" (used in German passports) is read as DE.
 */
export function countryCodeFromIso(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (upper === "D") return "DE";
  if (upper.length === 2) return countries.isValid(upper) ? upper : null;
  if (upper.length === 3) return countries.alpha3ToAlpha2(upper) ?? null;
  return null;
}
