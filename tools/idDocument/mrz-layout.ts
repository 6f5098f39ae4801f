/** The three ICAO Doc 9303 machine-readable zone formats: ID card (TD1), small card (TD2) and passport book (TD3). */
export type MrzFormat = "TD1" | "TD2" | "TD3";

/** Position of a field: zero-based line index, zero-based start column and length in characters. */
export interface FieldPosition {
  line: number;
  start: number;
  length: number;
}

/** Field positions of one MRZ format, as ICAO Doc 9303 lays them out. */
export interface MrzLayout {
  format: MrzFormat;
  lineCount: number;
  lineLength: number;
  documentCode: FieldPosition;
  issuingState: FieldPosition;
  names: FieldPosition;
  documentNumber: FieldPosition;
  documentNumberCheckDigit: FieldPosition;
  /** Optional data after the document number. In TD1 and TD2 a long document number continues here. */
  optionalData: FieldPosition;
  /** Check digit of the optional data, which TD3 uses for the personal number. Null in TD1 and TD2. */
  optionalDataCheckDigit: FieldPosition | null;
  /** TD1's second optional data field on line 2. Null in TD2 and TD3. */
  secondOptionalData: FieldPosition | null;
  nationality: FieldPosition;
  birthDate: FieldPosition;
  birthDateCheckDigit: FieldPosition;
  sex: FieldPosition;
  expiryDate: FieldPosition;
  expiryDateCheckDigit: FieldPosition;
  compositeCheckDigit: FieldPosition;
  /** Spans the composite check digit covers, concatenated in this order. */
  compositeSpans: FieldPosition[];
  /** Whether a document number longer than 9 characters may overflow into `optionalData`. */
  allowsNumberOverflow: boolean;
}

function at(line: number, start: number, length: number): FieldPosition {
  return { line, start, length };
}

const TD1: MrzLayout = {
  format: "TD1",
  lineCount: 3,
  lineLength: 30,
  documentCode: at(0, 0, 2),
  issuingState: at(0, 2, 3),
  documentNumber: at(0, 5, 9),
  documentNumberCheckDigit: at(0, 14, 1),
  optionalData: at(0, 15, 15),
  optionalDataCheckDigit: null,
  birthDate: at(1, 0, 6),
  birthDateCheckDigit: at(1, 6, 1),
  sex: at(1, 7, 1),
  expiryDate: at(1, 8, 6),
  expiryDateCheckDigit: at(1, 14, 1),
  nationality: at(1, 15, 3),
  secondOptionalData: at(1, 18, 11),
  compositeCheckDigit: at(1, 29, 1),
  names: at(2, 0, 30),
  compositeSpans: [at(0, 5, 25), at(1, 0, 7), at(1, 8, 7), at(1, 18, 11)],
  allowsNumberOverflow: true,
};

const TD2: MrzLayout = {
  format: "TD2",
  lineCount: 2,
  lineLength: 36,
  documentCode: at(0, 0, 2),
  issuingState: at(0, 2, 3),
  names: at(0, 5, 31),
  documentNumber: at(1, 0, 9),
  documentNumberCheckDigit: at(1, 9, 1),
  nationality: at(1, 10, 3),
  birthDate: at(1, 13, 6),
  birthDateCheckDigit: at(1, 19, 1),
  sex: at(1, 20, 1),
  expiryDate: at(1, 21, 6),
  expiryDateCheckDigit: at(1, 27, 1),
  optionalData: at(1, 28, 7),
  optionalDataCheckDigit: null,
  secondOptionalData: null,
  compositeCheckDigit: at(1, 35, 1),
  compositeSpans: [at(1, 0, 10), at(1, 13, 7), at(1, 21, 14)],
  allowsNumberOverflow: true,
};

const TD3: MrzLayout = {
  format: "TD3",
  lineCount: 2,
  lineLength: 44,
  documentCode: at(0, 0, 2),
  issuingState: at(0, 2, 3),
  names: at(0, 5, 39),
  documentNumber: at(1, 0, 9),
  documentNumberCheckDigit: at(1, 9, 1),
  nationality: at(1, 10, 3),
  birthDate: at(1, 13, 6),
  birthDateCheckDigit: at(1, 19, 1),
  sex: at(1, 20, 1),
  expiryDate: at(1, 21, 6),
  expiryDateCheckDigit: at(1, 27, 1),
  optionalData: at(1, 28, 14),
  optionalDataCheckDigit: at(1, 42, 1),
  secondOptionalData: null,
  compositeCheckDigit: at(1, 43, 1),
  compositeSpans: [at(1, 0, 10), at(1, 13, 7), at(1, 21, 22)],
  allowsNumberOverflow: false,
};

/** Layouts keyed by format. */
export const MRZ_LAYOUTS: Record<MrzFormat, MrzLayout> = { TD1, TD2, TD3 };

/** Returns the characters of a field from upper-cased, length-checked MRZ lines. */
export function readField(lines: readonly string[], position: FieldPosition): string {
  const line = lines[position.line] ?? "";
  return line.slice(position.start, position.start + position.length);
}

/** Removes the trailing filler characters `<` of a field. */
export function stripFiller(value: string): string {
  return value.replace(/<+$/, "");
}
