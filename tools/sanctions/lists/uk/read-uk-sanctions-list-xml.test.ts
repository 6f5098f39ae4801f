import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { parseUkBirthDate } from "./parse-uk-date.js";
import { readUkSanctionsListXml } from "./read-uk-sanctions-list-xml.js";

const FOLDER = join(import.meta.dirname, "..", "testdata", "uk_sanctions_list");

describe("readUkSanctionsListXml", () => {
  let list: LoadedWatchlist;
  const entry = (id: string): WatchlistEntry => list.entries.find((candidate) => candidate.entryId === id)!;

  beforeAll(async () => {
    list = await readUkSanctionsListXml(FOLDER, "uk_sanctions_list");
  });

  it("reads every designation", () => {
    expect(list.entries.map((candidate) => candidate.entryId)).toEqual(["RUS9901", "RUS9902", "RUS9903", "AFG9904", "CYB9905"]);
    expect(list.version).toMatchObject({ date: "2026-03-02", dateSource: "list" });
  });

  it("reads names by type and strength", () => {
    const person = entry("RUS9901");
    expect(person.primaryName).toBe("VYMYSHLENNY, Gennady Pavlovich");
    expect(person.aliases).toEqual([
      { name: "VYMYSHLENNYI, Gennadiy", kind: "aka", quality: "strong" },
      { name: "Gena the Builder", kind: "aka", quality: "weak" },
      { name: "Геннадий Павлович Вымышленный", kind: "original-script", quality: "strong" },
    ]);
  });

  it("reads individual details", () => {
    const person = entry("RUS9901");
    expect(person.birthDates).toEqual([
      { kind: "date", date: "1961-11-05" },
      { kind: "year", year: 1962, approximate: false },
    ]);
    expect(person.nationalities).toEqual(["RU"]);
    expect(person.identifiers).toEqual([
      { type: "Passport", value: "990000222", country: "Russia", kind: "passport" },
      { type: "National Identifier", value: "990012345678", country: null, kind: "tax-id" },
    ]);
    expect(person.listedOn).toBe("2022-03-10");
  });

  it("reads a ship with IMO and flag", () => {
    const ship = entry("RUS9903");
    expect(ship.entityType).toBe("vessel");
    expect(ship.identifiers).toEqual([{ type: "IMO", value: "9900034", country: null, kind: "imo" }]);
    expect(ship.countries).toEqual(["PA"]);
  });

  it("reads an entity's registration", () => {
    const entity = entry("RUS9902");
    expect(entity.entityType).toBe("organization");
    expect(entity.identifiers).toEqual([{ type: "Business Registration Number", value: "9900000000001", country: null, kind: "registration" }]);
    expect(entity.addresses).toEqual([{ text: "1 Example Prospekt, 101000, Russia", countryCode: "RU" }]);
  });
});

describe("parseUkBirthDate", () => {
  it.each([
    ["05/11/1961", { kind: "date", date: "1961-11-05" }],
    ["dd/mm/1950", { kind: "year", year: 1950, approximate: false }],
    ["00/00/1981", { kind: "year", year: 1981, approximate: false }],
    ["dd/03/1956", { kind: "month", year: 1956, month: 3 }],
    ["00/07/1970", { kind: "month", year: 1970, month: 7 }],
  ])("parses %s", (text, expected) => {
    expect(parseUkBirthDate(text)).toEqual(expected);
  });

  it("returns null for other text", () => {
    expect(parseUkBirthDate("1961")).toBeNull();
    expect(parseUkBirthDate("31/13/1961")).toBeNull();
  });
});
