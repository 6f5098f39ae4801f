import { beforeAll, describe, expect, it } from "vitest";
import { sharedDataPath } from "../../src/testing/shared-data.js";
import { loadWatchlists } from "./lists/load-watchlists.js";
import { createScreeningEngine, type ScreeningEngine } from "./screening-engine.js";
import type { ScreeningQuery } from "./screening-types.js";

// Each test covers one way name screening is known to fail, on the real OFAC and UN files.
let engine: ScreeningEngine;

beforeAll(async () => {
  engine = createScreeningEngine(await loadWatchlists(sharedDataPath("sanctions")));
});

function hitOn(query: ScreeningQuery, listId: string, entryId: string) {
  return engine.screen(query).hits.find((hit) => hit.listId === listId && hit.entryId === entryId);
}

describe("screening known failure kinds", () => {
  it("reports no hit when only CORP, LTD or BANK is shared", () => {
    const queries = ["Zephyrine Orchard Bank Ltd", "Quillmore Corp", "Brightwater Trading Company Limited", "Bank Corp Ltd"];
    for (const name of queries) {
      expect(engine.screen({ name, entityType: "organization" }).hits, name).toEqual([]);
    }
  });

  it("matches legal forms written in other languages", () => {
    // SDN 18669 is listed as LIMITED LIABILITY COMPANY SBERBANK CAPITAL.
    const forms = ["OOO Sberbank Capital", "Sberbank Capital LLC", "Sberbank Capital GmbH", "Sberbank Capital Sp. z o.o.", "Sberbank Capital"];
    const scores = forms.map((name) => hitOn({ name, entityType: "organization" }, "us_ofac_sdn", "18669")?.score);
    for (const [index, score] of scores.entries()) expect(score, forms[index]).toBe(1);
    const cyrillic = hitOn({ name: "ООО «Сбербанк Капитал»", entityType: "organization" }, "us_ofac_sdn", "18669");
    expect(cyrillic?.score).toBeGreaterThanOrEqual(engine.thresholds.potentialMatch);
  });

  it("finds an alias that appears only in the remarks text", () => {
    // SDN 4243 (vessel EBANO) has "f.k.a. 'SAND SWAN'" in its Remarks and no SAND SWAN row in alt.csv.
    const hit = hitOn({ name: "Sand Swan", entityType: "vessel" }, "us_ofac_sdn", "4243");
    expect(hit).toBeDefined();
    expect(hit?.matchedName).toBe("SAND SWAN");
    expect(hit?.pieces.name.note).toBe("weak fka alias");
    // A weak alias counts less, so the name alone stays below `match`.
    expect(hit?.decision).toBe("potential_match");
  });

  it("never matches remarks text as a name", () => {
    const phrases = ["Vessel Registration Identification", "Additional Sanctions Information Subject to Secondary Sanctions", "Linked To"];
    for (const name of phrases) {
      const hits = engine.screen({ name, entityType: "organization" }).hits;
      expect(hits.map((hit) => hit.matchedName), name).toEqual([]);
    }
  });

  it("matches vessel names with numbers", () => {
    // SDN 17087 is HWANG GUM SAN 2; SDN 15092 is VALFAJR2, written without a space.
    expect(hitOn({ name: "Hwang Gum San 2", entityType: "vessel" }, "us_ofac_sdn", "17087")?.decision).toBe("match");
    expect(hitOn({ name: "M/V Hwang Gum San No. 2", entityType: "vessel" }, "us_ofac_sdn", "17087")).toBeDefined();
    expect(hitOn({ name: "Valfajr 2", entityType: "vessel" }, "us_ofac_sdn", "15092")?.decision).toBe("match");
    // A sister ship with another number is worth a look but is not the listed vessel.
    const sister = hitOn({ name: "Hwang Gum San 3", entityType: "vessel" }, "us_ofac_sdn", "17087");
    expect(sister?.decision).not.toBe("match");
  });

  it("does not match a common name with a conflicting birth date", () => {
    // SDN 21730 is TAYLOR, Mark, born in 1973.
    const conflicting = engine.screen({ name: "Mark Taylor", entityType: "person", birthDate: "1985-06-01" });
    expect(conflicting.hits.filter((hit) => hit.decision === "match")).toEqual([]);
    const agreeing = hitOn({ name: "Mark Taylor", entityType: "person", birthDate: "1973-06-01" }, "us_ofac_sdn", "21730");
    expect(agreeing?.decision).toBe("match");
  });

  it("still hits a long name with a typo", () => {
    // SDN 4107 is RODRIGUEZ OREJUELA, Gilberto Jose, born 31 Jan 1939.
    for (const name of ["Gilberto Jose Rodriguez Orejuala", "Gilberto Jsoe Rodriguez Orejuela", "Gilbert Jose Rodrigues Orejuela"]) {
      const hit = hitOn({ name, entityType: "person", birthDate: "1939-01-31" }, "us_ofac_sdn", "4107");
      expect(hit?.decision, name).toBe("match");
      expect(hit?.pieces.name.value, name).toBeLessThan(1);
    }
  });
});
