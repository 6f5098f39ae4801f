import type { Alias, WatchlistEntry } from "../model/watchlist-entry.js";
import { consonantSkeleton, normalizeName, type NameToken } from "../normalize/normalize-name.js";
import { acronymOf, spansOf, weightedToken, type Span, type WeightedToken } from "./name-score.js";
import { givenNameVariantsOf } from "../normalize/given-name-variants.js";
import { ORGANIZATION_GENERIC_WORDS } from "../normalize/name-vocabulary.js";
import { CONFLICT_FACTOR, UNMATCHED_CANDIDATE_FACTOR } from "./scoring-defaults.js";
import { TokenKeys } from "./token-keys.js";

/** One name of one entry (its primary name or an alias), tokenised for matching. */
export interface IndexedName {
  entryIndex: number;
  name: string;
  /** Null for the primary name. */
  alias: Alias | null;
  tokens: WeightedToken[];
  /** The name's spans for `NameAligner`, built on first use. */
  spans?: Span[];
}

/** Returns the spans of an indexed name, building and keeping them on first use. */
export function spansOfName(name: IndexedName): Span[] {
  name.spans ??= spansOf(name.tokens);
  return name.spans;
}

/** A token found in this many names or fewer has full weight 1. */
const RARE_NAME_COUNT = 20;
/** Weight of words such as BANK and GROUP that name no organisation on their own. */
const GENERIC_WORD_WEIGHT = 0.25;
/** Weight floor for the most common tokens, so they still count a little. */
const MIN_TOKEN_WEIGHT = 0.15;
/**
 * Weight of a number in a name. A vessel or fund with another number is
 * often a sister ship or a later series of the same owner, worth an
 * analyst's look, so a differing number lowers a hit without removing it.
 */
const NUMBER_WEIGHT = 0.35;

/**
 * Inverted index over every name of every entry. A query token finds the
 * names that contain it exactly, within one edit (through deletion keys),
 * with the same phonetic key, by consonant skeleton for Arabic and Hebrew
 * input, or written together with its neighbour (VLADIMIRPUTIN). Each found
 * name gets an upper bound of its name score from the query tokens it could
 * pair. Names whose bound is under the caller's minimum are never scored.
 */
