import { isGivenNameVariant } from "../normalize/given-name-variants.js";
import { NAME_PARTICLES } from "../normalize/name-vocabulary.js";
import { jaroWinkler } from "./jaro-winkler.js";

/** A normalised name token with its rarity weight (0 to 1), consonant skeleton and phonetic key. */
export interface WeightedToken {
  text: string;
  /** True when transliterated from Arabic or Hebrew script, which omit most vowels. */
  abjad: boolean;
  /** True for the reading of one Chinese or Korean character, which matches only the same reading. */
  syllabic: boolean;
  skeleton: string;
  key: string;
  weight: number;
}

/** Similarity given to two tokens with the same phonetic key (HUSAYN, HUSSEIN), below an exact match. */
export const SAME_KEY_SIMILARITY = 0.9;
/** Similarity of an initial to a name that starts with it (J and JOACHIM). */
export const INITIAL_SIMILARITY = 0.85;
/** Similarity of a short form of a given name to the full name (BEN and BENJAMIN). */
export const GIVEN_NAME_VARIANT_SIMILARITY = 0.9;
/** Discount on tokens compared through their consonant skeletons, for the vowels the abjad did not write. */
const ABJAD_FACTOR = 0.95;

/** Work table of `editDistance`, reused between calls because screening compares thousands of tokens. */
let table = new Int32Array(1024);

/**
 * Computes the optimal string alignment distance: insertions, deletions,
 * substitutions and swaps of two adjacent letters each cost one, so SCHLOZ
 * is one edit from SCHOLZ.
 */
export function editDistance(left: string, right: string): number {
  if (left === right) return 0;
  const rows = left.length + 1;
  const columns = right.length + 1;
  if (table.length < rows * columns) table = new Int32Array(rows * columns * 2);
  for (let i = 0; i < rows; i += 1) table[i * columns] = i;
  for (let j = 0; j < columns; j += 1) table[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(table[(i - 1) * columns + j]! + 1, table[i * columns + j - 1]! + 1, table[(i - 1) * columns + j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, table[(i - 2) * columns + j - 2]! + 1);
      }
      table[i * columns + j] = best;
    }
  }
  return table[rows * columns - 1]!;
}

/**
 * Returns how alike two spellings are, 0 to 1: the mean of the share of
 * letters that needs no edit and Jaro-Winkler. Edit distance alone punishes
 * short names too hard; Jaro-Winkler alone rates long names with a shared
 * prefix (LUKASHEVICH, LUKASHENKO) too high.
 */
export function spellingSimilarity(left: string, right: string): number {
  if (left === right) return 1;
  const longest = Math.max(left.length, right.length);
  if (longest === 0) return 0;
  const edits = 1 - editDistance(left, right) / longest;
  return (edits + jaroWinkler(left, right)) / 2;
}

/**
 * Returns how alike two tokens are, 0 to 1. A token from Arabic or Hebrew
 * script is compared with the other token's consonant skeleton. An initial
 * matches a name that starts with it, and a short form its given name. Other tokens take the better of their
 * spelling similarity and `SAME_KEY_SIMILARITY` when their phonetic keys
 * agree. Tokens of one or two letters otherwise must be equal.
 */
export function compareTokens(left: WeightedToken, right: WeightedToken): number {
  if (left.text === right.text) return 1;
  if (left.abjad !== right.abjad) {
    if (left.skeleton === "" || right.skeleton === "") return 0;
    return left.skeleton === right.skeleton ? ABJAD_FACTOR : ABJAD_FACTOR * spellingSimilarity(left.skeleton, right.skeleton);
  }
  // Two character readings that differ are different characters (习近平 and 习近朋).
  if (left.syllabic && right.syllabic) return 0;
  if (isGivenNameVariant(left.text, right.text)) return GIVEN_NAME_VARIANT_SIMILARITY;
  // Numbers identify (YARD NO 455, SEA STAR 2): a near number is another vessel or fund.
  if (/^\d+$/.test(left.text) || /^\d+$/.test(right.text)) return 0;
  const shortest = Math.min(left.text.length, right.text.length);
  if (shortest === 1) {
    const [initial, name] = left.text.length === 1 ? [left.text, right.text] : [right.text, left.text];
    return name.length > 1 && name.startsWith(initial) ? INITIAL_SIMILARITY : 0;
  }
  // A two-letter key is trusted only between short name syllables (EUN, UN, ON), never for a particle (AL and ALI).
  const shortKeyTrusted =
    left.key.length === 2 &&
    (left.syllabic || right.syllabic || (Math.max(left.text.length, right.text.length) <= 3 && !NAME_PARTICLES.has(left.text) && !NAME_PARTICLES.has(right.text)));
  const sameKey = left.key === right.key && (left.key.length >= 3 || shortKeyTrusted);
  if (shortest === 2) return sameKey ? SAME_KEY_SIMILARITY : 0;
  // Doubled letters are spelt at will in transliteration (HASSAN, HASAN; MOHAMMED, MOHAMED).
  const spelling = Math.max(spellingSimilarity(left.text, right.text), undouble(left.text) === undouble(right.text) ? SAME_KEY_SIMILARITY : 0);
  return sameKey ? Math.max(spelling, SAME_KEY_SIMILARITY) : spelling;
}

function undouble(text: string): string {
  return text.replace(/(.)\1+/g, "$1");
}
