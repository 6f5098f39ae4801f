import type { Identifier, IdentifierKind } from "../model/watchlist-entry.js";

/**
 * Label fragments, lower case, checked in order. The first match wins, so
 * "passport" comes before "national" ("national passport" is a passport)
 * and "registration" before "id" ("Registration ID" is a registration).
 */
const LABEL_KINDS: ReadonlyArray<readonly [RegExp, IdentifierKind]> = [
  [/passport|passeport|pasaporte/, "passport"],
  [/swift|\bbic\b/, "bic"],
  [/\bimo\b/, "imo"],
  [/tax|fiscal|r\.f\.c|\bnit\b|\bruc\b|\binn\b/, "tax-id"],
  [/registration|company number|legal entity|regnumber|business/, "registration"],
  [/national|c[eé]dula|d\.n\.i|personal id|identity card|identification number|c\.u\.r\.p|\bssn\b|\bid\b/, "national-id"],
];

/** Returns the standard kind for an identifier label such as "Passport No." or "SWIFT/BIC". */
export function identifierKindOf(label: string): IdentifierKind {
  const lower = label.toLowerCase();
  for (const [pattern, kind] of LABEL_KINDS) {
    if (pattern.test(lower)) return kind;
  }
  return "other";
}

/**
 * Builds an identifier with its standard kind. A value written as "IMO 9187629"
 * (OFAC puts IMO numbers under "Vessel Registration Identification") becomes
 * kind `imo` with the seven digits as its value, whatever the label.
 */
export function createIdentifier(type: string, value: string, country: string | null): Identifier {
  const trimmed = value.trim();
  const imo = /^IMO[\s:.]*(\d{7})$/i.exec(trimmed);
  if (imo) return { type, value: imo[1]!, country, kind: "imo" };
  return { type, value: trimmed, country, kind: identifierKindOf(type) };
}

/** Reads IMO numbers ("IMO 9187629", "IMO: 8937675") from free text such as a list's remarks. */
export function findImoNumbers(text: string): string[] {
  return [...text.matchAll(/\bIMO(?:\s+(?:number|no\.?))?[\s:.]*(\d{7})\b/gi)].map((match) => match[1]!);
}
