import type { Address } from "../../src/request/onboarding-request.js";
import { parseUnitLine } from "./secondary-unit-parser.js";
import { standardiseDeliveryLine, type MissingPart, type StandardDeliveryLine } from "./standardise-delivery-line.js";
import { formatSingleLine, type StandardAddress } from "./standard-address.js";
import { tokeniseUsLine } from "./tokenise-us-line.js";
import { toUsStateCode } from "./us-states.js";
import { parseZipCode, type ParsedZipCode } from "./us-zip-code.js";

/** The outcome of standardising a US address, with the problems found on the way. */
export interface UsAddressStandardisation {
  address: StandardAddress;
  singleLine: string;
  delivery: StandardDeliveryLine;
  /** Parts missing from the delivery line (house number, street name, box number). */
  missing: MissingPart[];
  /** `missing` when no state was given, `unknown` when the text names no US state or territory. */
  stateProblem: "missing" | "unknown" | null;
  cityMissing: boolean;
  /** Null when the ZIP code is not in a valid format. */
  zip: ParsedZipCode | null;
}

/**
 * Chooses the delivery address line and the lines printed above it. USPS
 * wants the delivery line directly above the city line, so a unit written on
 * line 2 ("Apt 4B") joins the delivery line, and any other second line goes
 * above it. When line 1 is not a complete delivery line but line 2 is (a
 * company name, then the street), line 2 becomes the delivery line.
 */
function arrangeLines(line1: string, line2: string): { delivery: StandardDeliveryLine; above: string[] } {
  const tokens1 = tokeniseUsLine(line1);
  const tokens2 = tokeniseUsLine(line2);
  const delivery1 = standardiseDeliveryLine(tokens1);
  if (tokens2.length === 0) return { delivery: delivery1, above: [] };

  const units2 = parseUnitLine(tokens2);
  if (units2 !== null && delivery1.kind === "street") {
    const text = [delivery1.text, ...units2].join(" ");
    return { delivery: { ...delivery1, text, units: [...delivery1.units, ...units2] }, above: [] };
  }

  const delivery2 = standardiseDeliveryLine(tokens2);
  if (delivery1.missing.length > 0 && delivery2.missing.length === 0) {
    const units1 = parseUnitLine(tokens1);
    if (units1 !== null && delivery2.kind === "street") {
      const text = [delivery2.text, ...units1].join(" ");
      return { delivery: { ...delivery2, text, units: [...delivery2.units, ...units1] }, above: [] };
    }
    return { delivery: delivery2, above: [tokens1.join(" ")] };
  }
  // Units that cannot join the delivery line (after a PO box) are still printed in standard form.
  return { delivery: delivery1, above: [units2 !== null ? units2.join(" ") : tokens2.join(" ")] };
}

/**
 * Standardises a US address to USPS Publication 28 form. Text is upper case
 * without punctuation, with Appendix C1 street suffixes and abbreviated
 * directionals. Appendix C2 unit designators move onto the delivery line, PO
 * boxes become PO BOX, the state its two-letter code and the ZIP code 12345
 * or 12345-6789. Problems are reported without consulting any ZIP data,
 * which `checkUsAddress` adds.
 */
export function standardiseUsAddress(input: Address): UsAddressStandardisation {
  const { delivery, above } = arrangeLines(input.line1, input.line2 ?? "");
  const city = tokeniseUsLine(input.city).join(" ");

  const regionText = (input.region ?? "").trim();
  const stateCode = regionText.length === 0 ? null : toUsStateCode(regionText);
  let stateProblem: UsAddressStandardisation["stateProblem"] = null;
  if (regionText.length === 0) stateProblem = "missing";
  else if (stateCode === null) stateProblem = "unknown";

  const zip = parseZipCode(input.postalCode);

  const address: StandardAddress = {
    lines: [...above, delivery.text].filter((line) => line.length > 0),
    city,
    region: stateCode ?? (regionText.length > 0 ? regionText.toUpperCase() : null),
    postalCode: zip?.formatted ?? input.postalCode.trim().toUpperCase(),
    country: "US",
  };

  return {
    address,
    singleLine: formatSingleLine(address),
    delivery,
    missing: delivery.missing,
    stateProblem,
    cityMissing: city.length === 0,
    zip,
  };
}
