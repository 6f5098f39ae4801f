import anyAscii from "any-ascii";

/** One word in Latin letters, and whether it came from an abjad (Arabic, Hebrew) that omits most vowels. */
export interface TransliteratedWord {
  text: string;
  abjad: boolean;
  /** True for one Chinese, Japanese or Korean character, which reads as one syllable. */
  syllabic?: boolean;
}

/**
 * Usual romanisations of common Korean surnames, which differ from the
 * letter-by-letter reading (이 is Lee, not I; 박 is Park, not Bak).
 */
const KOREAN_SURNAMES: ReadonlyMap<string, string> = new Map([
  ["김", "Kim"], ["이", "Lee"], ["박", "Park"], ["최", "Choi"], ["정", "Jung"], ["강", "Kang"], ["조", "Cho"], ["윤", "Yoon"],
  ["장", "Jang"], ["임", "Lim"], ["한", "Han"], ["오", "Oh"], ["서", "Seo"], ["신", "Shin"], ["권", "Kwon"], ["황", "Hwang"],
  ["안", "Ahn"], ["송", "Song"], ["류", "Ryu"], ["홍", "Hong"], ["전", "Jeon"], ["고", "Ko"], ["문", "Moon"], ["손", "Son"],
]);
const HANGUL_WORD = /^\p{Script=Hangul}{2,4}$/u;

const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const CYRILLIC_RUN = /\p{Script=Cyrillic}+/gu;
// Kana is left out: it spells foreign names sound by sound (バラク for Barack), so a run reads as one word.
const SYLLABIC_CHARACTER = /[\p{Script=Han}\p{Script=Hangul}]/u;
const SYLLABIC_PART = /([\p{Script=Han}\p{Script=Hangul}])/u;
const COMBINING_MARK = /\p{M}/gu;
const ARABIC_ARTICLE = "\u0627\u0644";

/**
 * Converts one whitespace-free word to Latin letters with `any-ascii`, with
 * fixes where its output differs from the usual romanisation of names.
 * A Cyrillic "-ий" ending becomes "-y" (Dmitriy to Dmitry). Arabic "al-" is
 * split off as its own word. Each Chinese character (Han) and Korean
 * syllable becomes its own word, because any-ascii runs syllables together,
 * and common Korean surnames take their usual spelling.
 */
// NOTE: Chinese characters get their Mandarin reading, so Korean or Japanese
// names written in them (金正恩 for Kim Jong Un, 山田 for Yamada) do not match.
export function transliterateWord(word: string): TransliteratedWord[] {
  if (ABJAD.test(word)) {
    return transliterateAbjadWord(word);
  }
  const cyrillicFixed = word.replace(CYRILLIC_RUN, (run) => anyAscii(run).replace(/iy\b/gi, "y"));
  if (SYLLABIC_CHARACTER.test(cyrillicFixed)) return transliterateSyllables(cyrillicFixed);
  return [{ text: romanize(cyrillicFixed), abjad: false }];
}

function romanize(text: string): string {
  // NFKD splits accents off Latin letters so they can be dropped. It runs
  // after the Cyrillic and Hangul steps because it would split Й and Hangul
  // syllables too.
  return anyAscii(text.normalize("NFKD").replace(COMBINING_MARK, ""));
}

function transliterateSyllables(word: string): TransliteratedWord[] {
  const koreanName = HANGUL_WORD.test(word);
  const words: TransliteratedWord[] = [];
  for (const part of word.split(SYLLABIC_PART)) {
    if (part === "") continue;
    if (!SYLLABIC_CHARACTER.test(part)) {
      words.push({ text: romanize(part), abjad: false });
      continue;
    }
    const surname = koreanName && words.length === 0 ? KOREAN_SURNAMES.get(part) : undefined;
    words.push({ text: surname ?? anyAscii(part), abjad: false, syllabic: true });
  }
  return words;
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
