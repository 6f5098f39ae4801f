import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDataPath } from "../../../src/testing/shared-data.js";
import { loadWatchlists } from "./load-watchlists.js";

function listsDirWithSdn(content: string | Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), "checkgraph-damaged-"));
  mkdirSync(join(directory, "us_ofac_sdn"));
  writeFileSync(join(directory, "us_ofac_sdn", "sdn.csv"), content);
  return directory;
}

describe("loadWatchlists on damaged files", () => {
  it("rejects an empty list file", async () => {
    await expect(loadWatchlists(listsDirWithSdn(""))).rejects.toMatchObject({
      code: "LISTS_UNAVAILABLE",
      message: expect.stringContaining("us_ofac_sdn"),
    });
  });

  it("rejects a file that is not OFAC CSV", async () => {
    await expect(loadWatchlists(listsDirWithSdn("hello,world\nthis is not a list\n\u001a"))).rejects.toMatchObject({
      code: "LISTS_UNAVAILABLE",
      message: expect.stringContaining("row 1 is not an OFAC entry"),
    });
  });

  it("rejects a truncated file", async () => {
    const full = readFileSync(sharedDataPath("sanctions", "us_ofac_sdn", "sdn.csv"));
    const error = await loadWatchlists(listsDirWithSdn(full.subarray(0, 20_000))).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "LISTS_UNAVAILABLE" });
    // The message names the file's folder but quotes none of its content.
    expect(String((error as Error).message)).toContain("us_ofac_sdn");
  });

  it("rejects a copy cut at a row boundary", async () => {
    const full = readFileSync(sharedDataPath("sanctions", "us_ofac_sdn", "sdn.csv"), "latin1");
    const cut = full.slice(0, full.indexOf("\r\n", Math.floor(full.length * 0.8)) + 2);
    await expect(loadWatchlists(listsDirWithSdn(Buffer.from(cut, "latin1")))).rejects.toMatchObject({
      code: "LISTS_UNAVAILABLE",
      message: expect.stringContaining("end-of-file byte 0x1A"),
    });
  });

  it("rejects UN XML cut off mid-element", async () => {
    const full = readFileSync(sharedDataPath("sanctions", "un_sc", "consolidated.xml"), "utf8");
    const directory = mkdtempSync(join(tmpdir(), "checkgraph-damaged-"));
    mkdirSync(join(directory, "un_sc"));
    writeFileSync(join(directory, "un_sc", "consolidated.xml"), full.slice(0, Math.floor(full.length * 0.85)));
    await expect(loadWatchlists(directory)).rejects.toMatchObject({
      code: "LISTS_UNAVAILABLE",
      message: expect.stringContaining("not well-formed XML"),
    });
  });

  it("loads a complete copy", async () => {
    const directory = listsDirWithSdn("");
    copyFileSync(sharedDataPath("sanctions", "us_ofac_sdn", "sdn.csv"), join(directory, "us_ofac_sdn", "sdn.csv"));
    const [list] = await loadWatchlists(directory);
    expect(list!.entries.length).toBe(14_965);
  });
});
