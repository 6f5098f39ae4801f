import { describe, expect, it } from "vitest";
import { parseOfacDate } from "./parse-ofac-date.js";
import { parseOfacRemarks } from "./parse-ofac-remarks.js";

describe("parseOfacDate", () => {
  it.each([
    ["10 Aug 1966", { kind: "date", date: "1966-08-10" }],
    ["Aug 1966", { kind: "month", year: 1966, month: 8 }],
    ["1966", { kind: "year", year: 1966, approximate: false }],
    ["circa 1965", { kind: "year", year: 1965, approximate: true }],
    ["1965 to 1968", { kind: "range", fromYear: 1965, toYear: 1968 }],
    ["01 Jan 1960 to 31 Dec 1962", { kind: "range", fromYear: 1960, toYear: 1962 }],
  ])("parses %s", (text, expected) => {
    expect(parseOfacDate(text)).toEqual(expected);
  });

  it("returns null for other text", () => {
    expect(parseOfacDate("unknown")).toBeNull();
    expect(parseOfacDate("1970 to 1960")).toBeNull();
  });
});

describe("parseOfacRemarks", () => {
  const remarks =
    "DOB 10 Aug 1966; alt. DOB 1967; POB Tehran, Iran; nationality Iran; alt. nationality Syria; " +
    "Passport A1234567 (Iran); National ID No. 99-1 (Iran); a.k.a. 'ABU-'UMAR'; f.k.a. 'OLD NAME'.";

  it("reads dates of birth and nationalities", () => {
    const parsed = parseOfacRemarks(remarks);
    expect(parsed.birthDates).toEqual([
      { kind: "date", date: "1966-08-10" },
      { kind: "year", year: 1967, approximate: false },
    ]);
    expect(parsed.nationalities).toEqual(["IR", "SY"]);
  });

  it("reads identifiers with their country", () => {
    expect(parseOfacRemarks(remarks).identifiers).toEqual([
      { type: "Passport", value: "A1234567", country: "Iran", kind: "passport" },
      { type: "National ID No.", value: "99-1", country: "Iran", kind: "national-id" },
    ]);
  });

  it("reads remark aliases as weak", () => {
    expect(parseOfacRemarks(remarks).weakAliases).toEqual([
      { name: "ABU-'UMAR", kind: "aka", quality: "weak" },
      { name: "OLD NAME", kind: "fka", quality: "weak" },
    ]);
  });

  it("ignores clauses it does not know", () => {
    expect(parseOfacRemarks("Gender Male; (invented demo entry, not a real listing).")).toEqual({
      birthDates: [],
      nationalities: [],
      weakAliases: [],
      identifiers: [],
    });
  });
});
