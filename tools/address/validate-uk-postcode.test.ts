import { describe, expect, it } from "vitest";
import { validateUkPostcode } from "./validate-uk-postcode.js";

describe("validateUkPostcode", () => {
  it.each([
    ["SW1A 2AA", "SW1A 2AA", "SW1A", "2AA"],
    ["sw1a2aa", "SW1A 2AA", "SW1A", "2AA"],
    ["  Sw1A    2aA ", "SW1A 2AA", "SW1A", "2AA"],
    ["EC1A 1BB", "EC1A 1BB", "EC1A", "1BB"],
    ["W1A 0AX", "W1A 0AX", "W1A", "0AX"],
    ["M1 1AE", "M1 1AE", "M1", "1AE"],
    ["B33 8TH", "B33 8TH", "B33", "8TH"],
    ["CR2 6XH", "CR2 6XH", "CR2", "6XH"],
    ["DN55 1PT", "DN55 1PT", "DN55", "1PT"],
    ["BT1 5GS", "BT1 5GS", "BT1", "5GS"],
    ["JE2 3QA", "JE2 3QA", "JE2", "3QA"],
    ["N1C 4AA", "N1C 4AA", "N1C", "4AA"],
    ["BX1 1LT", "BX1 1LT", "BX1", "1LT"],
  ])("%j is valid as %s", (input, postcode, outwardCode, inwardCode) => {
    expect(validateUkPostcode(input)).toEqual({ valid: true, postcode, kind: "standard", outwardCode, inwardCode });
  });

  it.each([
    ["GIR 0AA", "GIR 0AA", "girobank"],
    ["gir0aa", "GIR 0AA", "girobank"],
    ["BFPO 123", "BFPO 123", "bfpo"],
    ["bfpo123", "BFPO 123", "bfpo"],
    ["BFPO 0801", "BFPO 801", "bfpo"],
  ])("accepts the special code %j as %s", (input, postcode, kind) => {
    expect(validateUkPostcode(input)).toMatchObject({ valid: true, postcode, kind });
  });

  it.each([
    ["Q1 1AA", "area Q"],
    ["SW1A 2A", "does not match"],
    ["12345", "does not match"],
    ["", "empty"],
    ["XX1 1AA", "area XX"],
    ["ZZ1 1AA", "area ZZ"],
    ["AB1 1CA", "letter C"],
    ["AB1 1AI", "letter I"],
    ["W1I 1AA", "letter I"],
    ["EC1Z 1AA", "letter Z"],
    ["SW1A 2AAA", "does not match"],
    ["BFPO 0", "start at 1"],
    ["BFPO 12345", "does not match"],
    ["GIR 0AB", "does not match"],
  ])("rejects %j (%s)", (input, reasonPart) => {
    const result = validateUkPostcode(input);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason).toContain(reasonPart);
  });
});
