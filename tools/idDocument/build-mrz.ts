import { InputError } from "../../src/errors/checkgraph-error.js";
import { computeCheckDigit } from "./check-digit.js";
import { formatMrzDate } from "./mrz-dates.js";
import type { MrzSex } from "./mrz-fields.js";
import { toMrzName } from "./transliterate.js";

/** Holder and document data to write into an MRZ. Names may contain accents, which are transliterated. */
export interface MrzContent {
  /** Document code of one or two characters, by default `P` for passports (TD3) and `I` for ID cards (TD1). */
  documentCode?: string;
  issuingState: string;
  surname: string;
  givenNames: string;
  documentNumber: string;
  nationality: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  sex: MrzSex;
  /** YYYY-MM-DD. */
  expiryDate: string;
  /** TD3: the personal number (up to 14 characters). TD1: the first optional data field. */
  optionalData?: string;
}

/** Writes `value` upper-cased and padded with `<` to `length`, rejecting values that do not fit. */
function padField(value: string, length: number, field: string): string {
  const upper = value.toUpperCase().replace(/ /g, "<");
  if (!/^[A-Z0-9<]*$/.test(upper) || upper.length > length) {
    throw new InputError(
      [{ field, message: `must be at most ${length} characters of A-Z, 0-9 and <`, fix: "shorten or re-spell the value" }],
      "Cannot build MRZ",
    );
  }
  return upper.padEnd(length, "<");
}

/** Writes the name field: surname, `<<`, given names, cut at the field length as ICAO issuers do. */
function writeNames(content: MrzContent, length: number): string {
  const surname = toMrzName(content.surname);
  const givenNames = toMrzName(content.givenNames);
  const joined = givenNames === "" ? surname : `${surname}<<${givenNames}`;
  return joined.slice(0, length).padEnd(length, "<");
}

function stripPadding(field: string): string {
  return field.replace(/<+$/, "");
}

function writeSex(sex: MrzSex): string {
  return sex === "unspecified" ? "<" : sex;
}

function withCheckDigit(field: string): string {
  return field + String(computeCheckDigit(field));
}

/**
 * Builds the two 44-character lines of a TD3 (passport) MRZ with correct
 * check digits. Meant for examples and tests: it throws `InputError` when a
 * value does not fit its field.
 */
export function buildTd3Mrz(content: MrzContent): [string, string] {
  const line1 =
    padField(content.documentCode ?? "P", 2, "documentCode") + padField(content.issuingState, 3, "issuingState") + writeNames(content, 39);

  const personal = padField(content.optionalData ?? "", 14, "optionalData");
  const personalDigit = /^<+$/.test(personal) ? "<" : String(computeCheckDigit(personal));
  const upper =
    withCheckDigit(padField(content.documentNumber, 9, "documentNumber")) +
    padField(content.nationality, 3, "nationality") +
    withCheckDigit(formatMrzDate(content.birthDate)) +
    writeSex(content.sex) +
    withCheckDigit(formatMrzDate(content.expiryDate)) +
    personal +
    personalDigit;
  const composite = upper.slice(0, 10) + upper.slice(13, 20) + upper.slice(21, 43);
  return [line1, upper + String(computeCheckDigit(composite))];
}

/**
 * Builds the three 30-character lines of a TD1 (ID card) MRZ with correct
 * check digits. A document number longer than 9 characters overflows into
 * the optional data field, with `<` in the check digit position.
 */
export function buildTd1Mrz(content: MrzContent): [string, string, string] {
  // Fits 9 characters in place, or up to 22 when 13 overflow with their check digit and a filler.
  const number = stripPadding(padField(content.documentNumber, 22, "documentNumber"));
  const numberAndOptional =
    number.length <= 9
      ? withCheckDigit(padField(number, 9, "documentNumber")) + padField(content.optionalData ?? "", 15, "optionalData")
      : number.slice(0, 9) + "<" + padField(`${number.slice(9)}${computeCheckDigit(number)}<${content.optionalData ?? ""}`, 15, "optionalData");
  const line1 = padField(content.documentCode ?? "I", 2, "documentCode") + padField(content.issuingState, 3, "issuingState") + numberAndOptional;

  const line2Start =
    withCheckDigit(formatMrzDate(content.birthDate)) +
    writeSex(content.sex) +
    withCheckDigit(formatMrzDate(content.expiryDate)) +
    padField(content.nationality, 3, "nationality") +
    "<".repeat(11);
  const composite = line1.slice(5, 30) + line2Start.slice(0, 7) + line2Start.slice(8, 15) + line2Start.slice(18, 29);
  const line2 = line2Start + String(computeCheckDigit(composite));

  return [line1, line2, writeNames(content, 30)];
}
