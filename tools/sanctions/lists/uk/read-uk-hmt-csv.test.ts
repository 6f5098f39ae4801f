import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedDataPath } from "../../../../src/testing/shared-data.js";
import type { LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { readUkHmtCsv, UK_HMT_FILE } from "./read-uk-hmt-csv.js";

describe("readUkHmtCsv on the 2018 list", () => {
  let list: LoadedWatchlist;
  const entry = (id: string): WatchlistEntry => list.entries.find((candidate) => candidate.entryId === id)!;

  beforeAll(async () => {
    list = await readUkHmtCsv(sharedDataPath("sanctions", "uk_hmt"), "uk_hmt");
  });

  it("groups rows into entries", () => {
    expect(list.stats.entries).toBe(2_137);
    expect(new Set(list.entries.map((candidate) => candidate.entryId)).size).toBe(2_137);
    expect(list.entries.every((candidate) => candidate.primaryName !== "")).toBe(true);
  });

  it("dates the version by the newest update", () => {
    expect(list.version).toMatchObject({ date: "2018-11-29", dateSource: "list" });
  });

  it("reads a person with variant rows", () => {
    const person = entry("13349");
    expect(person.entityType).toBe("person");
    expect(person.primaryName).toBe("AL-HABABI, Nayef Salam Muhammad Ujaym");
    expect(person.aliases).toContainEqual({ name: "AL-QAHTANI, Sheikh Farooq", kind: "aka", quality: "strong" });
    expect(person.birthDates).toEqual([
      { kind: "year", year: 1981, approximate: false },
      { kind: "year", year: 1980, approximate: false },
    ]);
    expect(person.nationalities).toEqual(["SA", "QA"]);
    expect(person.identifiers).toContainEqual({ type: "Passport", value: "592667", country: null, kind: "passport" });
    expect(person.programs).toEqual(["The ISIL (Da'esh) and Al-Qaida organisations"]);
    expect(person.listedOn).toBe("2016-04-01");
  });

  it("reads a ship with its IMO number", () => {
    const ship = entry("13556");
    expect(ship.entityType).toBe("vessel");
    expect(ship.primaryName).toBe("TONG SAN 2");
    expect(ship.identifiers).toEqual([{ type: "IMO", value: "8937675", country: null, kind: "imo" }]);
  });

  it("reads full dates of birth", () => {
    expect(entry("12927").birthDates).toEqual([
      { kind: "date", date: "1965-03-29" },
      { kind: "date", date: "1970-01-18" },
    ]);
  });

  it("decodes Windows-1252 text", () => {
    const battalion = entry("13222");
    expect(battalion.remarks).toContain("People´s Republic");
    expect(battalion.remarks).toContain("so-called ’2nd Army Corps’ of the ‘Lugansk");
    expect(battalion.remarks).not.toContain("\uFFFD");
  });

  it("keeps remarks out of names", () => {
    const ansar = entry("13188");
    expect(ansar.remarks).toContain("Also referred to as Ansar al Charia in Libya");
    expect(ansar.aliases.map((alias) => alias.name)).not.toContain("Ansar al Charia in Libya");
  });
});

describe("readUkHmtCsv on a published file", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "checkgraph-uk-hmt-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function writeList(name: string, bytes: Buffer): string {
    const folder = join(scratch, name);
    mkdirSync(folder);
    writeFileSync(join(folder, UK_HMT_FILE), bytes);
    return folder;
  }

  it("skips the Last Updated line and header", async () => {
    const original = readFileSync(sharedDataPath("sanctions", "uk_hmt", UK_HMT_FILE));
    const rows = original.subarray(0, original.indexOf("\n", 2_000) + 1);
    const header =
      "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,Passport Details,NI Number," +
      "Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type," +
      "Alias Type,Regime,Listed On,Last Updated,Group ID\r\n";
    const published = writeList("published", Buffer.concat([Buffer.from("Last Updated,29/11/2018\r\n" + header), rows]));
    const rowsOnly = writeList("rows-only", rows);

    const withHeader = await readUkHmtCsv(published, "uk_hmt");
    const withoutHeader = await readUkHmtCsv(rowsOnly, "uk_hmt");
    expect(withHeader.entries.length).toBeGreaterThanOrEqual(3);
    expect(withHeader.entries).toEqual(withoutHeader.entries);
  });
});
