import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedDataPath } from "../../src/testing/shared-data.js";
import { buildTd1Mrz, buildTd3Mrz, type MrzContent } from "./build-mrz.js";
import { computeCheckDigit } from "./check-digit.js";
import { checkExpiry } from "./document-checks.js";
import { parseMrz, type ParsedMrz } from "./parse-mrz.js";

/** Application date the vectors are judged at; every specimen in the shared data expired before it. */
const APPLICATION_DATE = "2025-06-01";

interface Specimen {
  id: string;
  format: string;
  lines: string[];
  expect: Record<string, unknown>;
}

const specimens: Specimen[] = readFileSync(sharedDataPath("id-documents", "mrz-specimens.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Specimen);

function parseOrFail(lines: readonly string[], referenceDate = APPLICATION_DATE): ParsedMrz {
  const result = parseMrz(lines, referenceDate);
  if (!result.ok) throw new Error(`expected the MRZ to parse, got ${result.failure.reason}: ${result.failure.message}`);
  return result.mrz;
}

function replaceAt(line: string, index: number, character: string): string {
  return line.slice(0, index) + character + line.slice(index + 1);
}

/** Rewrites every check digit of a TD3 line 2 so a test can change a field without breaking its digits. */
function resealTd3(line: string): string {
  let sealed = line;
  for (const [start, length] of [[0, 9], [13, 6], [21, 6], [28, 14]] as const) {
    sealed = replaceAt(sealed, start + length, String(computeCheckDigit(sealed.slice(start, start + length))));
  }
  const composite = sealed.slice(0, 10) + sealed.slice(13, 20) + sealed.slice(21, 43);
  return replaceAt(sealed, 43, String(computeCheckDigit(composite)));
}

const holder: MrzContent = {
  issuingState: "D",
  surname: "Mustermann",
  givenNames: "Erika",
  documentNumber: "C01X00T47",
  nationality: "D",
  birthDate: "1983-08-12",
  sex: "F",
  expiryDate: "2031-10-31",
  optionalData: "",
};

describe("parseMrz specimens", () => {
  it("reads the shared vector file", () => {
    expect(specimens.length).toBeGreaterThanOrEqual(6);
  });

  for (const specimen of specimens) {
    it(`reproduces ${specimen.id}`, () => {
      const mrz = parseOrFail(specimen.lines);
      expect(mrz.format).toBe(specimen.format);

      for (const [field, expected] of Object.entries(specimen.expect)) {
        if (field === "expired") {
          expect(mrz.expiryDate, "expiryDate needed for expired").not.toBeNull();
          expect(checkExpiry(mrz.expiryDate ?? "", APPLICATION_DATE, "mrz").expired, field).toBe(expected);
        } else {
          expect(mrz[field as keyof ParsedMrz], field).toEqual(expected);
        }
      }
    });
  }
});

describe("parseMrz formats", () => {
  it("reads TD3 fields", () => {
    const mrz = parseOrFail(buildTd3Mrz({ ...holder, optionalData: "12345678" }));
    expect(mrz.format).toBe("TD3");
    expect(mrz.documentCode).toBe("P");
    expect(mrz.issuingState).toBe("D");
    expect(mrz.surname).toBe("MUSTERMANN");
    expect(mrz.givenNames).toBe("ERIKA");
    expect(mrz.documentNumber).toBe("C01X00T47");
    expect(mrz.birthDate).toBe("1983-08-12");
    expect(mrz.expiryDate).toBe("2031-10-31");
    expect(mrz.personalNumber).toBe("12345678");
    expect(mrz.invalidFields).toEqual([]);
  });

  it("reads TD2 optional data", () => {
    // TD2 specimen with optional data written in and every check digit recomputed.
    const upper = "D23145890" + "7" + "UTO" + "7408122" + "F" + "1204159" + "AB12<<<";
    const composite = upper.slice(0, 10) + upper.slice(13, 20) + upper.slice(21, 35);
    const mrz = parseOrFail(["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", upper + String(computeCheckDigit(composite))]);
    expect(mrz.format).toBe("TD2");
    expect(mrz.optionalData).toEqual(["AB12"]);
    expect(mrz.personalNumber).toBeNull();
    expect(mrz.checkDigitsValid).toBe(true);
  });

  it("reads both TD1 optional fields", () => {
    const lines = buildTd1Mrz({ ...holder, optionalData: "XY9" });
    const mrz = parseOrFail(lines);
    expect(mrz.format).toBe("TD1");
    expect(mrz.documentCode).toBe("I");
    expect(mrz.optionalData).toEqual(["XY9"]);
    expect(mrz.checkDigitsValid).toBe(true);
  });

  it("reads names with several parts", () => {
    const mrz = parseOrFail(buildTd3Mrz({ ...holder, surname: "van der Berg", givenNames: "Jan-Willem Pieter" }));
    expect(mrz.surname).toBe("VAN DER BERG");
    expect(mrz.givenNames).toBe("JAN WILLEM PIETER");
    expect(mrz.namesMayBeTruncated).toBe(false);
  });

  it("reads a name without given names", () => {
    const mrz = parseOrFail(buildTd3Mrz({ ...holder, surname: "Sukarno", givenNames: "" }));
    expect(mrz.surname).toBe("SUKARNO");
    expect(mrz.givenNames).toBe("");
  });

  it("flags a full name field as possibly truncated", () => {
    const mrz = parseOrFail(buildTd3Mrz({ ...holder, surname: "Wolfeschlegelsteinhausenbergerdorff", givenNames: "Hubert Blaine" }));
    expect(mrz.surname).toBe("WOLFESCHLEGELSTEINHAUSENBERGERDORFF");
    expect(mrz.givenNames).toBe("HU");
    expect(mrz.namesMayBeTruncated).toBe(true);
  });

  it("maps X and filler sex to unspecified", () => {
    expect(parseOrFail(buildTd3Mrz({ ...holder, sex: "unspecified" })).sex).toBe("unspecified");
    const [line1, line2] = buildTd3Mrz(holder);
    expect(parseOrFail([line1, resealTd3(replaceAt(line2, 20, "X"))]).sex).toBe("unspecified");
  });

  it("tolerates lower case and surrounding spaces", () => {
    const [line1, line2] = buildTd3Mrz(holder);
    const mrz = parseOrFail([`  ${line1.toLowerCase()} `, `\t${line2.toLowerCase()}`]);
    expect(mrz.surname).toBe("MUSTERMANN");
    expect(mrz.checkDigitsValid).toBe(true);
  });
});

describe("parseMrz check digits", () => {
  const [line1, line2] = buildTd3Mrz({ ...holder, optionalData: "ZE184226B" });

  const cases = [
    { name: "document number", index: 9, field: "documentNumberCheckDigit" },
    { name: "birth date", index: 19, field: "birthDateCheckDigit" },
    { name: "expiry date", index: 27, field: "expiryDateCheckDigit" },
    { name: "personal number", index: 42, field: "personalNumberCheckDigit" },
  ] as const;

  for (const testCase of cases) {
    it(`reports a wrong ${testCase.name} digit`, () => {
      const original = Number(line2.charAt(testCase.index));
      const mrz = parseOrFail([line1, replaceAt(line2, testCase.index, String((original + 1) % 10))]);
      expect(mrz.checkDigitsValid).toBe(false);
      // The composite digit covers every other check digit, so it fails too.
      expect(mrz.invalidFields).toEqual([testCase.field, "compositeCheckDigit"]);
    });
  }

  it("reports a wrong composite digit alone", () => {
    const original = Number(line2.charAt(43));
    const mrz = parseOrFail([line1, replaceAt(line2, 43, String((original + 1) % 10))]);
    expect(mrz.invalidFields).toEqual(["compositeCheckDigit"]);
    expect(mrz.checkDigitsValid).toBe(false);
  });

  it("reports a changed document number", () => {
    const mrz = parseOrFail([line1, replaceAt(line2, 0, "Q")]);
    expect(mrz.invalidFields).toEqual(["documentNumberCheckDigit", "compositeCheckDigit"]);
  });

  it("reports a changed birth date", () => {
    const mrz = parseOrFail([line1, replaceAt(line2, 18, line2.charAt(18) === "3" ? "4" : "3")]);
    expect(mrz.invalidFields).toEqual(["birthDateCheckDigit", "compositeCheckDigit"]);
  });

  it("reports a letter in a digit position", () => {
    const mrz = parseOrFail([line1, replaceAt(line2, 27, "A")]);
    expect(mrz.invalidFields).toContain("expiryDateCheckDigit");
  });

  it("accepts 0 or filler for an empty personal number", () => {
    const [emptyLine1, emptyLine2] = buildTd3Mrz(holder);
    expect(emptyLine2.charAt(42)).toBe("<");
    expect(parseOrFail([emptyLine1, emptyLine2]).checkDigitsValid).toBe(true);
    expect(parseOrFail([emptyLine1, resealTd3(emptyLine2)]).checkDigitsValid).toBe(true);
    const withZero = resealTd3(emptyLine2);
    expect(withZero.charAt(42)).toBe("0");
  });

  it("reports a wrong TD1 overflow digit", () => {
    const [first, second, third] = buildTd1Mrz({ ...holder, documentNumber: "D23145890123" });
    const broken = replaceAt(first, 18, first.charAt(18) === "3" ? "4" : "3");
    const mrz = parseOrFail([broken, second, third]);
    expect(mrz.documentNumber.startsWith("D23145890")).toBe(true);
    expect(mrz.invalidFields).toEqual(["documentNumberCheckDigit", "compositeCheckDigit"]);
  });

  it("reports TD1 and TD2 composite digits", () => {
    const [first, second, third] = buildTd1Mrz(holder);
    const td1 = parseOrFail([first, replaceAt(second, 29, String((Number(second.charAt(29)) + 1) % 10)), third]);
    expect(td1.invalidFields).toEqual(["compositeCheckDigit"]);

    const td2 = parseOrFail(["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<5"]);
    expect(td2.invalidFields).toEqual(["compositeCheckDigit"]);
  });
});

describe("parseMrz dates", () => {
  it("puts a birth year in the past", () => {
    const [line1, line2] = buildTd3Mrz(holder);
    const thisCentury = resealTd3(line2.slice(0, 13) + "250101" + line2.slice(19));
    expect(parseOrFail([line1, thisCentury], "2025-06-01").birthDate).toBe("2025-01-01");
    const lastCentury = resealTd3(line2.slice(0, 13) + "250701" + line2.slice(19));
    expect(parseOrFail([line1, lastCentury], "2025-06-01").birthDate).toBe("1925-07-01");
    expect(parseOrFail([line1, lastCentury], "2025-07-01").birthDate).toBe("2025-07-01");
  });

  it("reads expiry years as 20YY", () => {
    const [line1, line2] = buildTd3Mrz(holder);
    const expiry = resealTd3(line2.slice(0, 21) + "991231" + line2.slice(27));
    expect(parseOrFail([line1, expiry]).expiryDate).toBe("2099-12-31");
  });

  it("accepts a leap day only in leap years", () => {
    const [line1, line2] = buildTd3Mrz(holder);
    const leap = resealTd3(line2.slice(0, 13) + "000229" + line2.slice(19));
    expect(parseOrFail([line1, leap]).birthDate).toBe("2000-02-29");
    const notLeap = parseOrFail([line1, resealTd3(line2.slice(0, 13) + "010229" + line2.slice(19))]);
    expect(notLeap.birthDate).toBeNull();
    expect(notLeap.invalidFields).toEqual(["birthDate"]);
    expect(notLeap.checkDigitsValid).toBe(true);
  });

  it("reports impossible months and days", () => {
    const [line1, line2] = buildTd3Mrz(holder);
    const badMonth = parseOrFail([line1, resealTd3(line2.slice(0, 13) + "831312" + line2.slice(19))]);
    expect(badMonth.invalidFields).toEqual(["birthDate"]);
    const badDay = parseOrFail([line1, resealTd3(line2.slice(0, 21) + "310431" + line2.slice(27))]);
    expect(badDay.invalidFields).toEqual(["expiryDate"]);
    expect(badDay.expiryDate).toBeNull();
  });

  it("reports fillers in a date", () => {
    const [line1, line2] = buildTd3Mrz(holder);
    const unknownDay = parseOrFail([line1, resealTd3(line2.slice(0, 13) + "8308<<" + line2.slice(19))]);
    expect(unknownDay.invalidFields).toEqual(["birthDate"]);
  });
});

describe("parseMrz structure", () => {
  const [line1, line2] = buildTd3Mrz(holder);

  it("rejects a wrong line count", () => {
    const single = parseMrz([line1], APPLICATION_DATE);
    expect(single.ok).toBe(false);
    if (!single.ok) expect(single.failure.reason).toBe("lineCount");
    const four = parseMrz([line1, line2, line2, line2], APPLICATION_DATE);
    expect(four.ok ? null : four.failure.reason).toBe("lineCount");
  });

  it("rejects a short line", () => {
    const result = parseMrz([line1, line2.slice(0, 43)], APPLICATION_DATE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe("lineLength");
    expect(result.failure.line).toBe(2);
    expect(result.failure.message).toContain("43 characters, expected 44");
  });

  it("rejects an unknown first line length", () => {
    const result = parseMrz([line1.slice(0, 40), line2.slice(0, 40)], APPLICATION_DATE);
    expect(result.ok ? null : result.failure.reason).toBe("lineLength");
  });

  it("rejects a TD1 line of the wrong length", () => {
    const [first, second, third] = buildTd1Mrz(holder);
    const result = parseMrz([first, `${second}<`, third], APPLICATION_DATE);
    expect(result.ok ? null : result.failure.line).toBe(2);
  });

  it("rejects inner spaces and foreign characters", () => {
    for (const bad of [replaceAt(line1, 10, " "), replaceAt(line1, 10, "«"), replaceAt(line1, 10, "Ä")]) {
      const result = parseMrz([bad, line2], APPLICATION_DATE);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.failure.reason).toBe("characters");
      expect(result.failure.line).toBe(1);
      expect(result.failure.message).toContain("position 11");
    }
  });

  it("keeps MRZ content out of failure messages", () => {
    const result = parseMrz([replaceAt(line1, 10, "«"), line2], APPLICATION_DATE);
    expect(result.ok ? "" : result.failure.message).not.toContain("MUSTERMANN");
  });

  it("rejects visas", () => {
    const result = parseMrz([replaceAt(line1, 0, "V"), line2], APPLICATION_DATE);
    expect(result.ok ? null : result.failure.reason).toBe("unsupportedDocument");
  });

  it("reports malformed fields by name", () => {
    const digitInName = replaceAt(line1, 6, "1");
    const fillerState = line1.slice(0, 2) + "<<<" + line1.slice(5);
    const mrz = parseOrFail([fillerState.slice(0, 6) + digitInName.slice(6), resealTd3(replaceAt(line2, 20, "Q"))]);
    expect(mrz.invalidFields).toEqual(["issuingState", "names", "sex"]);
    expect(mrz.sex).toBeNull();
    expect(mrz.checkDigitsValid).toBe(true);
  });

  it("reports a digit in the nationality", () => {
    const mrz = parseOrFail([line1, resealTd3(line2.slice(0, 10) + "D1<" + line2.slice(13))]);
    expect(mrz.invalidFields).toEqual(["nationality"]);
  });

  it("reports an empty document number", () => {
    const mrz = parseOrFail([line1, resealTd3("<<<<<<<<<" + line2.slice(9))]);
    expect(mrz.invalidFields).toEqual(["documentNumber"]);
  });
});
