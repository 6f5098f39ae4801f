import { describe, expect, it } from "vitest";
import type { EntityType } from "../model/watchlist-entry.js";
import { consonantSkeleton, normalizeName, reorderSurnameFirst } from "./normalize-name.js";

const texts = (name: string, type: EntityType = "person") => normalizeName(name, type).tokens.map((token) => token.text);

describe("normalizeName", () => {
  it("reorders SURNAME, Given for people", () => {
    expect(texts("TAYLOR, Mark John")).toEqual(["MARK", "JOHN", "TAYLOR"]);
    expect(reorderSurnameFirst("CECOEX, S.A.")).toBe("S.A. CECOEX");
    expect(texts("CECOEX, S.A.", "organization")).toEqual(["CECOEX"]);
  });

  it("removes diacritics, case and punctuation", () => {
    expect(texts("José-María Núñez O'Brien")).toEqual(["JOSE", "MARIA", "NUNEZ", "OBRIEN"]);
    expect(texts("Łukasz Groß")).toEqual(["LUKASZ", "GROSS"]);
  });

  it("transliterates Cyrillic with the -y ending", () => {
    expect(texts("Дмитрий Медведев")).toEqual(["DMITRY", "MEDVEDEV"]);
  });

  it("transliterates Greek", () => {
    expect(texts("Νικόλαος")).toEqual(["NIKOLAOS"]);
  });

  it("marks Arabic tokens and splits the article", () => {
    const name = normalizeName("صدام حسين التكريتي", "person");
    expect(name.tokens.map((token) => token.text)).toEqual(["SDM", "HSYN", "AL", "TKRYTY"]);
    expect(name.tokens.map((token) => token.abjad)).toEqual([true, true, false, true]);
  });

  it("splits Chinese characters into syllables", () => {
    expect(texts("王伟")).toEqual(["WANG", "WEI"]);
  });

  it("drops honorifics for people only", () => {
    expect(texts("Dr. Ayman AL ZAWAHIRI")).toEqual(["AYMAN", "AL", "ZAWAHIRI"]);
    expect(texts("Sheikh Haji Omar")).toEqual(["OMAR"]);
    expect(texts("Doctor Who Ltd", "organization")).toEqual(["DOCTOR", "WHO"]);
  });

  it("keeps a lone honorific rather than an empty name", () => {
    expect(texts("Sheikh")).toEqual(["SHEIKH"]);
  });

  it("sets legal forms aside for organisations", () => {
    for (const name of ["Acme Limited", "ACME LTD.", "Acme, LLC", "OOO Acme", "Acme Co., Ltd.", "Joint Stock Company Acme", "ACME S.A. de C.V."]) {
      expect(texts(name, "organization"), name).toEqual(["ACME"]);
    }
    expect(normalizeName("ANGLO-CARIBBEAN CO., LTD.", "organization").legalForms).toEqual(["LTD"]);
  });

  it("keeps a legal form that is the whole name", () => {
    expect(texts("Limited", "organization")).toEqual(["LIMITED"]);
  });
});

describe("normalizeName compound and number handling", () => {
  it("joins Arabic compound names however they are split", () => {
    expect(texts("ABD AL LATIF")).toEqual(["ABDALLATIF"]);
    expect(texts("Abdul-Latif")).toEqual(["ABDULLATIF"]);
    expect(texts("SAIF AL-DIN")).toEqual(["SAIFALDIN"]);
    expect(texts("ZIA-UR-RAHMAN MADANI")).toEqual(["ZIAURRAHMAN", "MADANI"]);
  });

  it("folds BEN and IBN to BIN and EL to AL", () => {
    expect(texts("Isa Ben Tarif el Bin Ali")).toEqual(["ISA", "BIN", "TARIF", "AL", "BIN", "ALI"]);
    expect(texts("Ibn Saud")).toEqual(["BIN", "SAUD"]);
  });

  it("joins the Arabic script article and servant-of prefix", () => {
    const name = normalizeName("عبد الله", "person");
    expect(name.tokens).toHaveLength(1);
    expect(name.tokens[0]!.abjad).toBe(true);
  });

  it("joins initialisms of organisations only", () => {
    expect(texts("A.B.C. Company", "organization")).toEqual(["ABC"]);
    expect(texts("S.C. Johnson & Son, Inc.", "organization")).toEqual(["SC", "JOHNSON", "SON"]);
    expect(texts("Hans J. K. Friedrich")).toEqual(["HANS", "J", "K", "FRIEDRICH"]);
  });

  it("writes numbers in organisation names as digits", () => {
    expect(texts("Brigade Forty-Four", "organization")).toEqual(["BRIGADE", "44"]);
    expect(texts("Brigade Fourty 4", "organization")).toEqual(["BRIGADE", "44"]);
    expect(texts("1st International Bank", "organization")).toEqual(texts("First International Bank", "organization"));
    expect(texts("Partners VI L.P.", "organization")).toEqual(["PARTNERS", "6"]);
  });

  it("drops filler words and vessel prefixes", () => {
    expect(texts("The Bank of the Pacific", "organization")).toEqual(["BANK", "PACIFIC"]);
    expect(texts("MV Hellenic Spirit", "vessel")).toEqual(["HELLENIC", "SPIRIT"]);
    expect(texts("M/V Hellenic Spirit", "vessel")).toEqual(["HELLENIC", "SPIRIT"]);
  });

  it("sets aside legal forms written in other languages", () => {
    const forms: [string, string][] = [
      ["Siemens Aktiengesellschaft", "AG"],
      ["Volkswagen Gesellschaft mit beschränkter Haftung", "GMBH"],
      ["Societatea cu Răspundere Limitată PRO TRAFFIC", "SRL"],
      ["FABERLIC EUROPE Sp. z o.o.", "SPZOO"],
      ["Общество с ограниченной ответственностью Ромашка", "LLC"],
      ["Crédit Agricole Société Anonyme", "SA"],
    ];
    for (const [name, form] of forms) expect(normalizeName(name, "organization").legalForms, name).toEqual([form]);
  });

  it("gives common Korean surnames their usual spelling", () => {
    expect(texts("이민호")).toEqual(["LEE", "MIN", "HO"]);
    expect(texts("박지성")).toEqual(["PARK", "JI", "SEONG"]);
    expect(normalizeName("김정은", "person").tokens.every((token) => token.syllabic)).toBe(true);
  });
});

describe("consonantSkeleton", () => {
  it("drops vowels and collapses doubles", () => {
    expect(consonantSkeleton("MOHAMMED")).toBe("MHMD");
    expect(consonantSkeleton("MAHMOUD")).toBe("MHMD");
    expect(consonantSkeleton("HASSAN")).toBe("HSN");
  });
});
