import type { QueriedIdentifier } from "./match/evidence-score.js";
import type { TokenPair } from "./match/name-score.js";
import type { EntityType, ListVersion } from "./model/watchlist-entry.js";

export type { QueriedIdentifier } from "./match/evidence-score.js";
export type { TokenPair } from "./match/name-score.js";

/** A party to screen. */
export interface ScreeningQuery {
  /** Full name in any order and script; "SURNAME, Given" is reordered for persons. */
  name: string;
  entityType: EntityType;
  /** YYYY-MM-DD, or YYYY when only the birth year is known. */
  birthDate?: string | null;
  /** Nationality or country, ISO 3166-1 alpha-2 or alpha-3. */
  country?: string | null;
  /** Passport, IMO, BIC or other numbers; an identical listed number makes the hit a `match`. */
  identifiers?: QueriedIdentifier[];
}

/** One weighted piece of a hit's score: its value, its weight in the total, and a short reason. */
export interface ScorePiece {
  /** 0 to 1 for the name; -1 (conflicts) to 1 (agrees) for the other pieces. */
  value: number;
  weight: number;
  note: string;
}

/** Classification of a hit against the thresholds. */
export type HitDecision = "match" | "potential_match";

/** A watchlist entry that resembles the query closely enough to report. */
export interface ScreeningHit {
  listId: string;
  entryId: string;
  /** The primary name or alias that scored best. */
  matchedName: string;
  primaryName: string;
  entityType: EntityType;
  programs: string[];
  /** Sum of the pieces' value times weight, clamped to 0 to 1. */
  score: number;
  decision: HitDecision;
  /** Reason for the decision, in one sentence. */
  reason: string;
  pieces: { name: ScorePiece; dateOfBirth: ScorePiece; country: ScorePiece; entityType: ScorePiece; identifier: ScorePiece };
  /** Query tokens paired with tokens of the matched name, with their similarity (0 to 1). */
  tokenPairs: TokenPair[];
}

/** A list the engine screened against. */
export interface ListUsed {
  listId: string;
  version: ListVersion;
  entries: number;
}

/** Everything one screening returns. */
export interface ScreeningResult {
  /** Hits at or above the potential-match threshold, best first. */
  hits: ScreeningHit[];
  listsUsed: ListUsed[];
  /** True when the bundled demo watchlist (invented entries) was among the lists. */
  demo: boolean;
  /** Names (primary names and aliases) scored for this query; the rest of the lists were never compared. */
  candidatesExamined: number;
}
