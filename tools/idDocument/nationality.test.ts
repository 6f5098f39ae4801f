import { describe, expect, it } from "vitest";
import { isSameNationality, toAlpha3Country } from "./nationality.js";

describe("toAlpha3Country", () => {
  it("converts ISO alpha-2 and keeps alpha-3", () => {
    expect(toAlpha3Country("de")).toBe("DEU");
    expect(toAlpha3Country("US")).toBe("USA");
    expect(toAlpha3Country("FRA")).toBe("FRA");
  });

  it("converts ICAO codes", () => {
    expect(toAlpha3Country("D")).toBe("DEU");
    for (const code of ["GBD", "GBN", "GBO", "GBP", "GBS"]) expect(toAlpha3Country(code), code).toBe("GBR");
    expect(toAlpha3Country("RKS")).toBe(toAlpha3Country("XK"));
  });

  it("returns null for codes naming no country", () => {
    for (const code of ["UTO", "XXA", "XXB", "UNO", "ZZ", "QQQ"]) expect(toAlpha3Country(code), code).toBeNull();
  });
});

describe("isSameNationality", () => {
  it("matches across code forms", () => {
    expect(isSameNationality("DE", "D")).toBe(true);
    expect(isSameNationality("DEU", "D")).toBe(true);
    expect(isSameNationality("GB", "GBN")).toBe(true);
    expect(isSameNationality("UK", "GBR")).toBe(true);
    expect(isSameNationality("se", "SWE")).toBe(true);
  });

  it("rejects other countries", () => {
    expect(isSameNationality("AT", "D")).toBe(false);
    expect(isSameNationality("US", "GBR")).toBe(false);
  });

  it("compares non-country codes literally", () => {
    expect(isSameNationality("XXA", "XXA")).toBe(true);
    expect(isSameNationality("DE", "XXA")).toBe(false);
  });
});
