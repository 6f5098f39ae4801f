import type { Address } from "../../src/request/onboarding-request.js";
import { formatSingleLine, type StandardAddress } from "./standard-address.js";
import { validateUkPostcode, type InvalidUkPostcode, type ValidUkPostcode } from "./validate-uk-postcode.js";

/** The outcome of standardising a UK address. */
export interface UkAddressStandardisation {
  address: StandardAddress;
  singleLine: string;
  postcode: ValidUkPostcode | InvalidUkPostcode;
  /** Address fields that are blank once spacing is normalised. */
  missing: ("line1" | "city")[];
}

/**
 * Upper-cases a UK address part and normalises its spacing, keeping every
 * word as written. Royal Mail's Postcode Address File spells words out
 * (ROAD, not RD) and has no abbreviation table like USPS Publication 28, so
 * abbreviating would move the address away from the form Royal Mail holds.
 * Stray commas at either end are dropped, but commas inside are kept.
 */
export function normaliseUkAddressPart(value: string): string {
  return value
    .toUpperCase()
    .replace(/\s+/g, " ")
    .replace(/\s+,/g, ",")
    .replace(/^[\s,]+|[\s,]+$/g, "");
}

/**
 * Standardises a UK address: upper case with normalised spacing on every
 * line, the town and county kept as written, and the postcode validated and
 * normalised to its printed form (SW1A 2AA).
 */
export function standardiseUkAddress(input: Address): UkAddressStandardisation {
  const line1 = normaliseUkAddressPart(input.line1);
  const line2 = normaliseUkAddressPart(input.line2 ?? "");
  const city = normaliseUkAddressPart(input.city);
  const region = normaliseUkAddressPart(input.region ?? "");
  const postcode = validateUkPostcode(input.postalCode);

  const address: StandardAddress = {
    lines: [line1, line2].filter((line) => line.length > 0),
    city,
    region: region.length > 0 ? region : null,
    postalCode: postcode.valid ? postcode.postcode : input.postalCode.trim().toUpperCase(),
    country: "GB",
  };

  const missing: UkAddressStandardisation["missing"] = [];
  if (line1.length === 0) missing.push("line1");
  if (city.length === 0) missing.push("city");

  return { address, singleLine: formatSingleLine(address), postcode, missing };
}
