import { InputError } from "../../src/errors/checkgraph-error.js";
import { normalizeIdentifier } from "./match/evidence-score.js";
import { NameIndex, spansOfName } from "./match/name-index.js";
import { alignNames, NameAligner, weightedToken, type WeightedToken } from "./match/name-score.js";
import { round, scoreHit, type BestName } from "./match/score-hit.js";
import { DEFAULT_THRESHOLDS, MIN_NAME_SCORE, nameFactorOf, type ScreeningThresholds } from "./match/scoring-defaults.js";
import type { EntityType, LoadedWatchlist, WatchlistEntry } from "./model/watchlist-entry.js";
import { normalizeName } from "./normalize/normalize-name.js";
import type { ListUsed, ScreeningHit, ScreeningQuery, ScreeningResult } from "./screening-types.js";

/** Options of a screening engine; every field has a named default. */
export interface ScreeningEngineOptions {
  thresholds?: Partial<ScreeningThresholds>;
}

/** Id of the bundled demo watchlist. */
export const DEMO_LIST_ID = "demo";

/**
 * Screens names against loaded watchlists. Building it indexes every name
 * once; each `screen` call then scores only the candidates the index returns.
 */
export class ScreeningEngine {
  readonly thresholds: ScreeningThresholds;
  readonly listsUsed: ListUsed[];
  private readonly entries: WatchlistEntry[];
  private readonly index: NameIndex;
  /** Entry indexes by normalised identifier, so an identical passport or IMO number is found whatever the name. */
  private readonly byIdentifier = new Map<string, number[]>();
  /** Indexed name ids of each entry, by entry index. */
  private readonly namesOfEntry: number[][];

  constructor(lists: readonly LoadedWatchlist[], options: ScreeningEngineOptions = {}) {
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
    if (!(this.thresholds.potentialMatch > 0 && this.thresholds.potentialMatch <= this.thresholds.match && this.thresholds.match <= 1)) {
      throw new InputError([
        {
          field: "thresholds",
          message: `expected 0 < potentialMatch <= match <= 1, got potentialMatch ${this.thresholds.potentialMatch} and match ${this.thresholds.match}`,
          fix: "pass thresholds between 0 and 1 with potentialMatch not above match",
        },
      ]);
    }
    this.entries = lists.flatMap((list) => list.entries);
    this.listsUsed = lists.map((list) => ({ listId: list.listId, version: list.version, entries: list.entries.length }));
    this.index = new NameIndex(this.entries);
    this.namesOfEntry = this.entries.map(() => []);
    this.index.names.forEach((name, nameIndex) => this.namesOfEntry[name.entryIndex]!.push(nameIndex));
    this.entries.forEach((entry, entryIndex) => {
      for (const identifier of entry.identifiers) {
        const key = normalizeIdentifier(identifier.value);
        if (key.length < 5) continue;
        const indexes = this.byIdentifier.get(key) ?? [];
        if (indexes[indexes.length - 1] !== entryIndex) indexes.push(entryIndex);
        this.byIdentifier.set(key, indexes);
      }
    });
  }

  /** True when the bundled demo watchlist is among the lists. */
  get demo(): boolean {
    return this.listsUsed.some((list) => list.listId === DEMO_LIST_ID);
  }

  /** Screens one party and returns the hits at or above the potential-match threshold, best first. */
  screen(query: ScreeningQuery): ScreeningResult {
    const queryTokens = this.tokensOf(query);
    return this.collectHits(query, queryTokens, this.index.findCandidates(queryTokens, MIN_NAME_SCORE));
  }

  /**
   * Screens one party by scoring every name of every entry, without the
   * index. It returns what `screen` would if retrieval missed nothing; the
   * speed benchmark compares the two.
   */
  bruteForceScreen(query: ScreeningQuery): ScreeningResult {
    return this.collectHits(query, this.tokensOf(query), this.index.names.map((_, nameIndex) => nameIndex));
  }

  /**
   * Scores two names against each other (0 to 1) with the same normalisation
   * and token weights as `screen`, without looking either up in the lists.
   */
  compareNames(left: string, right: string, entityType: EntityType): number {
    const tokensOf = (name: string) =>
      normalizeName(name, entityType).tokens.map((token) => weightedToken(token.text, token.abjad, this.index.weightOf(token.text), token.syllabic));
    return round(alignNames(tokensOf(left), tokensOf(right)).score);
  }

  private tokensOf(query: ScreeningQuery): WeightedToken[] {
    const normalized = normalizeName(query.name, query.entityType);
    if (normalized.tokens.length === 0) {
      throw new InputError([{ field: "name", message: "contains no letters or digits", fix: "pass the party's full name" }]);
    }
    return normalized.tokens.map((token) => weightedToken(token.text, token.abjad, this.index.weightOf(token.text), token.syllabic));
  }

  private collectHits(query: ScreeningQuery, queryTokens: WeightedToken[], candidates: readonly number[]): ScreeningResult {
    // Keep the best-scoring name of each entry.
    const aligner = new NameAligner(queryTokens);
    const bestByEntry = new Map<number, BestName>();
    for (const nameIndex of candidates) {
      const name = this.index.names[nameIndex]!;
      const alignment = aligner.align(name.tokens, spansOfName(name));
      const value = alignment.score * nameFactorOf(name.alias);
      if (value < MIN_NAME_SCORE) continue;
      const best = bestByEntry.get(name.entryIndex);
      if (best === undefined || value > best.value) bestByEntry.set(name.entryIndex, { name, alignment, value });
    }
    this.addIdentifierCandidates(query, aligner, bestByEntry);

    const hits: ScreeningHit[] = [];
    for (const [entryIndex, best] of bestByEntry) {
      const hit = scoreHit(query, this.entries[entryIndex]!, best, this.thresholds);
      if (hit !== null) hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score || b.pieces.name.value - a.pieces.name.value || a.entryId.localeCompare(b.entryId));
    return { hits, listsUsed: this.listsUsed, demo: this.demo, candidatesExamined: candidates.length };
  }

  /** Adds entries that list one of the queried identifiers, scored on their best name however low. */
  private addIdentifierCandidates(query: ScreeningQuery, aligner: NameAligner, bestByEntry: Map<number, BestName>): void {
    for (const identifier of query.identifiers ?? []) {
      for (const entryIndex of this.byIdentifier.get(normalizeIdentifier(identifier.value)) ?? []) {
        if (bestByEntry.has(entryIndex)) continue;
        let best: BestName | undefined;
        for (const nameIndex of this.namesOfEntry[entryIndex]!) {
          const name = this.index.names[nameIndex]!;
          const alignment = aligner.align(name.tokens, spansOfName(name));
          const value = alignment.score * nameFactorOf(name.alias);
          if (best === undefined || value > best.value) best = { name, alignment, value };
        }
        if (best !== undefined) bestByEntry.set(entryIndex, best);
      }
    }
  }
}

/** Builds a screening engine over loaded watchlists, indexing every name once. */
export function createScreeningEngine(lists: readonly LoadedWatchlist[], options: ScreeningEngineOptions = {}): ScreeningEngine {
  return new ScreeningEngine(lists, options);
}
