import { describe, expect, it } from "vitest";
import { consonantSkeleton, normalizeName, reorderSurnameFirst } from "./normalize-name.js";

const texts = (name: string, type: "person" | "organization" = "person") => normalizeName(name, type).tokens.map((token) => token.text);

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

describe("consonantSkeleton", () => {
  it("drops vowels and collapses doubles", () => {
    expect(consonantSkeleton("MOHAMMED")).toBe("MHMD");
    expect(consonantSkeleton("MAHMOUD")).toBe("MHMD");
    expect(consonantSkeleton("HASSAN")).toBe("HSN");
  });
});
