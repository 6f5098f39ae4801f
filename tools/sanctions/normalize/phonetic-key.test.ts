import { describe, expect, it } from "vitest";
import { phoneticKey } from "./phonetic-key.js";

describe("phoneticKey", () => {
  it.each([
    ["HUSAYN", "HUSSEIN"],
    ["USAMA", "OSAMA"],
    ["MOHAMMED", "MUHAMAD"],
    ["WOLODYMYR", "VOLODYMYR"],
    ["SELENSKYJ", "ZELENSKYY"],
    ["GIM", "KIM"],
    ["JEONG", "JONG"],
    ["SCHULTZ", "SHULTS"],
  ])("folds %s and %s together", (left, right) => {
    expect(phoneticKey(left)).toBe(phoneticKey(right));
  });

  it.each([
    ["JULIA", "ALI"],
    ["PUTIN", "PATEL"],
    ["LUKASHENKO", "LUKASHEVICH"],
  ])("keeps %s and %s apart", (left, right) => {
    expect(phoneticKey(left)).not.toBe(phoneticKey(right));
  });

  it("keeps a leading J or Y as a consonant", () => {
    expect(phoneticKey("YUSUF")).toBe("YSF");
    expect(phoneticKey("JUSUF")).toBe("YSF");
  });
});
