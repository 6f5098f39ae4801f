import anyAscii from "any-ascii";

/** Unicode vulgar fractions, which any-ascii would glue onto the preceding digit ("1½" to "11/2"). */
const VULGAR_FRACTIONS = /[¼½¾⅓⅔⅛⅜⅝⅞]/g;

/** Keeps a hyphen only inside a token with a digit: Queens house numbers (123-45) and unit ranges (4-B). */
function splitHyphens(token: string): string[] {
  if (!token.includes("-")) return [token];
  if (/\d/.test(token) && /^[A-Z0-9]+(-[A-Z0-9]+)+$/.test(token)) return [token];
  return token.split("-").filter((part) => part.length > 0);
}

/**
 * Splits one US address line into upper-case ASCII tokens with punctuation
 * removed, as USPS Publication 28 prints addresses. Kept: `/` between digits
 * (fractions such as 1/2) and in C/O ("care of"), `-` in tokens with digits,
 * and `#` as its own token. Periods between single letters are dropped so "P.O." becomes PO and
 * "N.E." becomes NE. Other periods, commas and symbols become spaces.
 */
export function tokeniseUsLine(text: string): string[] {
  const ascii = anyAscii(text.replace(VULGAR_FRACTIONS, (fraction) => ` ${fraction}`)).toUpperCase();

  const cleaned = ascii
    .replace(/(?<=\b[A-Z])\.(?=[A-Z]\b)/g, "")
    .replace(/['`]/g, "")
    .replace(/#/g, " # ")
    .replace(/(?<!\d|\bC)\/|\/(?!\d|O\b)/g, " ")
    .replace(/[^A-Z0-9/#\- ]+/g, " ");

  return cleaned
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .flatMap(splitHyphens);
}
