import { describe, expect, it } from "vitest";
import { standardiseDeliveryLine } from "./standardise-delivery-line.js";
import { tokeniseUsLine } from "./tokenise-us-line.js";

function standardise(line: string) {
  return standardiseDeliveryLine(tokeniseUsLine(line));
}

describe("standardiseDeliveryLine", () => {
  describe("street suffixes", () => {
    it.each([
      ["123 Main Street", "123 MAIN ST"],
      ["123 Main Str", "123 MAIN ST"],
      ["500 Fifth Avenue", "500 FIFTH AVE"],
      ["500 Fifth Aven.", "500 FIFTH AVE"],
      ["500 Fifth av", "500 FIFTH AVE"],
      ["9 Sunset Boulevard", "9 SUNSET BLVD"],
      ["42 Elm Parkway", "42 ELM PKWY"],
      ["7 Oak Crossing", "7 OAK XING"],
      ["7 Mill Creek Road", "7 MILL CREEK RD"],
      ["1 Park Avenue", "1 PARK AVE"],
      ["10 Court Street", "10 COURT ST"],
      ["66 Highway 66", "66 HIGHWAY 66"],
      ["1211 Avenue of the Americas", "1211 AVENUE OF THE AMERICAS"],
      ["350 Broadway", "350 BROADWAY"],
    ])("%s -> %s", (input, expected) => {
      expect(standardise(input).text).toBe(expected);
    });
  });

  describe("directionals", () => {
    it.each([
      ["123 North Main Street", "123 N MAIN ST"],
      ["123 Main Street North", "123 MAIN ST N"],
      ["123 Northeast 5th Avenue", "123 NE 5TH AVE"],
      ["123 North West Main Street", "123 NW MAIN ST"],
      ["123 Main Street South East", "123 MAIN ST SE"],
      ["123 N.E. Main St.", "123 NE MAIN ST"],
      ["456 West Elm Street Southwest", "456 W ELM ST SW"],
      ["1600 N St NW", "1600 N ST NW"],
    ])("%s -> %s", (input, expected) => {
      expect(standardise(input).text).toBe(expected);
    });

    it.each([
      ["123 North Street", "123 NORTH ST"],
      ["123 West Avenue", "123 WEST AVE"],
      ["123 South Boulevard East", "123 SOUTH BLVD E"],
      ["123 Avenue N", "123 AVENUE N"],
      ["123 East West Highway", "123 EAST WEST HWY"],
    ])("keeps the street name in %s", (input, expected) => {
      expect(standardise(input).text).toBe(expected);
    });
  });

  describe("secondary units", () => {
    it.each([
      ["100 Main St Apartment 4B", "100 MAIN ST APT 4B", ["APT 4B"]],
      ["100 Main St Apt. #4", "100 MAIN ST APT 4", ["APT 4"]],
      ["100 Main St Suite 200", "100 MAIN ST STE 200", ["STE 200"]],
      ["100 Main St Floor 3", "100 MAIN ST FL 3", ["FL 3"]],
      ["100 Main St Unit B", "100 MAIN ST UNIT B", ["UNIT B"]],
      ["100 Main St Building C Room 12", "100 MAIN ST BLDG C RM 12", ["BLDG C", "RM 12"]],
      ["100 Main St #4B", "100 MAIN ST # 4B", ["# 4B"]],
      ["100 Main St # 7", "100 MAIN ST # 7", ["# 7"]],
      ["100 Main St Basement", "100 MAIN ST BSMT", ["BSMT"]],
      ["100 Main St Front", "100 MAIN ST FRNT", ["FRNT"]],
      ["100 Main St Lobby", "100 MAIN ST LBBY", ["LBBY"]],
      ["100 Main St Penthouse 2", "100 MAIN ST PH 2", ["PH 2"]],
      ["100 Park Ave South Suite 200", "100 PARK AVE S STE 200", ["STE 200"]],
    ])("%s -> %s", (input, expected, units) => {
      const line = standardise(input);
      expect(line.text).toBe(expected);
      expect(line.units).toEqual(units);
    });

    it("does not read a street word as a unit", () => {
      expect(standardise("100 Suite Ave").text).toBe("100 SUITE AVE");
      expect(standardise("100 Suite Ave").units).toEqual([]);
      expect(standardise("100 Front St").text).toBe("100 FRONT ST");
    });

    it("keeps a designator without its range as written", () => {
      expect(standardise("100 Main St Apt").text).toBe("100 MAIN ST APT");
    });
  });

  describe("house numbers and punctuation", () => {
    it.each([
      ["123-45 Queens Boulevard", "123-45 QUEENS BLVD"],
      ["123 1/2 Main St.", "123 1/2 MAIN ST"],
      ["123½ Main St", "123 1/2 MAIN ST"],
      ["N89W16758 Appleton Ave", "N89W16758 APPLETON AVE"],
      ["100 St. James Place", "100 ST JAMES PL"],
      ["55 O'Farrell Street", "55 OFARRELL ST"],
      ["1 Wilkes-Barre Blvd", "1 WILKES BARRE BLVD"],
      ["12, Main  St.", "12 MAIN ST"],
      ["8 Peñasco Rd", "8 PENASCO RD"],
    ])("%s -> %s", (input, expected) => {
      expect(standardise(input).text).toBe(expected);
    });
  });

  describe("other delivery line forms", () => {
    it.each([
      ["P.O. Box 12", "po-box", "PO BOX 12"],
      ["PO Box 12", "po-box", "PO BOX 12"],
      ["p o box 12", "po-box", "PO BOX 12"],
      ["Post Office Box 7", "po-box", "PO BOX 7"],
      ["POB 3", "po-box", "PO BOX 3"],
      ["Box 44", "po-box", "PO BOX 44"],
      ["Rural Route 2 Box 5", "rural-route", "RR 2 BOX 5"],
      ["RR 2 Bx 5", "rural-route", "RR 2 BOX 5"],
      ["Highway Contract 3 Box 9", "highway-contract", "HC 3 BOX 9"],
      ["PSC 1234 Box 5678", "military", "PSC 1234 BOX 5678"],
      ["Unit 2050 Box 4190", "military", "UNIT 2050 BOX 4190"],
      ["General Delivery", "general-delivery", "GENERAL DELIVERY"],
    ])("%s is %s %s", (input, kind, expected) => {
      const line = standardise(input);
      expect(line.kind).toBe(kind);
      expect(line.text).toBe(expected);
      expect(line.missing).toEqual([]);
    });

    it("reads Box Elder Dr as a street, not a PO box", () => {
      expect(standardise("12 Box Elder Dr")).toMatchObject({ kind: "street", text: "12 BOX ELDER DR" });
    });

    it("reports a PO box without its number", () => {
      expect(standardise("P.O. Box").missing).toEqual(["box number"]);
    });

    it("reports a rural route without a box number", () => {
      expect(standardise("RR 2").missing).toEqual(["box number"]);
    });
  });

  describe("missing parts", () => {
    it.each([
      ["Main Street", ["house number"]],
      ["123", ["street name"]],
      ["123 Apt 4", ["street name"]],
      ["", ["house number", "street name"]],
    ])("%j misses %j", (input, missing) => {
      expect(standardise(input).missing).toEqual(missing);
    });
  });
});