export class NameIndex {
  readonly names: IndexedName[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly keys = new TokenKeys();
  private readonly nameCount: number;
  /** Per name: the query token that last raised its bound and by how much, so one query token counts once. */
  private readonly lastQueryToken: Int32Array;
  private readonly lastCredit: Float64Array;
  /** Per name, reset after each query: paired weight credited, query weight found, query tokens found. */
  private readonly credit: Float64Array;
  private readonly foundWeight: Float64Array;
  private readonly foundCount: Uint16Array;
  /** Per name: its token count. */
  private readonly tokenCounts: Uint16Array;

  constructor(entries: readonly WatchlistEntry[]) {
    const tokenised: { entryIndex: number; name: string; alias: Alias | null; tokens: NameToken[] }[] = [];
    entries.forEach((entry, entryIndex) => {
      const names: [string, Alias | null][] = [[entry.primaryName, null], ...entry.aliases.map((alias): [string, Alias] => [alias.name, alias])];
      for (const [name, alias] of names) {
        const { tokens } = normalizeName(name, entry.entityType);
        if (tokens.length > 0) tokenised.push({ entryIndex, name, alias, tokens });
      }
    });

    this.nameCount = tokenised.length;
    tokenised.forEach((name, nameIndex) => {
      for (const text of new Set(name.tokens.map((token) => token.text))) this.addPosting(text, nameIndex, false);
      // The name's acronym, so a query PLA finds PEOPLES LIBERATION ARMY.
      const acronym = acronymOf(name.tokens);
      if (acronym !== null) this.addPosting(acronym, nameIndex, true);
      // Adjacent tokens written together, so a query that joins them (ALRAWI, VLADIMIRPUTIN) finds the name.
      for (let i = 0; i + 1 < name.tokens.length; i += 1) {
        if (!name.tokens[i]!.abjad && !name.tokens[i + 1]!.abjad) this.addPosting(name.tokens[i]!.text + name.tokens[i + 1]!.text, nameIndex, true);
      }
    });
    // Names share most tokens, so each distinct token is built once and shared.
    const shared = new Map<string, WeightedToken>();
    for (const name of tokenised) {
      const tokens = name.tokens.map((token) => {
        const id = `${token.abjad ? "a" : token.syllabic ? "s" : "l"}${token.text}`;
        let weighted = shared.get(id);
        if (weighted === undefined) {
          weighted = weightedToken(token.text, token.abjad, this.weightOf(token.text), token.syllabic);
          shared.set(id, weighted);
        }
        return weighted;
      });
      this.names.push({ entryIndex: name.entryIndex, name: name.name, alias: name.alias, tokens });
    }
    this.lastQueryToken = new Int32Array(this.names.length).fill(-1);
    this.lastCredit = new Float64Array(this.names.length);
    this.credit = new Float64Array(this.names.length);
    this.foundWeight = new Float64Array(this.names.length);
    this.foundCount = new Uint16Array(this.names.length);
    this.tokenCounts = Uint16Array.from(this.names, (name) => name.tokens.length);
  }

  /** Rarity weight of a token, 0.15 to 1, from how many indexed names contain it (an unknown token weighs 1, a number 0.35, BANK 0.25). */
  weightOf(text: string): number {
    if (/^\d+$/.test(text)) return NUMBER_WEIGHT;
    if (ORGANIZATION_GENERIC_WORDS.has(text)) return GENERIC_WORD_WEIGHT;
    const count = this.postings.get(text)?.length ?? 0;
    if (count <= RARE_NAME_COUNT) return 1;
    const scale = Math.log(this.nameCount / RARE_NAME_COUNT);
    const weight = Math.log(this.nameCount / count) / scale;
    return Math.min(1, Math.max(MIN_TOKEN_WEIGHT, weight));
  }

  /**
   * Returns the ids of indexed names whose name score could reach
   * `minimumScore`. The bound assumes that every query token that found the
   * name pairs perfectly, with the lower of its weight and the found token's.
   * The other query tokens, and the listed tokens that must stay unpaired,
   * count against it as in `NameAligner`.
   */
  findCandidates(query: readonly WeightedToken[], minimumScore: number): number[] {
    const totalWeight = query.reduce((sum, token) => sum + token.weight, 0);
    const touched: number[] = [];
    const raise = (queryTokenId: number, queryWeight: number, foundWeight: number, nameIndex: number) => {
      const credit = Math.min(queryWeight, foundWeight);
      if (this.lastQueryToken[nameIndex] === -1) touched.push(nameIndex);
      if (this.lastQueryToken[nameIndex] === queryTokenId) {
        // The same query token found another token of this name: keep the larger credit only.
        if (credit > this.lastCredit[nameIndex]!) {
          this.credit[nameIndex] = this.credit[nameIndex]! + credit - this.lastCredit[nameIndex]!;
          this.lastCredit[nameIndex] = credit;
        }
        return;
      }
      this.lastQueryToken[nameIndex] = queryTokenId;
      this.lastCredit[nameIndex] = credit;
      this.credit[nameIndex] = this.credit[nameIndex]! + credit;
      this.foundWeight[nameIndex] = this.foundWeight[nameIndex]! + queryWeight;
      this.foundCount[nameIndex] = this.foundCount[nameIndex]! + 1;
    };

    query.forEach((token, position) => {
      // Initials are not looked up (one letter finds too much); the bound below assumes they pair.
      if (token.text.length === 1) return;
      for (const text of this.similarTokens(token)) {
        const postings = this.postings.get(text);
        if (postings === undefined) continue;
        const foundWeight = this.weightOf(text);
        for (const nameIndex of postings) raise(position, token.weight, foundWeight, nameIndex);
      }
    });
    // Two query tokens that a list writes as one word (GOOD WILL, GOODWILL).
    for (let i = 0; i + 1 < query.length; i += 1) {
      const [left, right] = [query[i]!, query[i + 1]!];
      if (left.abjad || right.abjad) continue;
      const weight = left.weight + right.weight;
      for (const nameIndex of this.postings.get(left.text + right.text) ?? []) raise(query.length + i, weight, weight, nameIndex);
    }

    const initials = query.filter((token) => token.text.length === 1);
    const initialsWeight = initials.reduce((sum, token) => sum + token.weight, 0);
    const candidates: number[] = [];
    for (const nameIndex of touched) {
      const credit = Math.min(this.credit[nameIndex]! + initialsWeight, totalWeight);
      const queryLeft = Math.max(0, totalWeight - this.foundWeight[nameIndex]! - initialsWeight);
      // Each found query token pairs with at most two listed tokens; the rest stay unpaired.
      const pairedAtMost = 2 * (this.foundCount[nameIndex]! + initials.length);
      const candidateLeft = Math.max(0, this.tokenCounts[nameIndex]! - pairedAtMost) * MIN_TOKEN_WEIGHT;
      const upperBound = (2 * credit) / (2 * credit + queryLeft + UNMATCHED_CANDIDATE_FACTOR * candidateLeft + CONFLICT_FACTOR * Math.min(queryLeft, candidateLeft));
      if (upperBound >= minimumScore) candidates.push(nameIndex);
      this.credit[nameIndex] = 0;
      this.foundWeight[nameIndex] = 0;
      this.foundCount[nameIndex] = 0;
      this.lastQueryToken[nameIndex] = -1;
    }
    return candidates;
  }

  private similarTokens(token: WeightedToken): Set<string> {
    if (token.abjad) return this.keys.bySkeleton(consonantSkeleton(token.text));
    const similar = this.keys.near(token.text, token.key);
    similar.add(token.text);
    for (const variant of givenNameVariantsOf(token.text)) similar.add(variant);
    return similar;
  }

  private addPosting(text: string, nameIndex: number, joined: boolean): void {
    const existing = this.postings.get(text);
    if (existing !== undefined) {
      if (existing[existing.length - 1] !== nameIndex) existing.push(nameIndex);
      return;
    }
    this.postings.set(text, [nameIndex]);
    if (!joined) this.keys.add(text);
  }
}
