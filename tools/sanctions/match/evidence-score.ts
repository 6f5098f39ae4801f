import type { EntityType, WatchlistEntry } from "../model/watchlist-entry.js";
import type { PieceValue } from "./birth-date-score.js";

/**
 * Compares a queried country (ISO alpha-2) with an entry's nationalities and
 * linked countries. A differing nationality conflicts only weakly, because
 * people hold several and lists are incomplete.
 */
export function scoreCountry(country: string | null | undefined, entry: WatchlistEntry): PieceValue {
  if (!country) return { value: 0, note: "no country in the query" };
  if (entry.nationalities.includes(country)) return { value: 1, note: `nationality ${country} listed` };
  if (entry.countries.includes(country)) return { value: 0.5, note: `country ${country} linked to the entry` };
  if (entry.nationalities.length > 0) {
    return { value: -1, note: `listed nationality ${entry.nationalities.join(", ")} differs from ${country}` };
  }
  return { value: 0, note: "the entry lists no nationality" };
}

/** Compares the queried party type with the entry's: a person never matches a company, vessel or aircraft. */
export function scoreEntityType(queried: "person" | "organization", listed: EntityType): PieceValue {
  if (queried === listed) return { value: 0, note: `both are ${listed === "person" ? "persons" : "organisations"}` };
  const article = listed === "organization" || listed === "aircraft" ? "an" : "a";
  return { value: -1, note: `queried ${queried}, entry is ${article} ${listed}` };
}
