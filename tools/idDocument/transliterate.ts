import anyAscii from "any-ascii";

/**
 * Latin letters whose MRZ spelling is not just the base letter, from the
 * transliteration table of ICAO Doc 9303 Part 3. The first entry is ICAO's
 * recommended form, and the others are spellings issuers also use, such as A for
 * Ä or the optional NXX for Ñ.
 */
const ICAO_TRANSLITERATIONS: Readonly<Record<string, readonly string[]>> = {
  Ä: ["AE", "A"],
  Å: ["AA", "A"],
  Æ: ["AE"],
  Ö: ["OE", "O"],
  Ø: ["OE", "O"],
  Œ: ["OE"],
  Ü: ["UE", "U", "UXX"],
  Ñ: ["N", "NXX"],
  ß: ["SS"],
  ẞ: ["SS"],
  Þ: ["TH"],
  Ð: ["D", "DH"],
  Ĳ: ["IJ"],
};

/**
 * Cyrillic letters as ICAO Doc 9303 Part 3 transliterates them (first entry),
 * then the older national spellings still found on documents issued before
 * the ICAO table was adopted (Й as Y, Я as YA, Х as H). Letters missing here
 * map one to one and go through any-ascii.
 */
const CYRILLIC_TRANSLITERATIONS: Readonly<Record<string, readonly string[]>> = {
  Е: ["E", "YE"],
  Ё: ["E", "YO", "JO"],
  Є: ["IE", "YE", "JE"],
  Ж: ["ZH", "J"],
  И: ["I", "Y"],
  Ї: ["I", "YI", "JI"],
  Й: ["I", "Y", "J"],
  Х: ["KH", "H", "X"],
  Ц: ["TS", "C", "TZ"],
  Ч: ["CH"],
  Ш: ["SH"],
  Щ: ["SHCH", "SCH", "SHH"],
  Ъ: ["IE", ""],
  Ы: ["Y", "I"],
  Ь: [""],
  Э: ["E"],
  Ю: ["IU", "YU", "JU"],
  Я: ["IA", "YA", "JA"],
  Ѕ: ["DZ"],
  Џ: ["DZ"],
  Љ: ["LJ"],
  Њ: ["NJ"],
};

/** Characters that separate name parts. Hyphens and spaces become `<`, and apostrophes vanish. */
const SEPARATOR_RENDERINGS: Readonly<Record<string, readonly string[]>> = {
  " ": ["<", ""],
  "-": ["<", ""],
  "‐": ["<", ""],
  "–": ["<", ""],
  "'": ["", "<"],
  "’": ["", "<"],
  "ʼ": ["", "<"],
  "`": ["", "<"],
  ".": ["", "<"],
  ",": ["", "<"],
};

/**
 * Lists the ways one character of a name may appear in an MRZ, recommended
 * form first. Letters outside the ICAO table lose their diacritics (É to E),
 * other scripts go through any-ascii's romanisation, and characters with no
 * Latin form render as nothing.
 */
export function renderCharacter(character: string): readonly string[] {
  const separator = SEPARATOR_RENDERINGS[character];
  if (separator) return separator;

  const icao = ICAO_TRANSLITERATIONS[character] ?? ICAO_TRANSLITERATIONS[character.toUpperCase()];
  if (icao) return icao;
  const cyrillic = CYRILLIC_TRANSLITERATIONS[character.toUpperCase()];
  if (cyrillic) return cyrillic;

  if (/\s/u.test(character)) return ["<", ""];
  return [anyAscii(character).toUpperCase().replace(/[^A-Z0-9]/g, "")];
}

/** Splits a name into Unicode characters after composing accents (NFC) and collapsing whitespace. */
export function splitNameCharacters(name: string): string[] {
  return [...name.normalize("NFC").trim().replace(/\s+/gu, " ")];
}

/** Writes a name as an MRZ would, using the recommended transliteration of every character. */
export function toMrzName(name: string): string {
  return splitNameCharacters(name)
    .map((character) => renderCharacter(character)[0] ?? "")
    .join("")
    .replace(/<{2,}/g, "<")
    .replace(/^<+|<+$/g, "");
}
