import { isCheckDigitValid, MRZ_CHARACTERS } from "./check-digit.js";
import { resolveBirthDate, resolveExpiryDate } from "./mrz-dates.js";
import { MRZ_LAYOUTS, readField, stripFiller, type MrzFormat, type MrzLayout } from "./mrz-layout.js";
import { readDocumentNumber, readNames, readPersonalNumber, readSex, type MrzSex } from "./mrz-fields.js";

/** MRZ fields that can be reported invalid, in the order they are reported. */
export const MRZ_FIELD_ORDER = [
  "documentCode",
  "issuingState",
  "names",
  "documentNumber",
  "documentNumberCheckDigit",
  "nationality",
  "birthDate",
  "birthDateCheckDigit",
  "sex",
  "expiryDate",
  "expiryDateCheckDigit",
  "personalNumberCheckDigit",
  "compositeCheckDigit",
] as const;

/** Name of an MRZ field that failed validation, such as `birthDateCheckDigit`. */
export type MrzField = (typeof MRZ_FIELD_ORDER)[number];

/** The content of a machine-readable zone, with dates resolved to YYYY-MM-DD and fillers removed. */
export interface ParsedMrz {
  format: MrzFormat;
  /** Document code without fillers, such as `P`, `I` or `ID`. */
  documentCode: string;
  /** Issuing state or organisation: ISO 3166-1 alpha-3 or an ICAO code such as `D` or `UTO`. */
  issuingState: string;
  /** Primary identifier, with `<` between name parts read as a space. */
  surname: string;
  /** Secondary identifier, with `<` between name parts read as a space. Empty when absent. */
  givenNames: string;
  /** True when the name field is full, so the issuer may have cut the names to fit. */
  namesMayBeTruncated: boolean;
  /** Document number, including characters that overflowed into the optional data of TD1 and TD2. */
  documentNumber: string;
  nationality: string;
  /** Null when the field is not a calendar date (see `invalidFields`). */
  birthDate: string | null;
  /** Null when the field contains a character other than M, F, X or `<`. */
  sex: MrzSex | null;
  expiryDate: string | null;
  /** TD3's personal number (optional data). Null in TD1 and TD2 and when empty. */
  personalNumber: string | null;
  /** TD1 and TD2 optional data fields that are not empty, after any document number overflow. */
  optionalData: string[];
  /** True when every check digit, the composite one included, matches. */
  checkDigitsValid: boolean;
  /** Fields that failed validation, check digits and malformed values alike, in `MRZ_FIELD_ORDER`. */
  invalidFields: MrzField[];
}

/** Reason an MRZ could not be parsed at all. */
export type MrzParseFailureReason = "lineCount" | "lineLength" | "characters" | "unsupportedDocument";

/** A parse failure, described without any MRZ content so it can be logged and shown. */
export interface MrzParseFailure {
  reason: MrzParseFailureReason;
  message: string;
  /** One-based line number of the failure, or null when it concerns the MRZ as a whole. */
  line: number | null;
}

/** Either the parsed MRZ or why it could not be parsed. */
export type MrzParseResult = { ok: true; mrz: ParsedMrz } | { ok: false; failure: MrzParseFailure };

/**
 * Parses a TD1, TD2 or TD3 machine-readable zone and verifies every check
 * digit. Lines are trimmed and upper-cased first. `referenceDate`
 * (YYYY-MM-DD, normally the application date) decides the century of the
 * two-digit birth year, which must not lie in the future.
 */
