/**
 * Letter groups rewritten before vowels are dropped, longest first. They fold
 * the spellings that romanisation systems disagree on. Examples are German
 * SCH and English SH, KH and H (Mikhail, Mihail), W and V (Wolodymyr), Z and
 * S, Q and K, Korean G and K (Gim, Kim), and J, Y and I (Selenskyj, Jusuf).
 */
const REWRITES: readonly [RegExp, string][] = [
  [/TSCH|TCH|SCH|SH|CH|ZH/g, "$"],
  [/DZH|DJ/g, "J"],
  [/PH/g, "F"],
  [/KH|GH/g, "H"],
  [/CK|Q|C|G/g, "K"],
  [/X/g, "KS"],
  [/W/g, "V"],
  [/Z/g, "S"],
  // J and Y start a syllable as a consonant (JUSUF, YUSUF) but are a vowel inside a word (SELENSKYJ).
  [/^[JY]/, "Y"],
  [/(?!^)[JY]/g, "I"],
];

/**
 * Returns a phonetic key of a Latin token: romanisation variants are folded
 * (see `REWRITES`), every vowel after the first letter is dropped, a leading
 * vowel becomes A, and doubled letters collapse. HUSAYN and HUSSEIN both give
 * HSN, OSAMA and USAMA give ASM, GIM and KIM give KM. Keys of two letters
 * are broad (ALI, AYALA and ELLA all give AL), so callers trust them only
 * between short tokens. A simpler key than
 * Double Metaphone, because it must fold transliterations of Arabic,
 * Cyrillic and Korean names rather than English spelling.
 */
export function phoneticKey(text: string): string {
  let folded = text;
  for (const [pattern, replacement] of REWRITES) folded = folded.replace(pattern, replacement);
  if (folded === "") return "";
  const first = /[AEIOU]/.test(folded[0]!) ? "A" : folded[0]!;
  const rest = folded.slice(1).replace(/[AEIOU]/g, "");
  return (first + rest).replace(/(.)\1+/g, "$1");
}
