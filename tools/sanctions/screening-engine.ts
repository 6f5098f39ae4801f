import { InputError } from "../../src/errors/checkgraph-error.js";
import { countryCodeFromIso } from "./lists/country-code.js";
import { scoreBirthDate } from "./match/birth-date-score.js";
import { scoreCountry, scoreEntityType } from "./match/evidence-score.js";
import { NameIndex, type IndexedName } from "./match/name-index.js";
import { weightedToken, scoreName } from "./match/name-score.js";
import { DEFAULT_THRESHOLDS, nameFactorOf, PIECE_WEIGHTS, type ScreeningThresholds } from "./match/scoring-defaults.js";
import type { LoadedWatchlist, WatchlistEntry } from "./model/watchlist-entry.js";
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
  }

  /** True when the bundled demo watchlist is among the lists. */
  get demo(): boolean {
    return this.listsUsed.some((list) => list.listId === DEMO_LIST_ID);
  }

  /** Screens one party and returns the hits at or above the potential-match threshold, best first. */
  screen(query: ScreeningQuery): ScreeningResult {
    const normalized = normalizeName(query.name, query.entityType);
    if (normalized.tokens.length === 0) {
      throw new InputError([{ field: "name", message: "contains no letters or digits", fix: "pass the party's full name" }]);
    }
    const queryTokens = normalized.tokens.map((token) => weightedToken(token.text, token.abjad, this.index.weightOf(token.text)));
    const candidates = this.index.findCandidates(normalized.tokens);

    // Keep the best-scoring name of each entry.
    const bestByEntry = new Map<number, { name: IndexedName; value: number }>();
    for (const nameIndex of candidates) {
      const name = this.index.names[nameIndex]!;
      const value = scoreName(queryTokens, name.tokens) * nameFactorOf(name.alias);
      const best = bestByEntry.get(name.entryIndex);
      if (best === undefined || value > best.value) bestByEntry.set(name.entryIndex, { name, value });
    }

    const hits: ScreeningHit[] = [];
    for (const [entryIndex, best] of bestByEntry) {
      const hit = this.scoreEntry(query, this.entries[entryIndex]!, best.name, best.value);
      if (hit !== null) hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits, listsUsed: this.listsUsed, demo: this.demo, candidatesExamined: candidates.size };
  }

  /**
   * Scores two names against each other (0 to 1) with the same normalisation
   * and token weights as `screen`, without looking either up in the lists.
   */
  compareNames(left: string, right: string, entityType: "person" | "organization"): number {
    const tokensOf = (name: string) =>
      normalizeName(name, entityType).tokens.map((token) => weightedToken(token.text, token.abjad, this.index.weightOf(token.text)));
    return round(scoreName(tokensOf(left), tokensOf(right)));
  }

  private scoreEntry(query: ScreeningQuery, entry: WatchlistEntry, name: IndexedName, nameValue: number): ScreeningHit | null {
    const weights = PIECE_WEIGHTS[query.entityType];
    const country = query.country ? countryCodeFromIso(query.country) : null;
    const dateOfBirth =
      query.entityType === "person"
        ? scoreBirthDate(query.birthDate, entry.birthDates)
        : { value: 0, note: "not used for organisations" };
    const countryPiece =
      query.country && country === null
        ? { value: 0, note: "the queried country is not an ISO 3166-1 code" }
        : scoreCountry(country, entry);
    const aliasNote = name.alias === null ? "primary name" : `${name.alias.quality} ${name.alias.kind} alias`;

    const pieces = {
      name: { value: round(nameValue), weight: weights.name, note: aliasNote },
      dateOfBirth: { ...dateOfBirth, weight: weights.dateOfBirth },
      country: { ...countryPiece, weight: weights.country },
      entityType: { ...scoreEntityType(query.entityType, entry.entityType), weight: weights.entityType },
    };
    const sum = Object.values(pieces).reduce((total, piece) => total + piece.value * piece.weight, 0);
    const score = round(Math.min(1, Math.max(0, sum)));
    if (score < this.thresholds.potentialMatch) return null;

    return {
      listId: entry.listId,
      entryId: entry.entryId,
      matchedName: name.name,
      primaryName: entry.primaryName,
      entityType: entry.entityType,
      programs: entry.programs,
      score,
      decision: score >= this.thresholds.match ? "match" : "potential_match",
      pieces,
    };
  }
}

/** Builds a screening engine over loaded watchlists, indexing every name once. */
export function createScreeningEngine(lists: readonly LoadedWatchlist[], options: ScreeningEngineOptions = {}): ScreeningEngine {
  return new ScreeningEngine(lists, options);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
