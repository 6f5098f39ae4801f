import { combineDirectionals, DIRECTIONALS } from "./directionals.js";
import { STREET_SUFFIXES } from "./street-suffixes.js";

/**
 * Checks whether tokens hold a street name besides a bare suffix: "5TH ST"
 * does, "ST" alone does not. It decides whether a directional next to them is
 * a directional or the street name itself ("NORTH ST", "AVENUE N").
 */
function containsStreetName(tokens: readonly string[]): boolean {
  if (tokens.length >= 2) return true;
  return tokens.length === 1 && !STREET_SUFFIXES.has(tokens[0]!);
}

/** Two directional words that Publication 28 does not combine (EAST WEST, NORTH SOUTH). */
function isUncombinedPair(first: string | undefined, second: string | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  return DIRECTIONALS.has(first) && DIRECTIONALS.has(second) && combineDirectionals(first, second) === null;
}

/** Removes a post-directional from the end, provided the rest still contains a street name. */
function takePostDirectional(tokens: string[]): { directional: string | null; rest: string[] } {
  const last = tokens.at(-1);
  const beforeLast = tokens.at(-2);

  if (beforeLast !== undefined && last !== undefined) {
    const combined = combineDirectionals(beforeLast, last);
    if (combined && containsStreetName(tokens.slice(0, -2))) return { directional: combined, rest: tokens.slice(0, -2) };
  }
  if (last !== undefined && DIRECTIONALS.has(last) && !isUncombinedPair(beforeLast, last)) {
    const rest = tokens.slice(0, -1);
    if (containsStreetName(rest)) return { directional: DIRECTIONALS.get(last)!, rest };
  }
  return { directional: null, rest: tokens };
}

/** Removes a pre-directional from the start, provided the rest still contains a street name. */
function takePreDirectional(tokens: string[]): { directional: string | null; rest: string[] } {
  const [first, second] = tokens;

  if (first !== undefined && second !== undefined) {
    const combined = combineDirectionals(first, second);
    if (combined && containsStreetName(tokens.slice(2))) return { directional: combined, rest: tokens.slice(2) };
  }
  if (first !== undefined && DIRECTIONALS.has(first) && !isUncombinedPair(first, second)) {
    const rest = tokens.slice(1);
    if (containsStreetName(rest)) return { directional: DIRECTIONALS.get(first)!, rest };
  }
  return { directional: null, rest: tokens };
}

/**
 * Standardises the street part of a delivery line, which is the tokens
 * between the house number and any secondary unit. Pre- and post-directionals
 * are abbreviated (NORTH to N, SOUTH WEST to SW), and the last word becomes
 * its Appendix C1 suffix abbreviation (AVENUE to AVE). A directional or
 * suffix that is the whole street name stays as written ("NORTH ST", "AVENUE N").
 *
 * NOTE: these rules cannot tell a directional that USPS records as part of
 * the name ("WEST END AVE" in Manhattan) from a pre-directional, so that case
 * comes out as "W END AVE". Only the USPS address database can settle it.
 */
export function standardiseStreetName(tokens: readonly string[]): string[] {
  const post = takePostDirectional([...tokens]);
  const pre = takePreDirectional(post.rest);
  const name = [...pre.rest];

  const last = name.at(-1);
  const suffix = last === undefined ? undefined : STREET_SUFFIXES.get(last);
  if (suffix !== undefined && name.length >= 2) name[name.length - 1] = suffix;

  return [pre.directional, ...name, post.directional].filter((token): token is string => token !== null);
}
