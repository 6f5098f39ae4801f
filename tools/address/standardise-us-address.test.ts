import { describe, expect, it } from "vitest";
import type { Address } from "../../src/request/onboarding-request.js";
import { standardiseUsAddress } from "./standardise-us-address.js";
import { toUsStateCode, US_STATE_CODES } from "./us-states.js";
import { parseZipCode } from "./us-zip-code.js";

function usAddress(fields: Partial<Address>): Address {
  return { line1: "123 Main St", line2: null, city: "Springfield", region: "IL", postalCode: "62704", country: "US", ...fields };
}

describe("standardiseUsAddress", () => {
  describe("line 2", () => {
    it.each([
      ["Apartment 4B", ["123 MAIN ST APT 4B"]],
      ["Suite 200", ["123 MAIN ST STE 200"]],
      ["#12", ["123 MAIN ST # 12"]],
      ["4B", ["123 MAIN ST # 4B"]],
      ["Bldg 2, Floor 3", ["123 MAIN ST BLDG 2 FL 3"]],
      ["Basement", ["123 MAIN ST BSMT"]],
      ["c/o Accounts Payable", ["C/O ACCOUNTS PAYABLE", "123 MAIN ST"]],
      ["", ["123 MAIN ST"]],
    ])("line2 %j gives lines %j", (line2, lines) => {
      expect(standardiseUsAddress(usAddress({ line2 })).address.lines).toEqual(lines);
    });

    it("appends line 2 units after units on line 1", () => {
      const result = standardiseUsAddress(usAddress({ line1: "123 Main St Bldg A", line2: "Room 5" }));
      expect(result.address.lines).toEqual(["123 MAIN ST BLDG A RM 5"]);
      expect(result.delivery.units).toEqual(["BLDG A", "RM 5"]);
    });

    it("uses line 2 as delivery line when line 1 is a name", () => {
      const result = standardiseUsAddress(usAddress({ line1: "Acme Widgets Inc.", line2: "500 Fifth Avenue" }));
      expect(result.address.lines).toEqual(["ACME WIDGETS INC", "500 FIFTH AVE"]);
      expect(result.missing).toEqual([]);
    });

    it("moves a unit written on line 1 after the street on line 2", () => {
      const result = standardiseUsAddress(usAddress({ line1: "Apt 7", line2: "12 Elm Street" }));
      expect(result.address.lines).toEqual(["12 ELM ST APT 7"]);
    });

    it("does not add units to a PO box", () => {
      const result = standardiseUsAddress(usAddress({ line1: "P.O. Box 12", line2: "Suite 5" }));
      expect(result.address.lines).toEqual(["STE 5", "PO BOX 12"]);
    });
  });

  describe("state", () => {
    it.each([
      ["IL", "IL"],
      ["il", "IL"],
      ["Illinois", "IL"],
      ["new york", "NY"],
      ["N.Y.", "NY"],
      ["District of Columbia", "DC"],
      ["Washington, D.C.", "DC"],
      ["Puerto Rico", "PR"],
      ["Guam", "GU"],
      ["U.S. Virgin Islands", "VI"],
      ["American Samoa", "AS"],
      ["Northern Mariana Islands", "MP"],
      ["Armed Forces Europe", "AE"],
      ["Armed Forces Pacific", "AP"],
    ])("%s -> %s", (region, code) => {
      const result = standardiseUsAddress(usAddress({ region }));
      expect(result.address.region).toBe(code);
      expect(result.stateProblem).toBeNull();
    });

    it("reports a missing state", () => {
      expect(standardiseUsAddress(usAddress({ region: null })).stateProblem).toBe("missing");
      expect(standardiseUsAddress(usAddress({ region: "  " })).stateProblem).toBe("missing");
    });

    it("reports a region that names no state", () => {
      const result = standardiseUsAddress(usAddress({ region: "Ontario" }));
      expect(result.stateProblem).toBe("unknown");
      expect(result.address.region).toBe("ONTARIO");
    });

    it("covers the 50 states, DC and the territories", () => {
      expect(US_STATE_CODES).toHaveLength(62);
      for (const code of US_STATE_CODES) expect(toUsStateCode(code.toLowerCase()), code).toBe(code);
    });
  });

  describe("ZIP code", () => {
    it.each([
      ["62704", "62704"],
      [" 62704 ", "62704"],
      ["62704-1234", "62704-1234"],
      ["62704 1234", "62704-1234"],
      ["627041234", "62704-1234"],
      ["00501", "00501"],
    ])("%j formats as %s", (postalCode, formatted) => {
      expect(parseZipCode(postalCode)?.formatted).toBe(formatted);
      expect(standardiseUsAddress(usAddress({ postalCode })).address.postalCode).toBe(formatted);
    });

    it.each(["6270", "627045", "62704-12", "ABCDE", "62704-ABCD", "SW1A 2AA"])("rejects %j", (postalCode) => {
      expect(parseZipCode(postalCode)).toBeNull();
      expect(standardiseUsAddress(usAddress({ postalCode })).zip).toBeNull();
    });

    it("splits ZIP+4 into its parts", () => {
      expect(parseZipCode("62704-1234")).toEqual({ zip5: "62704", plus4: "1234", formatted: "62704-1234" });
    });
  });

  it("upper-cases the city and removes punctuation", () => {
    expect(standardiseUsAddress(usAddress({ city: "St. Louis" })).address.city).toBe("ST LOUIS");
  });

  it("formats the standard single line", () => {
    const result = standardiseUsAddress(
      usAddress({ line1: "123 North Main Street", line2: "Apartment 4B", city: "Springfield", region: "Illinois", postalCode: "627041234" }),
    );
    expect(result.singleLine).toBe("123 N MAIN ST APT 4B, SPRINGFIELD IL 62704-1234");
  });
});
