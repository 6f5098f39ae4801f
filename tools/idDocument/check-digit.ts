/** Weights ICAO Doc 9303 applies to successive characters, repeating from the first character. */
const WEIGHTS = [7, 3, 1] as const;

/** Characters an MRZ may contain once lines are upper-cased: A-Z, 0-9 and the filler `<`. */
export const MRZ_CHARACTERS = /^[A-Z0-9<]*$/;

function characterValue(character: string): number {
  if (character === "<") return 0;
  const code = character.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  throw new RangeError(
    `Cannot compute an MRZ check digit over character code ${code}: only A-Z, 0-9 and < are allowed. Validate the line first.`,
  );
}

/**
 * Computes the ICAO Doc 9303 check digit of an MRZ field: digits count as
 * themselves, A-Z as 10-35 and the filler `<` as 0, weighted 7, 3, 1 in turn,
 * summed modulo 10.
 */
export function computeCheckDigit(value: string): number {
  let sum = 0;
  for (let index = 0; index < value.length; index += 1) {
    sum += characterValue(value.charAt(index)) * WEIGHTS[index % 3]!;
  }
  return sum % 10;
}

/** Checks that `digit` is a single decimal digit equal to the check digit of `value`. */
export function isCheckDigitValid(value: string, digit: string): boolean {
  return /^[0-9]$/.test(digit) && Number(digit) === computeCheckDigit(value);
}
