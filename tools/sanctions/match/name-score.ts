import { consonantSkeleton } from "../normalize/normalize-name.js";
import { isGivenNameVariant } from "../normalize/given-name-variants.js";
import { phoneticKey } from "../normalize/phonetic-key.js";
import { CONFLICT_FACTOR, INITIALS_ONLY_FACTOR, MIN_PAIRED_WEIGHT, TOKEN_MATCH_MIN, UNMATCHED_CANDIDATE_FACTOR } from "./scoring-defaults.js";
import { compareTokens, type WeightedToken } from "./token-similarity.js";

export type { WeightedToken } from "./token-similarity.js";

/** Builds a weighted token from its text, script flags and weight. */
export function weightedToken(text: string, abjad: boolean, weight: number, syllabic = false): WeightedToken {
  return { text, abjad, syllabic, skeleton: consonantSkeleton(text), key: abjad ? "" : phoneticKey(text), weight };
}

/**
 * A run of adjacent tokens of one name compared as one word: a single token,
 * two tokens written together (VLADIMIR PUTIN against VLADIMIRPUTIN), or the
 * initials of a whole name (PEOPLES LIBERATION ARMY against PLA).
 */
export interface Span {
  first: number;
  length: number;
  token: WeightedToken;
  /** Cache key: the text with its script flags, since the same letters from another script compare differently. */
  id: string;
}

interface Pair {
  query: Span;
  candidate: Span;
  similarity: number;
}

/** Returns every token of a name and every run of two adjacent non-abjad tokens, as spans. */
export function spansOf(tokens: readonly WeightedToken[]): Span[] {
  const spans: Span[] = tokens.map((token, first) => ({ first, length: 1, token, id: spanId(token) }));
  for (let first = 0; first + 1 < tokens.length; first += 1) {
    const [left, right] = [tokens[first]!, tokens[first + 1]!];
    if (left.abjad || right.abjad) continue;
    const token = weightedToken(left.text + right.text, false, left.weight + right.weight);
    spans.push({ first, length: 2, token, id: spanId(token) });
  }
  return spans;
}

function spanId(token: WeightedToken): string {
  return `${token.abjad ? "a" : token.syllabic ? "s" : "l"}${token.text}`;
}

/** Letter counts of the token being compared, reused between calls. */
const letterCounts = new Int16Array(128);

/**
 * Returns false when two tokens cannot reach `TOKEN_MATCH_MIN`, so the
 * costly comparison is skipped. Spelling similarity is the mean of the
 * unedited share and Jaro-Winkler (at most 1), so reaching the minimum
 * needs an unedited share of at least 2 * TOKEN_MATCH_MIN - 1. Letters one
 * token has and the other lacks each need an edit, which bounds that share.
 */
function couldPair(left: WeightedToken, right: WeightedToken): boolean {
  if (left.abjad !== right.abjad || left.text.length === 1 || right.text.length === 1) return true;
  if (left.key === right.key || isGivenNameVariant(left.text, right.text)) return true;
  const longest = Math.max(left.text.length, right.text.length);
  const maxEdits = (1 - (2 * TOKEN_MATCH_MIN - 1)) * longest;
  if (longest - Math.min(left.text.length, right.text.length) > maxEdits) return false;
  for (let i = 0; i < left.text.length; i += 1) letterCounts[left.text.charCodeAt(i) & 127]! += 1;
  let rightSurplus = 0;
  for (let i = 0; i < right.text.length; i += 1) {
    const code = right.text.charCodeAt(i) & 127;
    if (letterCounts[code]! > 0) letterCounts[code]! -= 1;
    else rightSurplus += 1;
  }
  let leftSurplus = 0;
  for (let i = 0; i < left.text.length; i += 1) {
    const code = left.text.charCodeAt(i) & 127;
    leftSurplus += letterCounts[code]!;
    letterCounts[code] = 0;
  }
  return Math.max(leftSurplus, rightSurplus) <= maxEdits;
}

