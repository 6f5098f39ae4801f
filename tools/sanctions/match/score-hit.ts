import { countryCodeFromIso } from "../lists/country-code.js";
import type { WatchlistEntry } from "../model/watchlist-entry.js";
import type { HitDecision, ScorePiece, ScreeningHit, ScreeningQuery } from "../screening-types.js";
import { scoreBirthDate } from "./birth-date-score.js";
import { scoreCountry, scoreEntityType, scoreIdentifiers } from "./evidence-score.js";
import type { IndexedName } from "./name-index.js";
import type { NameAlignment } from "./name-score.js";
import { PIECE_WEIGHTS, type ScreeningThresholds } from "./scoring-defaults.js";

/** The best-scoring name of one entry for a query, with the factor its alias kind applies. */
export interface BestName {
  name: IndexedName;
  alignment: NameAlignment;
  /** Name score after the alias factor, 0 to 1. */
  value: number;
}

/**
 * Scores one entry for a query from its best name and the other evidence,
 * and returns the hit, or null when the total is under `potentialMatch`.
 */
export function scoreHit(query: ScreeningQuery, entry: WatchlistEntry, best: BestName, thresholds: ScreeningThresholds): ScreeningHit | null {
  const weights = query.entityType === "person" ? PIECE_WEIGHTS.person : PIECE_WEIGHTS.organization;
  const country = query.country ? countryCodeFromIso(query.country) : null;
  const dateOfBirth =
    query.entityType === "person" ? scoreBirthDate(query.birthDate, entry.birthDates) : { value: 0, note: "not used for organisations, vessels and aircraft" };
  const countryPiece =
    query.country && country === null ? { value: 0, note: "the queried country is not an ISO 3166-1 code" } : scoreCountry(country, entry);
  const alias = best.name.alias;
  const nameNote = alias === null ? "primary name" : `${alias.quality} ${alias.kind} alias`;

  const pieces: ScreeningHit["pieces"] = {
    name: { value: round(best.value), weight: weights.name, note: nameNote },
    dateOfBirth: { ...dateOfBirth, weight: weights.dateOfBirth },
    country: { ...countryPiece, weight: weights.country },
    entityType: { ...scoreEntityType(query.entityType, entry.entityType), weight: weights.entityType },
    identifier: { ...scoreIdentifiers(query.identifiers, entry), weight: weights.identifier },
  };
  const sum = Object.values(pieces).reduce((total, piece: ScorePiece) => total + piece.value * piece.weight, 0);
  const score = round(Math.min(1, Math.max(0, sum)));
  const [decision, reason] = decide(query, pieces, score, thresholds, best.value);
  if (decision === null) return null;

  return {
    listId: entry.listId,
    entryId: entry.entryId,
    matchedName: best.name.name,
    primaryName: entry.primaryName,
    entityType: entry.entityType,
    programs: entry.programs,
    score,
    decision,
    reason,
    pieces,
    tokenPairs: best.alignment.pairs.map((pair) => ({ ...pair, similarity: round(pair.similarity) })),
  };
}

/** Name score from which a listed name counts as the queried name itself, whatever the other evidence shows. */
export const SAME_NAME_SCORE = 0.95;

/** Name score an organisation, vessel or aircraft needs for a `match` without an identifier: the name must agree in full. */
export const FULL_NAME_SCORE = 0.99;

/**
 * Classifies a scored hit. An identical identifier is decisive. A person
 * needs agreeing evidence besides the name to be a `match`: a name alone,
 * however exact, goes to an analyst as a `potential_match`. The same name
 * with a conflicting birth date or country is still a `potential_match`,
 * because a false birth date must not be enough to pass screening. An
 * organisation needs its full name to agree for a `match`, so one fuzzy
 * word (ZENITH and ZENIT) or a shared generic word cannot decide it.
 */
function decide(
  query: ScreeningQuery,
  pieces: ScreeningHit["pieces"],
  score: number,
  thresholds: ScreeningThresholds,
  nameValue: number,
): [HitDecision | null, string] {
  if (pieces.identifier.value >= 1) return ["match", `identical identifier (${pieces.identifier.note})`];
  if (score < thresholds.potentialMatch) {
    // The floor applies to listed people only: a person's name equal to a company's is another kind of hit.
    if (query.entityType === "person" && pieces.entityType.value >= 0 && nameValue >= SAME_NAME_SCORE) {
      return ["potential_match", `the name matches (name score ${round(nameValue)}) although other evidence conflicts: an analyst must confirm it is another person`];
    }
    return [null, ""];
  }
  if (query.entityType !== "person" && score >= thresholds.match && nameValue < FULL_NAME_SCORE) {
    return ["potential_match", `score ${score} reaches the match threshold, but the names agree only in part (name score ${round(nameValue)})`];
  }
  if (score < thresholds.match) return ["potential_match", `score ${score} is between the potential-match (${thresholds.potentialMatch}) and match (${thresholds.match}) thresholds`];
  const corroborated = pieces.dateOfBirth.value > 0 || pieces.country.value > 0;
  if (query.entityType === "person" && !corroborated) {
    return ["potential_match", "the name reaches the match threshold, but no date of birth, nationality or identifier agrees"];
  }
  return ["match", `score ${score} is at or above the match threshold ${thresholds.match}`];
}

/** Rounds to four decimals, so scores print and compare stably. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
