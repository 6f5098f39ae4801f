import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CheckgraphError } from "../../../../src/errors/checkgraph-error.js";
import { INTERNAL_REGISTER_FILE, readInternalRegister } from "./read-internal-register.js";

const FOLDER = join(import.meta.dirname, "..", "testdata", "internal");
const FIXTURE = readFileSync(join(FOLDER, INTERNAL_REGISTER_FILE), "utf8");
const HEADER = FIXTURE.split("\n")[0]!;

describe("readInternalRegister", () => {
  it("reads the fixture register", async () => {
    const list = await readInternalRegister(FOLDER, "internal");
    expect(list.entries.map((entry) => [entry.entryId, entry.entityType])).toEqual([
      ["INT-0001", "person"],
      ["INT-0002", "organization"],
      ["INT-0003", "vessel"],
      ["INT-0004", "person"],
    ]);
    const person = list.entries[0]!;
    expect(person.aliases).toEqual([
      { name: "J. Invented Doe", kind: "aka", quality: "strong" },
      { name: "Jordan Doeinvent", kind: "aka", quality: "strong" },
    ]);
    expect(person.birthDates).toEqual([{ kind: "date", date: "1984-07-02" }]);
    expect(person.nationalities).toEqual(["GB"]);
    expect(person.listedOn).toBe("2025-11-03");
    expect(list.entries[1]!.identifiers.map((identifier) => identifier.kind)).toEqual(["bic", "registration"]);
    expect(list.entries[2]!.identifiers).toEqual([{ type: "imo", value: "9900056", country: null, kind: "imo" }]);
    expect(list.entries[3]!.birthDates).toEqual([
      { kind: "year", year: 1970, approximate: false },
      { kind: "month", year: 1971, month: 5 },
    ]);
  });
});

describe("readInternalRegister errors", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "checkgraph-register-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function errorFor(name: string, text: string): Promise<CheckgraphError> {
    const folder = join(scratch, name);
    mkdirSync(folder);
    writeFileSync(join(folder, INTERNAL_REGISTER_FILE), text);
    const error: unknown = await readInternalRegister(folder, "internal").then(() => null, (caught: unknown) => caught);
    if (!CheckgraphError.isInstance(error)) throw new Error(`expected a CheckgraphError, got ${String(error)}`);
    return error;
  }

  it.each([
    ["header", "id,name\nA,Someone\n", /line 1, column header/],
    ["entity-type", `${HEADER}\nX-1,company,Invented Co,,,,,,\n`, /line 2, column entity_type: "company"/],
    ["birth-date", `${HEADER}\nX-1,person,Invented Person,,02/07/1984,,,,\n`, /line 2, column date_of_birth/],
    ["identifier", `${HEADER}\nX-1,person,Invented Person,,,,990000333,,\n`, /line 2, column identifiers/],
    ["country", `${HEADER}\nX-1,person,Invented Person,,,Atlantis,,,\n`, /line 2, column country/],
    ["duplicate", `${HEADER}\nX-1,person,Invented Person,,,,,,\nX-1,person,Other Person,,,,,,\n`, /line 3, column id: the id X-1 is used twice/],
  ])("rejects an invalid %s", async (name, text, message) => {
    const error = await errorFor(name, text);
    expect(error.code).toBe("LISTS_UNAVAILABLE");
    expect(error.message).toMatch(message);
  });

  it("keeps birth dates out of errors", async () => {
    const error = await errorFor("private", `${HEADER}\nX-1,person,Invented Person,,02/07/1984,,,,\n`);
    expect(error.message).not.toContain("02/07/1984");
    expect(error.message).not.toContain("Invented Person");
  });
});