/** The tokens `alignNames` paired, with their similarity, for explaining a hit. */
export interface TokenPair {
  query: string;
  listed: string;
  similarity: number;
}

/** A name score with the token pairs behind it. */
export interface NameAlignment {
  score: number;
  pairs: TokenPair[];
}

/** Scores a query name against a listed name, 0 to 1; see `alignNames`. */
export function scoreName(query: readonly WeightedToken[], candidate: readonly WeightedToken[]): number {
  return alignNames(query, candidate).score;
}

/** Scores a query name against a listed name and returns the token pairs too; see `NameAligner`. */
export function alignNames(query: readonly WeightedToken[], candidate: readonly WeightedToken[]): NameAlignment {
  return new NameAligner(query).align(candidate);
}

/**
 * Scores one query name against many listed names, independent of token
 * order. Tokens, and runs of two adjacent tokens written as one word, are
 * paired greedily, most similar first. A pair counts only at
 * `TOKEN_MATCH_MIN` or above, and never merges two tokens on both sides.
 * The score is the similarity-weighted share of token weight that was
 * paired. Unpaired query tokens count fully against it, unpaired listed
 * tokens by `UNMATCHED_CANDIDATE_FACTOR`, because lists carry middle names a
 * customer leaves out. When both sides keep unpaired tokens, one name part
 * was replaced by another (AL-TIKRITI by AL-MOSULI), which counts extra by
 * `CONFLICT_FACTOR`. Names that agree only in initials (N.N. and Nursultan
 * Nazarbayev) are scaled down by `INITIALS_ONLY_FACTOR`, and names whose
 * paired tokens weigh less than `MIN_PAIRED_WEIGHT` (BANK alone) in
 * proportion. Weights come from
 * token rarity, so common tokens (MOHAMMED, AL, BANK) move the score little.
 * Token similarities are cached per query, because thousands of listed names
 * share tokens.
 */
// NOTE: a pair is credited its full similarity, the setting with the best F1
// on the labelled pairs, so different surnames that share most letters
// (ZAHRANI, QAHTANI) can still make a potential match for an analyst.
export class NameAligner {
  private readonly query: readonly WeightedToken[];
  private readonly querySpans: Span[];
  private readonly similarities: Map<string, number>[];

  constructor(query: readonly WeightedToken[]) {
    this.query = query;
    this.querySpans = spansOf(query);
    this.similarities = this.querySpans.map(() => new Map());
  }

