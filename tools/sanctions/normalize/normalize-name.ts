import type { EntityType } from "../model/watchlist-entry.js";
import { joinArabicCompounds, joinInitialisms, writeNumbersAsDigits } from "./join-name-parts.js";
import { HONORIFICS, LEADING_LEGAL_FORMS, LEGAL_FORMS, LONGEST_LEGAL_FORM, ORGANIZATION_STOPWORDS, VESSEL_PREFIXES } from "./name-vocabulary.js";
import { transliterateWord } from "./transliterate-word.js";

/** One normalised name token: upper-case ASCII letters and digits. */
export interface NameToken {
  text: string;
  /** True when the token was transliterated from Arabic or Hebrew script, so its vowels are mostly missing. */
  abjad: boolean;
  /** True when the token is the reading of one Chinese, Japanese or Korean character. */
  syllabic?: boolean;
}

/** A name reduced to comparable tokens, with the legal forms of an organisation set aside. */
export interface NormalizedName {
  tokens: NameToken[];
  /** Canonical legal forms found at the start or end of an organisation name (LTD, LLC, JSC...). */
  legalForms: string[];
}

const APOSTROPHE = /['`\u2018\u2019\u02BB\u02BC\u02BF\u02BE]/g;

/**
 * Normalises a name for matching: reorders OFAC's "SURNAME, Given Names",
 * transliterates other scripts, and removes diacritics, case and punctuation.
 * Person names then lose honorifics and have Arabic compound names joined.
 * Organisation and vessel names have initialisms joined, numbers written as
 * digits and filler words dropped; organisations also have their legal forms
 * set aside, and vessels their MV or MT prefix.
 */
export function normalizeName(raw: string, entityType: EntityType): NormalizedName {
  const reordered = entityType === "person" ? reorderSurnameFirst(raw) : raw;
  const tokens = tokenize(reordered);

  if (entityType === "person") {
    const withoutHonorifics = tokens.filter((token) => !HONORIFICS.has(token.text));
    return { tokens: joinArabicCompounds(withoutHonorifics.length > 0 ? withoutHonorifics : tokens), legalForms: [] };
  }

  const joined = writeNumbersAsDigits(joinInitialisms(tokens));
  const withoutFiller = keepOneToken(joined, (token) => !ORGANIZATION_STOPWORDS.has(token.text));
  if (entityType === "organization") return splitLegalForms(withoutFiller);
  const withoutPrefix = keepOneToken(withoutFiller, (token, index) => index > 0 || !VESSEL_PREFIXES.has(token.text));
  return { tokens: withoutPrefix, legalForms: [] };
}

function tokenize(name: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const word of name.normalize("NFC").split(/\s+/)) {
    if (word === "") continue;
    for (const part of transliterateWord(word)) {
      const cleaned = part.text.toUpperCase().replace(APOSTROPHE, "").replace(/[^A-Z0-9]+/g, " ");
      for (const text of cleaned.split(" ")) {
        if (text !== "") tokens.push(part.syllabic ? { text, abjad: part.abjad, syllabic: true } : { text, abjad: part.abjad });
      }
    }
  }
  return tokens;
}

/** Filters tokens, but returns them unfiltered when nothing would be left ("The The" stays a name). */
function keepOneToken(tokens: NameToken[], keep: (token: NameToken, index: number) => boolean): NameToken[] {
  const kept = tokens.filter(keep);
  return kept.length > 0 ? kept : tokens;
}

/** Turns "SURNAME, Given Names" into "Given Names SURNAME"; other names are returned unchanged. */
export function reorderSurnameFirst(name: string): string {
  const parts = name.split(",");
  if (parts.length !== 2) return name;
  const [surname, given] = parts.map((part) => part.trim()) as [string, string];
  if (surname === "" || given === "") return name;
  return `${given} ${surname}`;
}

function splitLegalForms(tokens: NameToken[]): NormalizedName {
  const texts = tokens.map((token) => token.text);
  const legalForms: string[] = [];
  let start = 0;
  let end = tokens.length;

  // Strip forms from the end, then from the start, always leaving one token.
  for (let length = longestFormAt(texts, start, end, "end"); length > 0; length = longestFormAt(texts, start, end, "end")) {
    legalForms.unshift(LEGAL_FORMS.get(texts.slice(end - length, end).join(" "))!);
    end -= length;
  }
  for (let length = longestFormAt(texts, start, end, "start"); length > 0; length = longestFormAt(texts, start, end, "start")) {
    legalForms.unshift(LEADING_LEGAL_FORMS.get(texts.slice(start, start + length).join(" "))!);
    start += length;
  }
  return { tokens: tokens.slice(start, end), legalForms };
}

/** Returns the token count of the longest legal form at the start or end of texts[start, end), or 0. */
function longestFormAt(texts: string[], start: number, end: number, side: "start" | "end"): number {
  const forms = side === "end" ? LEGAL_FORMS : LEADING_LEGAL_FORMS;
  for (let length = Math.min(LONGEST_LEGAL_FORM, end - start - 1); length >= 1; length -= 1) {
    const slice = side === "end" ? texts.slice(end - length, end) : texts.slice(start, start + length);
    if (forms.has(slice.join(" "))) return length;
  }
  return 0;
}

/**
 * Returns the consonant skeleton of a token: vowels and the half-vowels W and
 * Y removed, doubled letters collapsed. Arabic and Hebrew script omit short
 * vowels, so a transliterated "MHMD" is compared with the skeleton of
 * "MOHAMMED" rather than with the full spelling.
 */
export function consonantSkeleton(text: string): string {
  return text.replace(/[AEIOUWY]/g, "").replace(/(.)\1+/g, "$1");
}
