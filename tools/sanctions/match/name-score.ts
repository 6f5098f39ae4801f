import { consonantSkeleton } from "../normalize/normalize-name.js";
import { jaroWinkler } from "./jaro-winkler.js";
import { TOKEN_MATCH_MIN, UNMATCHED_CANDIDATE_FACTOR } from "./scoring-defaults.js";

/** A normalised name token with its rarity weight (0 to 1) and its consonant skeleton. */
export interface WeightedToken {
  text: string;
  abjad: boolean;
  skeleton: string;
  weight: number;
}

/**
 * Returns how alike two tokens are, 0 to 1. A token transliterated from
 * Arabic or Hebrew lacks most vowels, so it is compared with the other
 * token's consonant skeleton, at a small discount for the lost information.
 * Tokens of one or two letters must be equal, because Jaro-Winkler is
 * unreliable on them.
 */
export function compareTokens(left: WeightedToken, right: WeightedToken): number {
  if (left.text === right.text) return 1;
  if (left.abjad !== right.abjad) {
    if (left.skeleton === "" || right.skeleton === "") return 0;
    return left.skeleton === right.skeleton ? 0.95 : 0.95 * jaroWinkler(left.skeleton, right.skeleton);
  }
  if (Math.min(left.text.length, right.text.length) <= 2) return 0;
  return jaroWinkler(left.text, right.text);
}

/** Builds a weighted token from its text, script flag and weight. */
export function weightedToken(text: string, abjad: boolean, weight: number): WeightedToken {
  return { text, abjad, skeleton: consonantSkeleton(text), weight };
}

/**
 * Scores a query name against a listed name, 0 to 1, independent of token
 * order. Tokens are paired greedily, most similar first; a pair counts only
 * at `TOKEN_MATCH_MIN` or above. The score is the similarity-weighted share
 * of token weight that was paired: unpaired query tokens count fully against
 * it, unpaired listed tokens by `UNMATCHED_CANDIDATE_FACTOR`. Weights come
 * from the listed tokens' rarity, so common tokens (MOHAMMED, AL, BANK)
 * move the score little.
 */
// NOTE: tokens are compared one to one, so a name split differently
// (ABDULLAH against ABD ALLAH) pairs at most one of its parts.
export function scoreName(query: readonly WeightedToken[], candidate: readonly WeightedToken[]): number {
  if (query.length === 0 || candidate.length === 0) return 0;

  const pairs: { queryIndex: number; candidateIndex: number; similarity: number }[] = [];
  for (let q = 0; q < query.length; q += 1) {
    for (let c = 0; c < candidate.length; c += 1) {
      const similarity = compareTokens(query[q]!, candidate[c]!);
      if (similarity >= TOKEN_MATCH_MIN) pairs.push({ queryIndex: q, candidateIndex: c, similarity });
    }
  }
  pairs.sort((a, b) => b.similarity - a.similarity);

  const queryPaired = new Array<boolean>(query.length).fill(false);
  const candidatePaired = new Array<boolean>(candidate.length).fill(false);
  let paired = 0;
  let total = 0;
  for (const pair of pairs) {
    if (queryPaired[pair.queryIndex] || candidatePaired[pair.candidateIndex]) continue;
    queryPaired[pair.queryIndex] = true;
    candidatePaired[pair.candidateIndex] = true;
    // Both sides of a pair take the listed token's weight: it is the one whose rarity is known.
    const weight = candidate[pair.candidateIndex]!.weight;
    paired += 2 * weight * pair.similarity;
    total += 2 * weight;
  }
  query.forEach((token, index) => {
    if (!queryPaired[index]) total += token.weight;
  });
  candidate.forEach((token, index) => {
    if (!candidatePaired[index]) total += UNMATCHED_CANDIDATE_FACTOR * token.weight;
  });
  return total === 0 ? 0 : paired / total;
}