  /** Aligns the query with one listed name; `candidateSpans` may be passed when precomputed. */
  align(candidate: readonly WeightedToken[], candidateSpans: readonly Span[] = spansOf(candidate)): NameAlignment {
    const chosen: TokenPair[] = [];
    const query = this.query;
    if (query.length === 0 || candidate.length === 0) return { score: 0, pairs: chosen };

    const pairs: Pair[] = this.acronymPairs(candidate, candidateSpans);
    this.querySpans.forEach((querySpan, spanIndex) => {
      const cache = this.similarities[spanIndex]!;
      for (const candidateSpan of candidateSpans) {
        if (querySpan.length > 1 && candidateSpan.length > 1) continue;
        let similarity = cache.get(candidateSpan.id);
        if (similarity === undefined) {
          similarity = couldPair(querySpan.token, candidateSpan.token) ? compareTokens(querySpan.token, candidateSpan.token) : 0;
          cache.set(candidateSpan.id, similarity);
        }
        if (similarity >= TOKEN_MATCH_MIN) pairs.push({ query: querySpan, candidate: candidateSpan, similarity });
      }
    });
    if (pairs.length === 0) return { score: 0, pairs: chosen };
    // Most similar first; at equal similarity a single token before a merged run.
    pairs.sort((a, b) => b.similarity - a.similarity || a.query.length + a.candidate.length - (b.query.length + b.candidate.length));

    const queryPaired = new Array<boolean>(query.length).fill(false);
    const candidatePaired = new Array<boolean>(candidate.length).fill(false);
    const isFree = (paired: boolean[], span: Span) => {
      for (let i = span.first; i < span.first + span.length; i += 1) if (paired[i]) return false;
      return true;
    };
    let paired = 0;
    let total = 0;
    let wholeNamePaired = false;
    let information = 0;
    for (const pair of pairs) {
      if (!isFree(queryPaired, pair.query) || !isFree(candidatePaired, pair.candidate)) continue;
      if (pair.query.token.text.length > 1 && pair.candidate.token.text.length > 1) wholeNamePaired = true;
      chosen.push({ query: pair.query.token.text, listed: pair.candidate.token.text, similarity: pair.similarity });
      for (let i = 0; i < pair.query.length; i += 1) queryPaired[pair.query.first + i] = true;
      for (let i = 0; i < pair.candidate.length; i += 1) candidatePaired[pair.candidate.first + i] = true;
      // A misspelt query token is unknown to the index and weighs 1, so the lower weight is the informative one.
      const weight = Math.min(pair.query.token.weight, pair.candidate.token.weight);
      paired += 2 * weight * pair.similarity;
      total += 2 * weight;
      information += weight * pair.similarity;
    }

    let queryLeft = 0;
    let candidateLeft = 0;
    query.forEach((token, index) => {
      if (!queryPaired[index]) queryLeft += token.weight;
    });
    candidate.forEach((token, index) => {
      if (!candidatePaired[index]) candidateLeft += token.weight;
    });
    total += queryLeft + UNMATCHED_CANDIDATE_FACTOR * candidateLeft + CONFLICT_FACTOR * Math.min(queryLeft, candidateLeft);
    if (total === 0) return { score: 0, pairs: chosen };
    const initialsFactor = wholeNamePaired ? 1 : INITIALS_ONLY_FACTOR;
    const informationFactor = Math.min(1, information / MIN_PAIRED_WEIGHT);
    return { score: initialsFactor * informationFactor * (paired / total), pairs: chosen };
  }

  /** Pairs a query token that is the acronym of the whole listed name, or a listed token that is the query's acronym. */
  private acronymPairs(candidate: readonly WeightedToken[], candidateSpans: readonly Span[]): Pair[] {
    const pairs: Pair[] = [];
    const candidateAcronym = acronymOf(candidate);
    if (candidateAcronym !== null) {
      const whole = acronymSpan(candidate, candidateAcronym);
      for (const querySpan of this.querySpans) {
        if (querySpan.length === 1 && querySpan.token.text === candidateAcronym) pairs.push({ query: querySpan, candidate: whole, similarity: ACRONYM_SIMILARITY });
      }
    }
    const queryAcronym = acronymOf(this.query);
    if (queryAcronym !== null) {
      const whole = acronymSpan(this.query, queryAcronym);
      for (const candidateSpan of candidateSpans) {
        if (candidateSpan.length === 1 && candidateSpan.token.text === queryAcronym) pairs.push({ query: whole, candidate: candidateSpan, similarity: ACRONYM_SIMILARITY });
      }
    }
    return pairs;
  }
}

/** Similarity of an acronym to the name it abbreviates (PLA and PEOPLES LIBERATION ARMY). */
const ACRONYM_SIMILARITY = 0.9;

/** Returns the initials of a name of two to six Latin words, or null when it has no usable acronym. */
export function acronymOf(tokens: readonly { text: string; abjad: boolean; syllabic?: boolean }[]): string | null {
  if (tokens.length < 2 || tokens.length > 6) return null;
  if (tokens.some((token) => token.abjad || token.syllabic || token.text.length < 2 || !/^[A-Z]/.test(token.text))) return null;
  return tokens.map((token) => token.text[0]).join("");
}

function acronymSpan(tokens: readonly WeightedToken[], acronym: string): Span {
  const weight = tokens.reduce((sum, token) => sum + token.weight, 0);
  return { first: 0, length: tokens.length, token: weightedToken(acronym, false, weight), id: `acronym:${acronym}` };
}
