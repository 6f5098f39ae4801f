import { describe, expect, it } from "vitest";
import type { Address } from "../../src/request/onboarding-request.js";
import { checkUkAddress } from "./check-uk-address.js";
import { normaliseUkAddressPart } from "./standardise-uk-address.js";

function ukAddress(fields: Partial<Address>): Address {
  return { line1: "10 Downing Street", line2: null, city: "London", region: null, postalCode: "SW1A 2AA", country: "GB", ...fields };
}

describe("normaliseUkAddressPart", () => {
  it.each([
    ["10 Downing Street", "10 DOWNING STREET"],
    ["  Flat 2 ,  10   High Road  ", "FLAT 2, 10 HIGH ROAD"],
    ["Rose Cottage,", "ROSE COTTAGE"],
    ["St. Mary's Road", "ST. MARY'S ROAD"],
    [", ,", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normaliseUkAddressPart(input)).toBe(expected);
  });
});

describe("checkUkAddress", () => {
  it("standardises a valid address without findings", () => {
    const { standardisation, findings } = checkUkAddress(ukAddress({ postalCode: "sw1a2aa", region: "Greater London" }));
    expect(findings).toEqual([]);
    expect(standardisation.address).toEqual({
      lines: ["10 DOWNING STREET"],
      city: "LONDON",
      region: "GREATER LONDON",
      postalCode: "SW1A 2AA",
      country: "GB",
    });
    expect(standardisation.singleLine).toBe("10 DOWNING STREET, LONDON, GREATER LONDON, SW1A 2AA");
  });

  it("keeps street words unabbreviated", () => {
    const { standardisation } = checkUkAddress(ukAddress({ line1: "1 Abbey Road", line2: "Flat 3" }));
    expect(standardisation.address.lines).toEqual(["1 ABBEY ROAD", "FLAT 3"]);
  });

  it("accepts a house name without a number", () => {
    expect(checkUkAddress(ukAddress({ line1: "Rose Cottage", postalCode: "CR2 6XH", city: "South Croydon" })).findings).toEqual([]);
  });

  it.each(["Q1 1AA", "SW1A 2A", "12345"])("flags postcode %j", (postalCode) => {
    const { standardisation, findings } = checkUkAddress(ukAddress({ postalCode }));
    expect(findings.map((finding) => finding.code)).toEqual(["ADDRESS_POSTCODE_INVALID"]);
    expect(standardisation.address.postalCode).toBe(postalCode.toUpperCase());
  });

  it("flags a blank first line and town", () => {
    const { findings } = checkUkAddress(ukAddress({ line1: " , ", city: "  " }));
    expect(findings.map((finding) => finding.code)).toEqual(["ADDRESS_UNDELIVERABLE"]);
    expect(findings[0]?.evidence).toEqual({ missing: ["line1", "city"] });
  });

  it("accepts a BFPO address", () => {
    const { standardisation, findings } = checkUkAddress(ukAddress({ line1: "Unit 1", city: "BFPO", postalCode: "bfpo 801" }));
    expect(findings).toEqual([]);
    expect(standardisation.address.postalCode).toBe("BFPO 801");
  });
});
