import { describe, expect, it } from "vitest";
import type { Address } from "../../src/request/onboarding-request.js";
import { checkUsAddress } from "./check-us-address.js";
import { lookupZipCode } from "./us-zip-code.js";

function usAddress(fields: Partial<Address>): Address {
  return { line1: "9 Rodeo Dr", line2: null, city: "Beverly Hills", region: "CA", postalCode: "90210", country: "US", ...fields };
}

function codesOf(address: Address): string[] {
  return checkUsAddress(address).findings.map((finding) => finding.code);
}

describe("lookupZipCode", () => {
  it("finds a listed ZIP code", () => {
    expect(lookupZipCode("90210")).toEqual({ zip: "90210", city: "Beverly Hills", state: "CA" });
  });

  it.each([
    ["00601", "PR"],
    ["96910", "GU"],
    ["09001", "AE"],
    ["20500", "DC"],
  ])("places %s in %s", (zip, state) => {
    expect(lookupZipCode(zip)?.state).toBe(state);
  });

  it.each(["00000", "99999", "1234", "A1234"])("returns null for %j", (zip) => {
    expect(lookupZipCode(zip)).toBeNull();
  });
});

describe("checkUsAddress", () => {
  it("finds nothing wrong with a consistent address", () => {
    expect(codesOf(usAddress({}))).toEqual([]);
  });

  it.each([
    ["90210", "NY", "CA"],
    ["10001", "CA", "NY"],
    ["60601", "Indiana", "IL"],
  ])("flags ZIP %s with state %s", (postalCode, region, zipState) => {
    const { findings } = checkUsAddress(usAddress({ postalCode, region }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.code).toBe("ADDRESS_REGION_MISMATCH");
    expect(findings[0]?.evidence).toMatchObject({ zipState });
  });

  it("flags a well-formed ZIP code missing from the dataset", () => {
    const { findings } = checkUsAddress(usAddress({ postalCode: "99999" }));
    expect(findings.map((finding) => finding.code)).toEqual(["ADDRESS_ZIP_UNKNOWN"]);
    expect(findings[0]?.severity).toBe("medium");
  });

  it.each(["9021", "90210-12", "ABCDE"])("flags the ZIP format of %j", (postalCode) => {
    expect(codesOf(usAddress({ postalCode }))).toEqual(["ADDRESS_POSTCODE_INVALID"]);
  });

  it("accepts a ZIP+4 code", () => {
    expect(codesOf(usAddress({ postalCode: "90210-1234" }))).toEqual([]);
  });

  it("treats a city mismatch as low severity", () => {
    const { findings } = checkUsAddress(usAddress({ city: "Los Angeles" }));
    expect(findings.map((finding) => finding.code)).toEqual(["ADDRESS_CITY_MISMATCH"]);
    expect(findings[0]?.severity).toBe("low");
    expect(findings[0]?.message).toContain("only one city name per ZIP code");
  });

  it("accepts Saint and St as the same city word", () => {
    const zip = lookupZipCode("63101");
    expect(zip?.city.toUpperCase()).toMatch(/^(SAINT|ST) LOUIS$/);
    expect(codesOf(usAddress({ city: "St. Louis", region: "MO", postalCode: "63101" }))).toEqual([]);
    expect(codesOf(usAddress({ city: "Saint Louis", region: "MO", postalCode: "63101" }))).toEqual([]);
  });

  it("skips the city check when the state disagrees", () => {
    expect(codesOf(usAddress({ city: "New York", region: "NY", postalCode: "90210" }))).toEqual(["ADDRESS_REGION_MISMATCH"]);
  });

  it.each([
    [{ line1: "Rodeo Drive" }, ["house number"]],
    [{ line1: "9" }, ["street name"]],
    [{ region: null }, ["state"]],
    [{ city: "..." }, ["city"]],
    [{ line1: "PO Box" }, ["box number"]],
  ])("flags %j as undeliverable", (fields, missing) => {
    const { findings } = checkUsAddress(usAddress(fields));
    const undeliverable = findings.filter((finding) => finding.code === "ADDRESS_UNDELIVERABLE");
    expect(undeliverable).toHaveLength(1);
    expect(undeliverable[0]?.evidence).toMatchObject({ missing });
  });

  it("flags a region that is not a US state", () => {
    const { findings } = checkUsAddress(usAddress({ region: "Bavaria" }));
    expect(findings.map((finding) => finding.code)).toEqual(["ADDRESS_UNDELIVERABLE"]);
    expect(findings[0]?.evidence).toEqual({ field: "region" });
  });

  it("accepts a PO box, a military address and a territory", () => {
    expect(codesOf(usAddress({ line1: "P.O. Box 1", postalCode: "90209" }))).toEqual([]);
    expect(codesOf({ line1: "PSC 1234 Box 5678", line2: null, city: "APO", region: "AE", postalCode: "09001", country: "US" })).toEqual([]);
    expect(codesOf({ line1: "1 Calle Luna", line2: null, city: "Adjuntas", region: "Puerto Rico", postalCode: "00601", country: "US" })).toEqual([]);
  });

  it("keeps the address out of finding messages", () => {
    const address = usAddress({ line1: "742 Evergreen Terrace", city: "Springfield", region: "OR", postalCode: "90210" });
    for (const finding of checkUsAddress(address).findings) {
      expect(finding.message).not.toContain("EVERGREEN");
      expect(finding.message).not.toContain("Evergreen");
      expect(finding.message).not.toContain("742");
    }
  });
});
