import type { WatchlistEntry } from "../../tools/sanctions/model/watchlist-entry.js";

/**
 * Splits a name into its set of upper-case ASCII tokens, accents removed. It
 * is kept simpler than the matcher's normaliser on purpose, so the answer key
 * does not depend on the code being measured.
 */
export function tokenSetOf(name: string): string {
  const tokens = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((token) => token !== "");
  return [...new Set(tokens)].sort().join(" ");
}

/**
 * Returns the ids of the entries that are a right answer for a query: those
 * with a primary name or alias of the same token set. An empty set means the
 * query resolves to no entry and is left out of the rate.
 */
export function findRightEntries(query: string, entries: readonly WatchlistEntry[]): Set<string> {
  const wanted = tokenSetOf(query);
  const right = new Set<string>();
  for (const entry of entries) {
    const names = [entry.primaryName, ...entry.aliases.map((alias) => alias.name)];
    if (names.some((name) => tokenSetOf(name) === wanted)) right.add(entry.entryId);
  }
  return right;
}
