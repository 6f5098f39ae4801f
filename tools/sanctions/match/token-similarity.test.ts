import { describe, expect, it } from "vitest";
import { weightedToken } from "./name-score.js";
import { TOKEN_MATCH_MIN } from "./scoring-defaults.js";
import { compareTokens, editDistance, GIVEN_NAME_VARIANT_SIMILARITY, INITIAL_SIMILARITY, SAME_KEY_SIMILARITY } from "./token-similarity.js";

const token = (text: string, abjad = false, syllabic = false) => weightedToken(text, abjad, 1, syllabic);
const compare = (left: string, right: string) => compareTokens(token(left), token(right));

describe("editDistance", () => {
  it("counts a swap of adjacent letters as one edit", () => {
    expect(editDistance("SCHLOZ", "SCHOLZ")).toBe(1);
    expect(editDistance("KATANGA", "KATAMGA")).toBe(1);
    expect(editDistance("LUKASHEVICH", "LUKASHENKO")).toBe(4);
    expect(editDistance("", "ABC")).toBe(3);
  });
});

describe("compareTokens", () => {
  it("rates a one-letter typo above the pairing minimum", () => {
    expect(compare("OREJUELA", "OREJUALA")).toBeGreaterThan(0.85);
  });

  it("rates a different suffix below a typo", () => {
    expect(compare("LUKASHEVICH", "LUKASHENKO")).toBeLessThan(compare("LUKASHENKO", "LUKASHNKO"));
  });

  it("uses the phonetic key for transliteration variants", () => {
    expect(compare("HUSAYN", "HUSSEIN")).toBeGreaterThanOrEqual(SAME_KEY_SIMILARITY);
  });

  it("matches an initial to a name it starts", () => {
    expect(compare("J", "JOACHIM")).toBe(INITIAL_SIMILARITY);
    expect(compare("A", "JOACHIM")).toBe(0);
  });

  it("matches a short form to its given name", () => {
    expect(compare("BEN", "BENJAMIN")).toBe(GIVEN_NAME_VARIANT_SIMILARITY);
    expect(compare("TED", "THEODORE")).toBe(GIVEN_NAME_VARIANT_SIMILARITY);
  });

  it("requires numbers to be equal", () => {
    expect(compare("2004", "2005")).toBe(0);
    expect(compare("455", "455")).toBe(1);
  });

  it("compares an abjad token by consonant skeleton", () => {
    expect(compareTokens(token("MHMD", true), token("MOHAMMED"))).toBeGreaterThan(0.9);
    expect(compareTokens(token("HSN", true), token("HASSAN"))).toBeGreaterThan(0.9);
  });

  it("never pairs two different character readings", () => {
    expect(compareTokens(token("PENG", false, true), token("PING", false, true))).toBe(0);
    expect(compareTokens(token("EUN", false, true), token("UN"))).toBe(SAME_KEY_SIMILARITY);
  });

  it("does not trust a two-letter key between Latin tokens", () => {
    expect(compare("JULIA", "ALI")).toBeLessThan(TOKEN_MATCH_MIN);
    expect(compare("ALI", "AL")).toBe(0);
  });
});
