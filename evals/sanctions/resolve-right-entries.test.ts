import { describe, expect, it } from "vitest";
import type { WatchlistEntry } from "../../tools/sanctions/model/watchlist-entry.js";
import { findRightEntries, tokenSetOf } from "./resolve-right-entries.js";

function entry(entryId: string, primaryName: string, aliases: string[] = []): WatchlistEntry {
  return {
    listId: "un_sc",
    entryId,
    entityType: "person",
    primaryName,
    aliases: aliases.map((name) => ({ name, kind: "aka", quality: "strong" })),
    birthDates: [],
    nationalities: [],
    countries: [],
    addresses: [],
    identifiers: [],
    programs: [],
  };
}

describe("findRightEntries", () => {
  it("accepts a primary name or alias with the same token set", () => {
    const entries = [entry("QDi.1", "ABDUL HAQ WASIQ"), entry("QDi.2", "MOHAMMAD NAIM", ["WASIQ, Abdul Haq"]), entry("QDi.3", "ABDUL HAQ")];
    expect([...findRightEntries("Wasiq Abdul-Haq", entries)].sort()).toEqual(["QDi.1", "QDi.2"]);
  });

  it("returns no entry when no token set is equal", () => {
    expect(findRightEntries("Abdul Haq Wasiqi", [entry("QDi.1", "ABDUL HAQ WASIQ")]).size).toBe(0);
  });
});

describe("tokenSetOf", () => {
  it("ignores order, case, accents and repeated tokens", () => {
    expect(tokenSetOf("José  MARÍA josé")).toBe(tokenSetOf("maria jose"));
  });
});
