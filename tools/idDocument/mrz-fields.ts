import { isCheckDigitValid } from "./check-digit.js";
import { readField, stripFiller, type MrzLayout } from "./mrz-layout.js";

/** Sex as the MRZ records it. ICAO writes unspecified as `X` or `<`. */
export type MrzSex = "F" | "M" | "unspecified";

/** Names read from the MRZ name field. */
export interface MrzNames {
  surname: string;
  givenNames: string;
  /** The field has no trailing filler, so the issuer may have truncated the names. */
  mayBeTruncated: boolean;
  /** Only letters and `<`, starting with a letter. */
  valid: boolean;
}

/**
 * Splits the name field into primary identifier (surname) and secondary
 * identifier (given names) at the first `<<`, reading single `<` as a space.
 */
export function readNames(field: string): MrzNames {
  const content = stripFiller(field);
  const separator = content.indexOf("<<");
  const primary = separator === -1 ? content : content.slice(0, separator);
  const secondary = separator === -1 ? "" : content.slice(separator + 2);

  return {
    surname: joinNameParts(primary),
    givenNames: joinNameParts(secondary),
    mayBeTruncated: !field.endsWith("<"),
    valid: /^[A-Z][A-Z<]*$/.test(field),
  };
}

function joinNameParts(value: string): string {
  return value
    .split("<")
    .filter((part) => part !== "")
    .join(" ");
}

/** Reads the sex field, or returns null for a character ICAO does not define there. */
export function readSex(field: string): MrzSex | null {
  if (field === "F" || field === "M") return field;
  if (field === "X" || field === "<") return "unspecified";
  return null;
}

/** The document number with its check digit verified, and the optional data left after it. */
export interface DocumentNumberReading {
  value: string;
  checkDigitValid: boolean;
  /** The optional data field after any overflow, fillers removed at both ends. */
  remainingOptionalData: string;
}

/**
 * Reads the document number. In TD1 and TD2, a number longer than 9
 * characters puts `<` in the check digit position and continues at the start
 * of the optional data, followed by its check digit over the whole number.
 */
export function readDocumentNumber(lines: readonly string[], layout: MrzLayout): DocumentNumberReading {
  const principal = readField(lines, layout.documentNumber);
  const digit = readField(lines, layout.documentNumberCheckDigit);
  const optional = readField(lines, layout.optionalData);

  const overflowRun = /^[A-Z0-9]+/.exec(optional)?.[0];
  if (layout.allowsNumberOverflow && digit === "<" && overflowRun) {
    const value = stripFiller(principal) + overflowRun.slice(0, -1);
    return {
      value,
      checkDigitValid: isCheckDigitValid(value, overflowRun.slice(-1)),
      remainingOptionalData: trimFillers(optional.slice(overflowRun.length)),
    };
  }

  return {
    value: stripFiller(principal),
    checkDigitValid: isCheckDigitValid(principal, digit),
    remainingOptionalData: trimFillers(optional),
  };
}

/** TD3's personal number and whether its check digit matches. */
export interface PersonalNumberReading {
  value: string | null;
  checkDigitValid: boolean;
}

/** Reads TD3's personal number. An empty field may carry `<` or `0` as its check digit. */
export function readPersonalNumber(field: string, digit: string): PersonalNumberReading {
  const value = stripFiller(field);
  if (value === "") return { value: null, checkDigitValid: digit === "<" || digit === "0" };
  return { value, checkDigitValid: isCheckDigitValid(field, digit) };
}

function trimFillers(value: string): string {
  return value.replace(/^<+/, "").replace(/<+$/, "");
}
