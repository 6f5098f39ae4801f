import { countryCodeFromName } from "../country-code.js";

/**
 * Nationality adjectives and short forms that UK lists write in place of a
 * country name, keyed by lower-case text. Collected from the 2018 HM Treasury
 * consolidated list, where "Afghan", "Tunisian" and "Iraqi" are the commonest.
 */
const DEMONYMS: Record<string, string> = {
  afghan: "AF", afgan: "AF", afganistan: "AF", albanian: "AL", algerian: "DZ", american: "US", australian: "AU",
  bahraini: "BH", bangladeshi: "BD", belarusian: "BY", belgian: "BE", bosnian: "BA", british: "GB", burundian: "BI",
  canadian: "CA", chadian: "TD", chinese: "CN", congolese: "CD", dprk: "KP", drc: "CD", egyptian: "EG",
  emirati: "AE", eritrean: "ER", ethiopian: "ET", filipino: "PH", french: "FR", georgian: "GE", german: "DE",
  indian: "IN", indonesian: "ID", iranian: "IR", iraqi: "IQ", italian: "IT", jordanian: "JO", kazakh: "KZ",
  kenyan: "KE", korean: "KP", "north korean": "KP", kuwaiti: "KW", lebanese: "LB", libyan: "LY",
  "libyan arab jamahiriya": "LY", malaysian: "MY", malian: "ML", mauritanian: "MR", moroccan: "MA",
  nigerian: "NG", norwegian: "NO", omani: "OM", "sultanate of oman": "OM", pakistani: "PK", palestinian: "PS",
  "palestinian territories": "PS", qatari: "QA", qatarian: "QA", russian: "RU", rwandan: "RW", saudi: "SA",
  "saudi arabian": "SA", senegalese: "SN", somali: "SO", "south sudanese": "SS", sudanese: "SD", swedish: "SE",
  syrian: "SY", tanzanian: "TZ", trinidad: "TT", "trinidad and tobago": "TT", tunisian: "TN", turkish: "TR",
  ugandan: "UG", ukrainian: "UA", "united kingdom of great britain": "GB", uzbek: "UZ", yemeni: "YE",
  "democratic peoples republic of korea": "KP", "bosnia and herzegovina": "BA", "us": "US",
};

/** Words around a nationality that are not part of it ("Iranian citizenship", "Possibly Ethiopian"). */
const FILLER = /\b(?:possibly|citizenship|citizen|nationals?|nationalities|nationality|by birth|dual)\b/gi;

/**
 * Reads ISO 3166-1 alpha-2 codes from a UK list's country or nationality text,
 * such as "(1) German (2) Moroccan", "a) French, b) Tunisian" or
 * "Iraq (previous)". Parts that name no known country are skipped.
 */
export function readUkCountryCodes(text: string): string[] {
  const codes: string[] = [];
  const withoutNotes = text.replace(/\([^()]*[a-z]{3,}[^()]*\)/gi, (note) => (/^\((?:\d+|[a-z])\)$/i.test(note) ? note : " "));
  const parts = withoutNotes.split(/\(?\b(?:\d{1,2}|[a-h])\)|[;,]|\band\b(?! tobago| herzegovina)/i);
  for (const part of parts) {
    const cleaned = part.replace(FILLER, " ").replace(/[.\s]+$/, "").replace(/\s+/g, " ").trim();
    if (cleaned === "") continue;
    const code = DEMONYMS[cleaned.toLowerCase()] ?? countryCodeFromName(cleaned);
    if (code !== null && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
