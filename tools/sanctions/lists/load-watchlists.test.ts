import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CheckgraphError } from "../../../src/errors/checkgraph-error.js";
import { sharedDataPath } from "../../../src/testing/shared-data.js";
import type { LoadedWatchlist } from "../model/watchlist-entry.js";
import { loadDemoWatchlist } from "./load-demo-watchlist.js";
import { loadWatchlists } from "./load-watchlists.js";

async function loadError(directory: string): Promise<CheckgraphError> {
  const error: unknown = await loadWatchlists(directory).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!CheckgraphError.isInstance(error)) throw new Error(`expected a CheckgraphError for ${directory}, got ${String(error)}`);
  return error;
}

describe("loadWatchlists on the real lists", () => {
  let lists: LoadedWatchlist[];
  const byId = (listId: string) => lists.find((list) => list.listId === listId)!;

  beforeAll(async () => {
    lists = await loadWatchlists(sharedDataPath("sanctions"));
  });

  it("detects the lists by folder", () => {
    expect(lists.map((list) => list.listId)).toEqual(["uk_hmt", "un_sc", "us_ofac_non_sdn", "us_ofac_sdn"]);
  });

  it("counts UK HM Treasury groups", () => {
    expect(byId("uk_hmt").stats.entries).toBe(2_137);
    expect(byId("uk_hmt").version.download).toBeUndefined();
  });

  it("reads identifiers with their kind", () => {
    const identifiers = lists.flatMap((list) => list.entries.flatMap((entry) => entry.identifiers));
    expect(identifiers.filter((identifier) => identifier.kind === "imo").length).toBeGreaterThan(100);
    expect(identifiers.filter((identifier) => identifier.kind === "bic").length).toBeGreaterThan(10);
    expect(identifiers.filter((identifier) => identifier.kind === "passport").length).toBeGreaterThan(1_000);
  });

  it("counts SDN entries and orphan aliases", () => {
    const sdn = byId("us_ofac_sdn");
    expect(sdn.stats.entries).toBe(14_965);
    expect(sdn.stats.orphansSkipped.aliases).toBe(1_468);
    expect(sdn.version.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("counts UN individuals and entities", () => {
    const un = byId("un_sc");
    expect(un.entries.filter((entry) => entry.entityType === "person")).toHaveLength(730);
    expect(un.entries.filter((entry) => entry.entityType === "organization")).toHaveLength(273);
    expect(un.version).toMatchObject({ date: "2026-02-27", dateSource: "list" });
  });

  it("counts consolidated entries", () => {
    expect(byId("us_ofac_non_sdn").stats.entries).toBe(442);
    expect(byId("us_ofac_non_sdn").stats.orphansSkipped.aliases).toBe(0);
  });

  it("reads SDN remarks, aliases and addresses", () => {
    const taylor = byId("us_ofac_sdn").entries.find((entry) => entry.entryId === "21730")!;
    expect(taylor.entityType).toBe("person");
    expect(taylor.birthDates).toEqual([{ kind: "range", fromYear: 1972, toYear: 1974 }]);
    expect(taylor.nationalities).toEqual(["NZ"]);
    expect(taylor.aliases).toContainEqual({ name: "TAYLOR, Mark", kind: "aka", quality: "strong" });
    expect(taylor.aliases).toContainEqual({ name: "DANIEL, Mohammad", kind: "aka", quality: "weak" });
    expect(taylor.countries).toContain("SY");
  });

  it("reads UN aliases by quality and original script", () => {
    const saddam = byId("un_sc").entries.find((entry) => entry.entryId === "IQi.001")!;
    expect(saddam.birthDates).toEqual([{ kind: "date", date: "1937-04-28" }]);
    expect(saddam.aliases).toContainEqual({ name: "Abu Ali", kind: "aka", quality: "weak" });
    expect(saddam.aliases.some((alias) => alias.kind === "original-script")).toBe(true);
  });
});

describe("loadWatchlists on the fixtures", () => {
  it("loads the UK, EU and internal readers", async () => {
    const lists = await loadWatchlists(join(import.meta.dirname, "testdata"));
    expect(lists.map((list) => [list.listId, list.stats.entries])).toEqual([
      ["eu_fsf", 5],
      ["internal", 4],
      ["uk_sanctions_list", 5],
    ]);
  });
});

describe("loadWatchlists errors", () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "checkgraph-lists-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("rejects a missing directory", async () => {
    const error = await loadError(join(scratch, "does-not-exist"));
    expect(error.code).toBe("LISTS_UNAVAILABLE");
    expect(error.category).toBe("input");
    expect(error.message).toContain("SANCTIONS_LISTS_DIR");
    expect(error.context.reason).toBe("ENOENT");
  });

  it("rejects a directory with no recognised list", async () => {
    const empty = join(scratch, "empty");
    mkdirSync(join(empty, "unrelated"), { recursive: true });
    const error = await loadError(empty);
    expect(error.code).toBe("LISTS_UNAVAILABLE");
    expect(error.message).toContain("contains no recognised list folder");
    expect(error.message).toContain("SANCTIONS_LISTS_DIR");
  });

  it("rejects a path that is a file", async () => {
    const file = join(scratch, "file.txt");
    writeFileSync(file, "not a directory");
    const error = await loadError(file);
    expect(error.code).toBe("LISTS_UNAVAILABLE");
    expect(error.context.reason).toBe("ENOTDIR");
  });

  it("rejects a list folder without its main file", async () => {
    const broken = join(scratch, "broken");
    mkdirSync(join(broken, "us_ofac_sdn"), { recursive: true });
    const error = await loadError(broken);
    expect(error.code).toBe("LISTS_UNAVAILABLE");
    expect(error.message).toContain("sdn.csv");
  });
});

describe("loadDemoWatchlist", () => {
  it("loads invented entries labelled as such", async () => {
    const demo = await loadDemoWatchlist();
    expect(demo.listId).toBe("demo");
    expect(demo.entries.length).toBeGreaterThanOrEqual(6);
    expect(demo.entries.every((entry) => entry.programs.join() === "DEMO")).toBe(true);
    const petrov = demo.entries.find((entry) => entry.entryId === "990001")!;
    expect(petrov.primaryName).toBe("PETROV, Ivan Sergeyevich");
    expect(petrov.birthDates).toEqual([{ kind: "date", date: "1971-03-14" }]);
    expect(petrov.nationalities).toEqual(["RU"]);
    expect(petrov.aliases).toContainEqual({ name: "PETROFF, Ivan", kind: "aka", quality: "weak" });
  });
});
