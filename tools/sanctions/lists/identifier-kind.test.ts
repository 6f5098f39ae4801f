import { describe, expect, it } from "vitest";
import { createIdentifier, findImoNumbers, identifierKindOf } from "./identifier-kind.js";

describe("identifierKindOf", () => {
  it.each([
    ["Passport", "passport"],
    ["National passport", "passport"],
    ["Numéro de passeport", "passport"],
    ["SWIFT/BIC", "bic"],
    ["National ID No.", "national-id"],
    ["Tax ID No.", "tax-id"],
    ["Registration ID", "registration"],
    ["Vessel Registration Identification", "registration"],
    ["Gender", "other"],
  ])("classifies %s", (label, kind) => {
    expect(identifierKindOf(label)).toBe(kind);
  });
});

describe("createIdentifier", () => {
  it("reads IMO numbers under any label", () => {
    expect(createIdentifier("Vessel Registration Identification", "IMO 9187629", null)).toEqual({
      type: "Vessel Registration Identification",
      value: "9187629",
      country: null,
      kind: "imo",
    });
  });

  it("finds IMO numbers in remarks", () => {
    expect(findImoNumbers("IMO: 8937675. MMSI: 445539000. Also IMO number 9187629.")).toEqual(["8937675", "9187629"]);
  });
});
