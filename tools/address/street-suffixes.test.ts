import { describe, expect, it } from "vitest";
import { STREET_SUFFIXES } from "./street-suffixes.js";

describe("STREET_SUFFIXES", () => {
  it.each([
    ["AVENUE", "AVE"],
    ["AVE", "AVE"],
    ["AV", "AVE"],
    ["AVEN", "AVE"],
    ["AVNUE", "AVE"],
    ["STREET", "ST"],
    ["STR", "ST"],
    ["STRT", "ST"],
    ["BOULEVARD", "BLVD"],
    ["BOUL", "BLVD"],
    ["ROAD", "RD"],
    ["DRIVE", "DR"],
    ["LANE", "LN"],
    ["COURT", "CT"],
    ["PLACE", "PL"],
    ["TERRACE", "TER"],
    ["CIRCLE", "CIR"],
    ["PARKWAY", "PKWY"],
    ["PARKWAYS", "PKWY"],
    ["HIGHWAY", "HWY"],
    ["EXPRESSWAY", "EXPY"],
    ["CROSSING", "XING"],
    ["CENTRE", "CTR"],
    ["HEIGHTS", "HTS"],
    ["HT", "HTS"],
    ["TURNPIKE", "TPKE"],
    ["STRAVENUE", "STRA"],
    ["MEADOWS", "MDWS"],
    ["PARKS", "PARK"],
    ["WALKS", "WALK"],
  ])("maps %s to %s", (spelling, standard) => {
    expect(STREET_SUFFIXES.get(spelling)).toBe(standard);
  });

  it("keeps MDW as the MEADOW abbreviation", () => {
    // Appendix C1 lists MDW under both MEADOW and MEADOWS, but a standard abbreviation must keep its meaning.
    expect(STREET_SUFFIXES.get("MEADOW")).toBe("MDW");
    expect(STREET_SUFFIXES.get("MDW")).toBe("MDW");
  });

  it("maps every standard abbreviation to itself", () => {
    for (const standard of new Set(STREET_SUFFIXES.values())) {
      expect(STREET_SUFFIXES.get(standard), standard).toBe(standard);
    }
  });

  it("contains only upper-case letters", () => {
    for (const [spelling, standard] of STREET_SUFFIXES) {
      expect(spelling).toMatch(/^[A-Z]+$/);
      expect(standard).toMatch(/^[A-Z]+$/);
    }
  });

  it("leaves words that are not suffixes out", () => {
    expect(STREET_SUFFIXES.has("MAIN")).toBe(false);
    expect(STREET_SUFFIXES.has("NORTH")).toBe(false);
    expect(STREET_SUFFIXES.has("APARTMENT")).toBe(false);
  });
});
