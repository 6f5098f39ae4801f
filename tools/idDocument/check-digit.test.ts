import { describe, expect, it } from "vitest";
import { computeCheckDigit, isCheckDigitValid } from "./check-digit.js";

describe("computeCheckDigit", () => {
  it("weights digits 7, 3, 1 in turn", () => {
    // 5*7 + 2*3 + 0*1 + 7*7 = 35 + 6 + 0 + 49 = 90 -> 0
    expect(computeCheckDigit("5207")).toBe(0);
    // 1*7 + 1*3 + 1*1 = 11 -> 1
    expect(computeCheckDigit("111")).toBe(1);
  });

  it("counts letters as 10-35 and filler as 0", () => {
    expect(computeCheckDigit("A")).toBe(0); // 10*7 = 70
    expect(computeCheckDigit("Z")).toBe(5); // 35*7 = 245
    expect(computeCheckDigit("<<<")).toBe(0);
    expect(computeCheckDigit("B<")).toBe(7); // 11*7 = 77
  });

  it("matches ICAO specimen fields", () => {
    expect(computeCheckDigit("L898902C3")).toBe(6);
    expect(computeCheckDigit("740812")).toBe(2);
    expect(computeCheckDigit("120415")).toBe(9);
    expect(computeCheckDigit("ZE184226B<<<<<")).toBe(1);
  });

  it("rejects characters outside the MRZ set", () => {
    expect(() => computeCheckDigit("a")).toThrow(RangeError);
    expect(() => computeCheckDigit(" ")).toThrow(/only A-Z, 0-9 and </);
  });
});

describe("isCheckDigitValid", () => {
  it("accepts only the matching digit", () => {
    expect(isCheckDigitValid("740812", "2")).toBe(true);
    expect(isCheckDigitValid("740812", "3")).toBe(false);
  });

  it("rejects a filler or letter in the digit position", () => {
    expect(isCheckDigitValid("<<<", "<")).toBe(false);
    expect(isCheckDigitValid("740812", "A")).toBe(false);
  });
});
