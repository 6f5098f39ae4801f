import { describe, expect, it } from "vitest";
import { matchMrzName } from "./name-match.js";
import { renderCharacter, toMrzName } from "./transliterate.js";

describe("matchMrzName transliteration", () => {
  const cases: Array<[applicant: string, mrz: string]> = [
    ["Müller", "MUELLER"],
    ["Müller", "MULLER"],
    ["Gößmann", "GOESSMANN"],
    ["Gößmann", "GOSSMANN"],
    ["Hämäläinen", "HAEMAELAEINEN"],
    ["Søren", "SOEREN"],
    ["Søren", "SOREN"],
    ["Åsa", "AASA"],
    ["Ærø", "AEROE"],
    ["Muñoz", "MUNOZ"],
    ["Muñoz", "MUNXXOZ"],
    ["José", "JOSE"],
    ["Łukasz", "LUKASZ"],
    ["Þórr", "THORR"],
    ["Ólafsdóttir", "OLAFSDOTTIR"],
    ["Дмитрий", "DMITRIY"],
    ["Дмитрий", "DMITRII"],
    ["Юлия", "IULIIA"],
    ["Юлия", "YULIYA"],
    ["Хрущёв", "KHRUSHCHEV"],
    ["Хрущёв", "HRUSHCHEV"],
    ["Анастасия", "ANASTASIIA"],
    ["Игорь", "IGOR"],
    ["Jean-Luc", "JEAN<LUC"],
    ["Jean-Luc", "JEAN LUC"],
    ["Jean-Luc", "JEANLUC"],
    ["O'Brien", "OBRIEN"],
    ["O’Brien", "O<BRIEN"],
    ["van der Berg", "VAN<DER<BERG"],
    ["  anna   maria ", "ANNA MARIA"],
    // Decomposed input (e followed by a combining acute) composes before lookup.
    ["Rene\u0301e", "RENEE"],
  ];

  for (const [applicant, mrz] of cases) {
    it(`matches ${applicant} with ${mrz}`, () => {
      expect(matchMrzName(applicant, mrz, false)).toBe("exact");
    });
  }

  it("rejects different names", () => {
    expect(matchMrzName("Smith", "SMYTH", false)).toBe("mismatch");
    expect(matchMrzName("Anna", "ANNA MARIA", false)).toBe("mismatch");
    expect(matchMrzName("Müller", "MILLER", false)).toBe("mismatch");
    expect(matchMrzName("Eriksson", "", false)).toBe("mismatch");
  });

  it("rejects transliterations ICAO does not allow", () => {
    expect(matchMrzName("Müller", "MUULLER", false)).toBe("mismatch");
    expect(matchMrzName("Mueller", "MULLER", false)).toBe("mismatch");
  });
});

describe("matchMrzName truncation", () => {
  it("accepts a last given name cut to an initial", () => {
    expect(matchMrzName("Anna Maria", "ANNA M", true)).toBe("truncated");
    expect(matchMrzName("Anna Maria", "ANNA<MAR", true)).toBe("truncated");
  });

  it("accepts a cut inside a multi-letter rendering", () => {
    expect(matchMrzName("Jörg", "JO", true)).toBe("truncated");
    expect(matchMrzName("Gößmann", "GOES", true)).toBe("truncated");
  });

  it("accepts given names cut away entirely", () => {
    expect(matchMrzName("Hubert Blaine", "", true)).toBe("truncated");
  });

  it("prefers exact when the whole name fits", () => {
    expect(matchMrzName("Anna", "ANNA", true)).toBe("exact");
  });

  it("rejects truncation the field does not allow", () => {
    expect(matchMrzName("Anna Maria", "ANNA M", false)).toBe("mismatch");
    expect(matchMrzName("Annabelle", "ANNA", false)).toBe("mismatch");
  });

  it("rejects a prefix that differs", () => {
    expect(matchMrzName("Anna Maria", "ANNA<K", true)).toBe("mismatch");
  });
});

describe("toMrzName", () => {
  it("uses the recommended transliteration", () => {
    expect(toMrzName("Müller-Lüdenscheidt")).toBe("MUELLER<LUEDENSCHEIDT");
    expect(toMrzName("O'Neill")).toBe("ONEILL");
    expect(toMrzName("  Åse  Ødegård ")).toBe("AASE<OEDEGAARD");
    expect(toMrzName("Muñoz")).toBe("MUNOZ");
  });
});

describe("renderCharacter", () => {
  it("lists the recommended form first", () => {
    expect(renderCharacter("ä")).toEqual(["AE", "A"]);
    expect(renderCharacter("ß")).toEqual(["SS"]);
    expect(renderCharacter("-")).toEqual(["<", ""]);
  });

  it("drops characters with no Latin form", () => {
    expect(renderCharacter("·")).toEqual([""]);
  });
});
