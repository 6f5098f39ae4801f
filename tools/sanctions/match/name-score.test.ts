import { describe, expect, it } from "vitest";
import { normalizeName } from "../normalize/normalize-name.js";
import type { EntityType } from "../model/watchlist-entry.js";
import { alignNames, scoreName, weightedToken } from "./name-score.js";

/** Tokens with weight 1 unless listed in `weights`, as an index would give rare and common tokens. */
function tokensOf(name: string, type: EntityType = "person", weights: Record<string, number> = {}) {
  return normalizeName(name, type).tokens.map((token) => weightedToken(token.text, token.abjad, weights[token.text] ?? 1, token.syllabic));
}

const score = (left: string, right: string, type: EntityType = "person", weights: Record<string, number> = {}) =>
  scoreName(tokensOf(left, type, weights), tokensOf(right, type, weights));

describe("scoreName", () => {
  it("scores equal names 1 in any order", () => {
    expect(score("Germain Katanga", "Germain Katanga")).toBe(1);
    expect(score("KATANGA Germain", "Germain Katanga")).toBe(1);
  });

  it("pairs words written together with the two words", () => {
    expect(score("VladimirPutin", "Vladimir Putin")).toBeGreaterThan(0.95);
    expect(score("Good Will", "Goodwill", "organization")).toBeGreaterThan(0.95);
    expect(score("Nikolai Patr ushev", "Nikolai Patrushev")).toBeGreaterThan(0.95);
  });

  it("matches ABDULLAH however the compound is split", () => {
    expect(score("ABD ALLAH AZZAM", "ABDULLAH AZZAM")).toBeGreaterThan(0.9);
    expect(score("ABDEL LATIF RAFI", "ABD-AL-LATIF RAFI")).toBeGreaterThan(0.9);
    expect(score("عبد الله", "Abdullah")).toBeGreaterThan(0.85);
  });

  it("counts a replaced name part more than a missing one", () => {
    const missing = score("SADDAM HUSSEIN", "SADDAM HUSSEIN AL-TIKRITI");
    const replaced = score("SADDAM HUSSEIN AL-DULAIMI", "SADDAM HUSSEIN AL-TIKRITI");
    expect(missing).toBeGreaterThan(replaced);
    expect(replaced).toBeLessThan(0.74);
  });

  it("lets a common token move the score little", () => {
    const weights = { MOHAMMED: 0.2, AL: 0.15 };
    expect(score("MOHAMMED AL ZAHRANI", "MOHAMMED AL MASRI", "person", weights)).toBeLessThan(0.5);
  });

  it("scales down names that agree only in initials", () => {
    expect(score("N. N.", "Nursultan Nazarbayev")).toBeLessThan(0.5);
    expect(score("N. Nazarbayev", "Nursultan Nazarbayev")).toBeGreaterThan(0.9);
  });

  it("returns the token pairs behind the score", () => {
    const { pairs } = alignNames(tokensOf("Germain Katamga"), tokensOf("Germain Katanga"));
    expect(pairs.map((pair) => [pair.query, pair.listed])).toEqual([
      ["GERMAIN", "GERMAIN"],
      ["KATAMGA", "KATANGA"],
    ]);
    expect(pairs[1]!.similarity).toBeLessThan(1);
  });

  it("scores a name with no shared token 0", () => {
    expect(score("Pol Pot", "Angela Merkel")).toBe(0);
  });
});

describe("scoreName acronyms", () => {
  it("pairs an acronym with the name it abbreviates", () => {
    expect(score("PLA", "People's Liberation Army", "organization")).toBeGreaterThanOrEqual(0.9);
    expect(score("Islamic Revolutionary Guard Corps", "IRGC", "organization")).toBeGreaterThanOrEqual(0.9);
  });

  it("ignores letters that are not the acronym", () => {
    expect(score("LPA", "People's Liberation Army", "organization")).toBe(0);
  });
});
