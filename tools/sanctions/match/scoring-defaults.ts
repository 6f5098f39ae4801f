import type { Alias } from "../model/watchlist-entry.js";

/** Total-score cut-offs (0 to 1) that classify a hit. */
export interface ScreeningThresholds {
  /** At or above: `match`, which the policy declines. */
  match: number;
  /** At or above (and below `match`): `potential_match`, which the policy refers to an analyst. */
  potentialMatch: number;
}

/**
 * Default thresholds, tuned on the shared evaluation sets: a person needs a
 * near-exact name and an agreeing date of birth (or nationality) to reach
 * `match`, and an exact name with a conflicting birth year stays below
 * `potentialMatch`.
 */
export const DEFAULT_THRESHOLDS: ScreeningThresholds = { match: 0.92, potentialMatch: 0.75 };

/**
 * Weight of each score piece by the kind of party screened. The total is the
 * sum of value times weight: the name piece is 0 to 1, the others -1 to 1,
 * so agreeing evidence raises a hit and conflicting evidence lowers it.
 */
export const PIECE_WEIGHTS = {
  person: { name: 0.85, dateOfBirth: 0.15, country: 0.05, entityType: 0.3 },
  organization: { name: 1, dateOfBirth: 0, country: 0.05, entityType: 0.3 },
} as const;

/** Factor applied to the name score of a hit on each kind of name; weak aliases are vague, so they count less. */
export function nameFactorOf(alias: Pick<Alias, "kind" | "quality"> | null): number {
  if (alias === null) return 1;
  if (alias.quality === "weak") return 0.8;
  return alias.kind === "fka" ? 0.95 : 1;
}

/** Lowest Jaro-Winkler similarity at which two name tokens count as the same token. */
export const TOKEN_MATCH_MIN = 0.85;

/**
 * How much an unmatched token of the listed name counts against a hit,
 * relative to an unmatched query token. Lists often carry middle names and
 * patronymics that a customer leaves out, so these count half.
 */
export const UNMATCHED_CANDIDATE_FACTOR = 0.5;
