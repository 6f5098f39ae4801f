import type { NameToken } from "./normalize-name.js";

/** First parts of Arabic "servant of" names, in the spellings lists use (ABD AL LATIF, ABDUL LATIF, ABDEL LATIF). */
const ABD_PREFIXES: ReadonlySet<string> = new Set(["ABD", "ABDUL", "ABDEL", "ABDOUL", "ABDOL", "ABDU", "ABDUR", "ABDER", "ABDUS", "ABDAL", "BD"]);

/** Arabic and Persian article and genitive links written as separate words (ABD AL, SAIF AL DIN, ZIA UR RAHMAN, BASHIR UD DIN). */
const LINKS: ReadonlySet<string> = new Set(["AL", "EL", "UL", "OL", "UD", "AD", "ED", "UR", "AR", "ER", "US", "AS", "ES", "UZ", "AZ", "UN", "AN"]);

/** Second parts that close a compound: "of the faith", "of God", "of the Merciful". */
const COMPOUND_ENDINGS: ReadonlySet<string> = new Set(["DIN", "DEEN", "DDIN", "UDDIN", "EDDIN", "ADDIN", "ALLAH", "ULLAH", "LLAH", "LAH", "LH", "RAHMAN", "REHMAN", "RAHMAAN"]);

/** Patronymic links (son of, daughter of), folded to one spelling. */
const PATRONYMIC_LINKS: ReadonlyMap<string, string> = new Map([
  ["BIN", "BIN"], ["BEN", "BIN"], ["IBN", "BIN"], ["BINT", "BINT"], ["BINTI", "BINT"], ["BENT", "BINT"],
]);

/**
 * Joins the parts of Arabic compound names into one token, so spellings
 * that split them differently compare as one word: ABD AL LATIF, ABDUL
 * LATIF and ABDELLATIF; ABD ALLAH and ABDULLAH; SAIF AL DIN and SAIFALDIN.
 * BIN, BEN and IBN become BIN, and EL becomes AL. Joined tokens keep the
 * abjad flag of their first part.
 */
export function joinArabicCompounds(tokens: readonly NameToken[]): NameToken[] {
  const folded = tokens.map((token) => ({ ...token, text: foldParticle(token.text) }));
  const joined: NameToken[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    const token = folded[i]!;
    const next = folded[i + 1];
    const afterNext = folded[i + 2];
    // BD is ABD transliterated from Arabic script, which drops the initial ain.
    if (ABD_PREFIXES.has(token.text) && (token.text !== "BD" || token.abjad) && next !== undefined) {
      // ABD [AL] NOUN: the link is optional, the noun is not.
      if (LINKS.has(next.text) && afterNext !== undefined) {
        joined.push({ text: token.text + next.text + afterNext.text, abjad: token.abjad || afterNext.abjad });
        i += 2;
      } else {
        joined.push({ text: token.text + next.text, abjad: token.abjad || next.abjad });
        i += 1;
      }
      continue;
    }
    if (next !== undefined && LINKS.has(next.text) && afterNext !== undefined && COMPOUND_ENDINGS.has(afterNext.text)) {
      joined.push({ text: token.text + next.text + afterNext.text, abjad: token.abjad });
      i += 2;
      continue;
    }
    if (next !== undefined && COMPOUND_ENDINGS.has(next.text) && next.text.length > 3 && !LINKS.has(token.text)) {
      joined.push({ text: token.text + next.text, abjad: token.abjad });
      i += 1;
      continue;
    }
    joined.push(token);
  }
  return joined;
}

function foldParticle(text: string): string {
  if (text === "EL") return "AL";
  return PATRONYMIC_LINKS.get(text) ?? text;
}

/**
 * Joins runs of two or more single letters into one token, because
 * organisations write initialisms with and without dots and spaces: A.B.C.,
 * A B C and ABC; S.C. Johnson and SC Johnson. Person names are left alone,
 * where single letters are initials of separate names.
 */
export function joinInitialisms(tokens: readonly NameToken[]): NameToken[] {
  const joined: NameToken[] = [];
  let run: NameToken[] = [];
  const flush = () => {
    if (run.length >= 2) joined.push({ text: run.map((token) => token.text).join(""), abjad: false });
    else joined.push(...run);
    run = [];
  };
  for (const token of tokens) {
    if (token.text.length === 1 && /[A-Z]/.test(token.text)) {
      run.push(token);
      continue;
    }
    flush();
    joined.push(token);
  }
  flush();
  return joined;
}

const UNITS: ReadonlyMap<string, number> = new Map([
  ["ONE", 1], ["TWO", 2], ["THREE", 3], ["FOUR", 4], ["FIVE", 5], ["SIX", 6], ["SEVEN", 7], ["EIGHT", 8], ["NINE", 9],
  ["TEN", 10], ["ELEVEN", 11], ["TWELVE", 12], ["THIRTEEN", 13], ["FOURTEEN", 14], ["FIFTEEN", 15], ["SIXTEEN", 16],
  ["SEVENTEEN", 17], ["EIGHTEEN", 18], ["NINETEEN", 19],
  ["FIRST", 1], ["SECOND", 2], ["THIRD", 3], ["FOURTH", 4], ["FIFTH", 5], ["SIXTH", 6], ["SEVENTH", 7], ["EIGHTH", 8], ["NINTH", 9], ["TENTH", 10],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ["TWENTY", 20], ["THIRTY", 30], ["FORTY", 40], ["FOURTY", 40], ["FIFTY", 50], ["SIXTY", 60], ["SEVENTY", 70], ["EIGHTY", 80], ["NINETY", 90],
]);
const ROMAN_NUMERALS: ReadonlyMap<string, number> = new Map([
  ["II", 2], ["III", 3], ["IV", 4], ["VI", 6], ["VII", 7], ["VIII", 8], ["IX", 9], ["XI", 11], ["XII", 12], ["XIII", 13], ["XIV", 14], ["XV", 15], ["XX", 20],
]);

/**
 * Writes numbers in organisation and vessel names as digits, so "Brigade
 * Forty-Four", "Brigade Forty 4", "1st" and "First", and "Partners VI" and
 * "Partners 6" compare equal. Single-letter Roman numerals (I, V, X) are left
 * alone because they are more often initials.
 */
export function writeNumbersAsDigits(tokens: readonly NameToken[]): NameToken[] {
  const written: NameToken[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const text = tokens[i]!.text;
    const tens = TENS.get(text);
    if (tens !== undefined) {
      const next = tokens[i + 1]?.text ?? "";
      const unit = UNITS.get(next) ?? (/^[1-9]$/.test(next) ? Number(next) : undefined);
      if (unit !== undefined && unit < 10) {
        written.push({ text: String(tens + unit), abjad: false });
        i += 1;
      } else {
        written.push({ text: String(tens), abjad: false });
      }
      continue;
    }
    const ordinal = /^(\d+)(ST|ND|RD|TH)$/.exec(text);
    const value = UNITS.get(text) ?? ROMAN_NUMERALS.get(text) ?? (ordinal ? Number(ordinal[1]) : undefined);
    written.push(value === undefined ? tokens[i]! : { text: String(value), abjad: false });
  }
  return written;
}
