import { describe, expect, it } from "vitest";
import { jaro, jaroWinkler } from "./jaro-winkler.js";

describe("jaroWinkler", () => {
  it.each([
    ["MARTHA", "MARHTA", 0.961],
    ["DWAYNE", "DUANE", 0.84],
    ["DIXON", "DICKSONX", 0.813],
  ])("scores %s / %s as %f", (left, right, expected) => {
    expect(jaroWinkler(left, right)).toBeCloseTo(expected, 3);
  });

  it("is symmetric", () => {
    expect(jaroWinkler("DICKSONX", "DIXON")).toBeCloseTo(jaroWinkler("DIXON", "DICKSONX"), 10);
  });

  it("returns 1 for equal and 0 for disjoint strings", () => {
    expect(jaroWinkler("PETROV", "PETROV")).toBe(1);
    expect(jaroWinkler("ABC", "XYZ")).toBe(0);
    expect(jaroWinkler("", "ABC")).toBe(0);
  });

  it("counts transpositions in Jaro", () => {
    expect(jaro("MARTHA", "MARHTA")).toBeCloseTo(0.944, 3);
  });
});
