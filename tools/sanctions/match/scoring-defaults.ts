import type { Alias } from "../model/watchlist-entry.js";

/** Total-score cut-offs (0 to 1) that classify a hit. */
export interface ScreeningThresholds {
  /** At or above: `match`, which the policy declines. */
  match: number;
  /** At or above (and below `match`): `potential_match`, which the policy refers to an analyst. */
  potentialMatch: number;
}

/**
 * Default thresholds. A name alone reaches `potentialMatch` at a name score
 * of 0.74, the cut-off with the best F1 on the labelled name pairs used for
 * tuning. `match` needs a near-exact name and, for persons, agreeing
 * evidence (date of birth, nationality or identifier). An exact name with a
 * conflicting date of birth falls below `potentialMatch`.
 */
export const DEFAULT_THRESHOLDS: ScreeningThresholds = { match: 0.92, potentialMatch: 0.74 };

/**
 * Lowest name score a hit can have, whatever the other evidence: an agreeing
 * date of birth must not lift an unrelated name into a potential match.
 */
export const MIN_NAME_SCORE = 0.62;

/**
 * Weight of each score piece by the kind of party screened. The total is the
 * sum of value times weight: the name piece is 0 to 1, the others -1 to 1,
 * so agreeing evidence raises a hit and conflicting evidence lowers it. The
 * name weighs 1, so a query with no other evidence scores its name score.
 */
export const PIECE_WEIGHTS = {
  person: { name: 1, dateOfBirth: 0.3, country: 0.05, entityType: 0.3, identifier: 1 },
  organization: { name: 1, dateOfBirth: 0, country: 0.05, entityType: 0.3, identifier: 1 },
} as const;

/** Factor applied to the name score of a hit on each kind of name; weak aliases are vague, so they count less. */
export function nameFactorOf(alias: Pick<Alias, "kind" | "quality"> | null): number {
  if (alias === null) return 1;
  if (alias.quality === "weak") return 0.8;
  return alias.kind === "fka" ? 0.95 : 1;
}

/** Lowest token similarity (see `compareTokens`) at which two name tokens count as the same token. */
export const TOKEN_MATCH_MIN = 0.75;

/**
 * Extra weight, relative to the smaller side, of tokens left unpaired on both
 * sides: a name part replaced by another is stronger evidence of a different
 * party than a name part left out.
 */
export const CONFLICT_FACTOR = 1.5;

/**
 * How much an unmatched token of the listed name counts against a hit,
 * relative to an unmatched query token. Lists often carry middle names and
 * patronymics that a customer leaves out, so these count half.
 */
export const UNMATCHED_CANDIDATE_FACTOR = 0.5;

/** Factor on the score of names whose only paired tokens are initials, because initials carry little identity. */
export const INITIALS_ONLY_FACTOR = 0.5;

/**
 * Paired token weight below which a name score is scaled down in proportion.
 * Generic organisation words such as BANK weigh 0.25, so a name that shares
 * only such a word with a listed name is no hit. A shared given name
 * (ALEXANDER weighs about 0.7 on the OFAC, UN and UK lists) still counts.
 */
export const MIN_PAIRED_WEIGHT = 0.5;
