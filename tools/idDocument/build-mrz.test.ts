import { describe, expect, it } from "vitest";
import { CheckgraphError } from "../../src/errors/checkgraph-error.js";
import { buildTd1Mrz, buildTd3Mrz, type MrzContent } from "./build-mrz.js";
import { parseMrz } from "./parse-mrz.js";

const content: MrzContent = {
  issuingState: "UTO",
  surname: "Eriksson",
  givenNames: "Anna Maria",
  documentNumber: "L898902C3",
  nationality: "UTO",
  birthDate: "1974-08-12",
  sex: "F",
  expiryDate: "2012-04-15",
  optionalData: "ZE184226B",
};

describe("buildTd3Mrz", () => {
  it("writes the ICAO specimen exactly", () => {
    expect(buildTd3Mrz(content)).toEqual([
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
      "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]);
  });

  it("parses back with every check digit valid", () => {
    const lines = buildTd3Mrz({ ...content, issuingState: "FRA", nationality: "FRA", documentNumber: "12AB34567", expiryDate: "2033-02-28" });
    const result = parseMrz(lines, "2026-01-01");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mrz.checkDigitsValid).toBe(true);
    expect(result.mrz.invalidFields).toEqual([]);
    expect(result.mrz.documentNumber).toBe("12AB34567");
    expect(result.mrz.expiryDate).toBe("2033-02-28");
    expect(result.mrz.personalNumber).toBe("ZE184226B");
  });

  it("transliterates and pads short numbers", () => {
    const [line1, line2] = buildTd3Mrz({ ...content, surname: "Groß-Müller", givenNames: "Zoë", documentNumber: "X12", optionalData: "" });
    expect(line1).toBe("P<UTOGROSS<MUELLER<<ZOE<<<<<<<<<<<<<<<<<<<<<");
    expect(line2.slice(0, 9)).toBe("X12<<<<<<");
    expect(line2.charAt(42)).toBe("<");
    const result = parseMrz([line1, line2], "2026-01-01");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mrz.checkDigitsValid).toBe(true);
  });

  it("rejects a document number that does not fit", () => {
    expect(() => buildTd3Mrz({ ...content, documentNumber: "L898902C3X" })).toThrow(/documentNumber: must be at most 9 characters/);
    try {
      buildTd3Mrz({ ...content, documentNumber: "L898902C3X" });
    } catch (error) {
      expect(CheckgraphError.isInstance(error)).toBe(true);
    }
  });

  it("rejects an invalid date", () => {
    expect(() => buildTd3Mrz({ ...content, birthDate: "1974-02-30" })).toThrow(/invalid date/);
  });
});

describe("buildTd1Mrz", () => {
  it("writes the ICAO specimens exactly", () => {
    expect(buildTd1Mrz({ ...content, documentNumber: "D23145890", optionalData: "ABC" })).toEqual([
      "I<UTOD231458907ABC<<<<<<<<<<<<",
      "7408122F1204159UTO<<<<<<<<<<<1",
      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ]);
    expect(buildTd1Mrz({ ...content, documentNumber: "D23145890123", optionalData: "" })).toEqual([
      "I<UTOD23145890<1233<<<<<<<<<<<",
      "7408122F1204159UTO<<<<<<<<<<<2",
      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ]);
  });

  it("parses back a long number with optional data", () => {
    const lines = buildTd1Mrz({ ...content, documentNumber: "AB1234567890", optionalData: "Q7" });
    const result = parseMrz(lines, "2026-01-01");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mrz.documentNumber).toBe("AB1234567890");
    expect(result.mrz.optionalData).toEqual(["Q7"]);
    expect(result.mrz.checkDigitsValid).toBe(true);
  });

  it("truncates names to the line", () => {
    const [, , names] = buildTd1Mrz({ ...content, surname: "Wolfeschlegelsteinhausenbergerdorff", givenNames: "Hubert" });
    expect(names).toHaveLength(30);
    expect(names).toBe("WOLFESCHLEGELSTEINHAUSENBERGER");
  });

  it("rejects a number longer than the overflow allows", () => {
    expect(() => buildTd1Mrz({ ...content, documentNumber: "A".repeat(23), optionalData: "" })).toThrow(/documentNumber/);
  });
});