export function parseMrz(rawLines: readonly string[], referenceDate: string): MrzParseResult {
  const lines = rawLines.map((line) => line.trim().toUpperCase());
  const layoutOrFailure = selectLayout(lines);
  if ("reason" in layoutOrFailure) return { ok: false, failure: layoutOrFailure };
  const layout = layoutOrFailure;

  const invalid = new Set<MrzField>();
  const read = (position: Parameters<typeof readField>[1]) => readField(lines, position);

  const documentCodeField = read(layout.documentCode);
  if (!/^[A-Z]/.test(documentCodeField)) invalid.add("documentCode");
  const issuingStateField = read(layout.issuingState);
  if (!isStateCode(issuingStateField)) invalid.add("issuingState");
  const nationalityField = read(layout.nationality);
  if (!isStateCode(nationalityField)) invalid.add("nationality");

  const names = readNames(read(layout.names));
  if (!names.valid) invalid.add("names");

  const documentNumber = readDocumentNumber(lines, layout);
  if (documentNumber.value === "") invalid.add("documentNumber");
  if (!documentNumber.checkDigitValid) invalid.add("documentNumberCheckDigit");

  const birthField = read(layout.birthDate);
  const birthDate = resolveBirthDate(birthField, referenceDate);
  if (birthDate === null) invalid.add("birthDate");
  if (!isCheckDigitValid(birthField, read(layout.birthDateCheckDigit))) invalid.add("birthDateCheckDigit");

  const sex = readSex(read(layout.sex));
  if (sex === null) invalid.add("sex");

  const expiryField = read(layout.expiryDate);
  const expiryDate = resolveExpiryDate(expiryField);
  if (expiryDate === null) invalid.add("expiryDate");
  if (!isCheckDigitValid(expiryField, read(layout.expiryDateCheckDigit))) invalid.add("expiryDateCheckDigit");

  let personalNumber: string | null = null;
  if (layout.optionalDataCheckDigit) {
    const personal = readPersonalNumber(read(layout.optionalData), read(layout.optionalDataCheckDigit));
    personalNumber = personal.value;
    if (!personal.checkDigitValid) invalid.add("personalNumberCheckDigit");
  }

  const compositeInput = layout.compositeSpans.map(read).join("");
  if (!isCheckDigitValid(compositeInput, read(layout.compositeCheckDigit))) invalid.add("compositeCheckDigit");

  const optionalData = [documentNumber.remainingOptionalData];
  if (layout.secondOptionalData) optionalData.push(stripFiller(read(layout.secondOptionalData)));

  const invalidFields = MRZ_FIELD_ORDER.filter((field) => invalid.has(field));
  return {
    ok: true,
    mrz: {
      format: layout.format,
      documentCode: stripFiller(documentCodeField),
      issuingState: stripFiller(issuingStateField),
      surname: names.surname,
      givenNames: names.givenNames,
      namesMayBeTruncated: names.mayBeTruncated,
      documentNumber: documentNumber.value,
      nationality: stripFiller(nationalityField),
      birthDate,
      sex,
      expiryDate,
      personalNumber,
      optionalData: layout.optionalDataCheckDigit ? [] : optionalData.filter((value) => value !== ""),
      checkDigitsValid: !invalidFields.some((field) => field.endsWith("CheckDigit")),
      invalidFields,
    },
  };
}

/** Checks a state code field: one to three letters, padded with fillers (`D<<`, `UTO`). */
function isStateCode(field: string): boolean {
  return /^[A-Z]{1,3}<*$/.test(field);
}

function selectLayout(lines: string[]): MrzLayout | MrzParseFailure {
  if (lines.length !== 2 && lines.length !== 3) {
    return {
      reason: "lineCount",
      line: null,
      message: `MRZ has ${lines.length} lines, expected 2 (TD2, TD3) or 3 (TD1). Give every line of the machine-readable zone.`,
    };
  }

  for (const [index, line] of lines.entries()) {
    if (!MRZ_CHARACTERS.test(line)) {
      const position = [...line].findIndex((character) => !MRZ_CHARACTERS.test(character)) + 1;
      return {
        reason: "characters",
        line: index + 1,
        message:
          `MRZ line ${index + 1} has a character outside A-Z, 0-9 and < at position ${position}. ` +
          "Re-type the line using < for every filler and no inner spaces.",
      };
    }
  }

  const first = lines[0] ?? "";
  let layout: MrzLayout;
  if (lines.length === 3) {
    layout = MRZ_LAYOUTS.TD1;
  } else if (first.length === 44) {
    layout = MRZ_LAYOUTS.TD3;
  } else if (first.length === 36) {
    layout = MRZ_LAYOUTS.TD2;
  } else {
    return {
      reason: "lineLength",
      line: 1,
      message: `MRZ line 1 has ${first.length} characters, expected 36 (TD2) or 44 (TD3) in a two-line MRZ. Re-read the line.`,
    };
  }

  for (const [index, line] of lines.entries()) {
    if (line.length !== layout.lineLength) {
      return {
        reason: "lineLength",
        line: index + 1,
        message:
          `MRZ line ${index + 1} has ${line.length} characters, expected ${layout.lineLength} ` +
          `for a ${layout.format} document. Re-read the line.`,
      };
    }
  }

  // Visas (code V) share the TD2 and TD3 line lengths but are not identity documents.
  if (first.startsWith("V")) {
    return {
      reason: "unsupportedDocument",
      line: 1,
      message: "MRZ is a machine-readable visa (document code V), not an identity document. Give the passport or ID card MRZ.",
    };
  }
  return layout;
}
