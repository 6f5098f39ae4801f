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

const PLURALS: Record<EntityType, string> = { person: "persons", organization: "organisations", vessel: "vessels", aircraft: "aircraft" };

/**
 * Compares the queried party type with the entry's: a person never matches a
 * company, vessel or aircraft. An organisation query against a vessel or
 * aircraft conflicts only half, because owners and their ships share names.
 */
export function scoreEntityType(queried: EntityType, listed: EntityType): PieceValue {
  if (queried === listed) return { value: 0, note: `both are ${PLURALS[listed]}` };
  const article = listed === "organization" || listed === "aircraft" ? "an" : "a";
  const note = `queried ${queried}, entry is ${article} ${listed}`;
  if (queried === "person" || listed === "person") return { value: -1, note };
  return { value: -0.5, note };
}

/** A document or registration number given with a query. */
export interface QueriedIdentifier {
  /** Passport, IMO, BIC or the list's own label; informational, the value decides. */
  type?: string;
  value: string;
}

/**
 * Reduces an identifier to upper-case letters and digits, without an IMO
 * prefix, so "IMO 9187629" and "9187629", or "A-123 456" and "A123456",
 * compare equal.
 */
export function normalizeIdentifier(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, "").replace(/^IMO(?=\d{7}$)/, "");
}

/**
 * Compares queried identifiers with the entry's. An identical number is
 * decisive (value 1). A different number is no evidence against a hit,
 * because people hold several passports and lists are incomplete.
 */
export function scoreIdentifiers(queried: readonly QueriedIdentifier[] | undefined, entry: WatchlistEntry): PieceValue {
  if (queried === undefined || queried.length === 0) return { value: 0, note: "no identifier in the query" };
  const listed = new Map(entry.identifiers.map((identifier) => [normalizeIdentifier(identifier.value), identifier.type]));
  for (const identifier of queried) {
    const normalized = normalizeIdentifier(identifier.value);
    const type = normalized.length >= 5 ? listed.get(normalized) : undefined;
    if (type !== undefined) return { value: 1, note: `same ${type} number` };
  }
  return { value: 0, note: entry.identifiers.length === 0 ? "the entry lists no identifier" : "no listed identifier equals the queried ones" };
}
