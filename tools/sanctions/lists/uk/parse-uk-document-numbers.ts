import type { Identifier, IdentifierKind } from "../../model/watchlist-entry.js";
import { readUkCountryCodes } from "./uk-country-codes.js";

/** A number written as a date or an issue year, which is never a document number. */
const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4})$/;

/**
 * Reads document numbers from a free-text field of the 2018 HM Treasury CSV
 * (`Passport Details`, `NI Number`), such as "Passport No: 592667 (Qatari
 * passport issued on 3 May 2007)" or "(1) 28642163 (German) (2) 954242
 * (Moroccan)". A candidate is a token of at least five characters with three
 * digits in a row; dates and years are skipped. A country in brackets right
 * after the number is kept as written.
 */
export function parseUkDocumentNumbers(text: string, type: string, kind: IdentifierKind): Identifier[] {
  const identifiers: Identifier[] = [];
  // A one- or two-letter series prefix is often separated by a space ("D 000974"), so it is joined back.
  const pattern = /(?<![\w/-])((?:[A-Z]{1,2}[ -])?[A-Z]{0,3}\d[\dA-Z/-]{3,})(?![\w/-])(?:\s*\(([A-Za-z][A-Za-z ]+)\))?/g;
  for (const match of text.matchAll(pattern)) {
    const value = match[1]!.replace(/ /g, "").replace(/[-/]$/, "");
    if (value.length < 5 || DATE_LIKE.test(value) || !/\d{3}/.test(value)) continue;
    if (identifiers.some((identifier) => identifier.value === value)) continue;
    const bracket = match[2]?.trim() ?? "";
    const country = readUkCountryCodes(bracket).length > 0 ? bracket : null;
    identifiers.push({ type, value, country, kind });
  }
  return identifiers;
}
