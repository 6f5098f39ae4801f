import type { Alias, WatchlistEntry } from "../model/watchlist-entry.js";
import { consonantSkeleton, normalizeName, type NameToken } from "../normalize/normalize-name.js";
import { weightedToken, type WeightedToken } from "./name-score.js";

/** One name of one entry (its primary name or an alias), tokenised for matching. */
export interface IndexedName {
  entryIndex: number;
  name: string;
  /** Null for the primary name. */
  alias: Alias | null;
  tokens: WeightedToken[];
}

/** Tokens at most this long get no deletion keys: one deletion from "ALI" matches too much. */
const MIN_FUZZY_LENGTH = 4;
/** A token found in this many names or fewer has full weight 1. */
const RARE_NAME_COUNT = 20;
/** Weight floor for the most common tokens, so they still count a little. */
const MIN_TOKEN_WEIGHT = 0.15;

/**
 * Inverted index over every name of every entry. It finds candidate names
 * that share a token with the query exactly, within one edit, or by
 * consonant skeleton for Arabic and Hebrew input. One edit is found through
 * deletion keys: each token is also indexed under each one-letter deletion.
 * Screening then scores a few hundred names instead of the whole list.
 */
export class NameIndex {
  readonly names: IndexedName[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly deletionKeys = new Map<string, Set<string>>();
  private readonly skeletons = new Map<string, Set<string>>();
  private readonly nameCount: number;

  constructor(entries: readonly WatchlistEntry[]) {
    const tokenised: { entryIndex: number; name: string; alias: Alias | null; tokens: NameToken[] }[] = [];
    entries.forEach((entry, entryIndex) => {
      const type = entry.entityType === "person" ? "person" : "organization";
      const names: [string, Alias | null][] = [[entry.primaryName, null], ...entry.aliases.map((alias): [string, Alias] => [alias.name, alias])];
      for (const [name, alias] of names) {
        const { tokens } = normalizeName(name, type);
        if (tokens.length > 0) tokenised.push({ entryIndex, name, alias, tokens });
      }
    });

    this.nameCount = tokenised.length;
    tokenised.forEach((name, nameIndex) => {
      for (const text of new Set(name.tokens.map((token) => token.text))) this.addPosting(text, nameIndex);
    });
    for (const name of tokenised) {
      const tokens = name.tokens.map((token) => weightedToken(token.text, token.abjad, this.weightOf(token.text)));
      this.names.push({ entryIndex: name.entryIndex, name: name.name, alias: name.alias, tokens });
    }
  }

  /** Rarity weight of a token, 0.15 to 1, from how many indexed names contain it (an unknown token weighs 1). */
  weightOf(text: string): number {
    const count = this.postings.get(text)?.length ?? 0;
    if (count <= RARE_NAME_COUNT) return 1;
    const scale = Math.log(this.nameCount / RARE_NAME_COUNT);
    const weight = Math.log(this.nameCount / count) / scale;
    return Math.min(1, Math.max(MIN_TOKEN_WEIGHT, weight));
  }

  /** Returns the ids of indexed names that share a token with the query, exactly or within one edit. */
  findCandidates(query: readonly NameToken[]): Set<number> {
    const candidates = new Set<number>();
    for (const token of query) {
      for (const text of this.similarTokens(token)) {
        for (const nameIndex of this.postings.get(text) ?? []) candidates.add(nameIndex);
      }
    }
    return candidates;
  }

  private similarTokens(token: NameToken): Set<string> {
    if (token.abjad) return this.skeletons.get(consonantSkeleton(token.text)) ?? new Set();

    const similar = new Set<string>([token.text]);
    const keys = token.text.length >= MIN_FUZZY_LENGTH ? [token.text, ...deletionsOf(token.text)] : [token.text];
    for (const key of keys) {
      if (this.postings.has(key)) similar.add(key);
      for (const text of this.deletionKeys.get(key) ?? []) similar.add(text);
    }
    return similar;
  }

  private addPosting(text: string, nameIndex: number): void {
    const existing = this.postings.get(text);
    if (existing !== undefined) {
      existing.push(nameIndex);
      return;
    }
    this.postings.set(text, [nameIndex]);
    const skeleton = consonantSkeleton(text);
    if (skeleton !== "") addToSet(this.skeletons, skeleton, text);
    if (text.length >= MIN_FUZZY_LENGTH) {
      for (const key of deletionsOf(text)) addToSet(this.deletionKeys, key, text);
    }
  }
}

/** Returns every string made by deleting one character of `text`. */
function deletionsOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < text.length; i += 1) keys.add(text.slice(0, i) + text.slice(i + 1));
  return keys;
}

function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}
