import anyAscii from "any-ascii";

/** One word in Latin letters, and whether it came from an abjad (Arabic, Hebrew) that omits most vowels. */
export interface TransliteratedWord {
  text: string;
  abjad: boolean;
}

const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const CYRILLIC_RUN = /\p{Script=Cyrillic}+/gu;
const SYLLABIC_CHARACTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const COMBINING_MARK = /\p{M}/gu;
const ARABIC_ARTICLE = "\u0627\u0644";

/**
 * Converts one whitespace-free word to Latin letters with `any-ascii`, with
 * fixes where its output differs from the usual romanisation of names.
 * A Cyrillic "-ий" ending becomes "-y" (Dmitriy to Dmitry). Arabic "al-" is
 * split off as its own word. Each Chinese, Japanese or Korean character
 * becomes its own word, because any-ascii runs syllables together.
 */
// NOTE: Chinese characters get their Mandarin reading, so Korean or Japanese
// names written in them (金正恩 for Kim Jong Un, 山田 for Yamada) do not match.
export function transliterateWord(word: string): TransliteratedWord[] {
  if (ABJAD.test(word)) {
    return transliterateAbjadWord(word);
  }
  const cyrillicFixed = word.replace(CYRILLIC_RUN, (run) => anyAscii(run).replace(/iy\b/gi, "y"));
  const syllablesSplit = cyrillicFixed.replace(SYLLABIC_CHARACTER, (character) => ` ${anyAscii(character)} `);
  // NFKD splits accents off Latin letters so they can be dropped. It runs
  // after the Cyrillic and Hangul steps because it would split Й and Hangul
  // syllables too.
  const unaccented = syllablesSplit.normalize("NFKD").replace(COMBINING_MARK, "");
  return [{ text: anyAscii(unaccented), abjad: false }];
}

function transliterateAbjadWord(word: string): TransliteratedWord[] {
  // Arabic writes the article joined to the noun; Latin lists write AL-NOUN,
  // which the normaliser splits into AL and NOUN, so split it the same way.
  if (word.startsWith(ARABIC_ARTICLE) && word.length > 3) {
    return [
      { text: "al", abjad: false },
      { text: anyAscii(word.slice(ARABIC_ARTICLE.length)), abjad: true },
    ];
  }
  return [{ text: anyAscii(word), abjad: true }];
}
