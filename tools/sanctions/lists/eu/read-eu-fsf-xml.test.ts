import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { readEuFsfXml } from "./read-eu-fsf-xml.js";

const FOLDER = join(import.meta.dirname, "..", "testdata", "eu_fsf");

describe("readEuFsfXml", () => {
  let list: LoadedWatchlist;
  const entry = (id: string): WatchlistEntry => list.entries.find((candidate) => candidate.entryId === id)!;

  beforeAll(async () => {
    list = await readEuFsfXml(FOLDER, "eu_fsf");
  });

  it("reads every sanction entity", () => {
    expect(list.entries.map((candidate) => candidate.entryId)).toEqual(["990101", "990102", "990103", "990104", "990105"]);
    expect(list.version).toMatchObject({ date: "2026-03-02", dateSource: "list" });
  });

  it("reads aliases by strength and script", () => {
    const person = entry("990101");
    expect(person.entityType).toBe("person");
    expect(person.primaryName).toBe("Boris Arkadievich Zemlyakov");
    expect(person.aliases).toEqual([
      { name: "Борис Аркадьевич Земляков", kind: "original-script", quality: "strong" },
      { name: "Boris Zemliakov", kind: "aka", quality: "weak" },
    ]);
  });

  it("reads birth dates, citizenship and passports", () => {
    const person = entry("990101");
    expect(person.birthDates).toEqual([{ kind: "date", date: "1968-09-21" }]);
    expect(person.nationalities).toEqual(["RU"]);
    expect(person.identifiers).toEqual([{ type: "National passport", value: "990000111", country: "RU", kind: "passport" }]);
    expect(person.programs).toEqual(["UKR"]);
    expect(person.remarks).toContain("Invented entry");
  });

  it("reads circa and month-only dates", () => {
    const person = entry("990103");
    expect(person.birthDates).toEqual([
      { kind: "year", year: 1975, approximate: true },
      { kind: "month", year: 1976, month: 3 },
    ]);
    expect(person.nationalities).toEqual([]);
    expect(person.countries).toEqual(["YE"]);
  });

  it("reads BIC, registration and IMO numbers", () => {
    expect(entry("990102").identifiers.map((identifier) => [identifier.kind, identifier.value])).toEqual([
      ["bic", "SEVIRUMM"],
      ["registration", "9900001234"],
    ]);
    expect(entry("990104").identifiers).toEqual([{ type: "Other identification number", value: "9900012", country: null, kind: "imo" }]);
    expect(entry("990105").programs).toEqual(["BLR"]);
  });
});
