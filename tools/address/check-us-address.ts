import type { Finding } from "../../src/tools/contract.js";
import type { Address } from "../../src/request/onboarding-request.js";
import { standardiseUsAddress, type UsAddressStandardisation } from "./standardise-us-address.js";
import { tokeniseUsLine } from "./tokenise-us-line.js";
import { lookupZipCode } from "./us-zip-code.js";

/** Words that city names spell both ways (SAINT LOUIS, ST LOUIS), compared in their short form. */
const CITY_WORD_FORMS: Readonly<Record<string, string>> = { SAINT: "ST", SAINTE: "STE", FORT: "FT", MOUNT: "MT" };

function toComparableCity(city: string): string {
  return tokeniseUsLine(city)
    .map((word) => CITY_WORD_FORMS[word] ?? word)
    .join(" ");
}

function findDeliverabilityProblems(result: UsAddressStandardisation): Finding[] {
  const absent: string[] = [...result.missing];
  if (result.stateProblem === "missing") absent.push("state");
  if (result.cityMissing) absent.push("city");

  const findings: Finding[] = [];
  if (absent.length > 0) {
    findings.push({
      code: "ADDRESS_UNDELIVERABLE",
      severity: "medium",
      message: `The US address is missing its ${absent.join(", ")}, which a carrier needs to deliver. Ask the applicant for the full address.`,
      evidence: { missing: absent, deliveryLineKind: result.delivery.kind },
    });
  }
  if (result.stateProblem === "unknown") {
    findings.push({
      code: "ADDRESS_UNDELIVERABLE",
      severity: "medium",
      message: "The region field names no US state or territory. Give the two-letter USPS code (such as NY) or the full name.",
      evidence: { field: "region" },
    });
  }
  return findings;
}

function findZipProblems(result: UsAddressStandardisation): Finding[] {
  if (result.zip === null) {
    return [
      {
        code: "ADDRESS_POSTCODE_INVALID",
        severity: "medium",
        message: "The ZIP code is not in a valid format. Expected five digits (12345) or ZIP+4 (12345-6789).",
        evidence: { field: "postalCode", expected: "12345 or 12345-6789" },
      },
    ];
  }

  const record = lookupZipCode(result.zip.zip5);
  if (record === null) {
    return [
      {
        code: "ADDRESS_ZIP_UNKNOWN",
        severity: "medium",
        message:
          "The ZIP code is well formed but not in the bundled ZIP dataset (zipcodes 8.0.0). It may be newer than the data, retired or never issued. Confirm it with USPS.",
        evidence: { zip: result.zip.zip5, dataset: "zipcodes 8.0.0" },
      },
    ];
  }

  const givenState = result.address.region;
  if (result.stateProblem === null && givenState !== null && givenState !== record.state) {
    return [
      {
        code: "ADDRESS_REGION_MISMATCH",
        severity: "medium",
        message: `The ZIP code belongs to ${record.state} but the address gives ${givenState}. Correct the state or the ZIP code.`,
        evidence: { zip: record.zip, zipState: record.state, givenState },
      },
    ];
  }

  // The city is compared only when the state agrees, so a wrong ZIP code yields one finding, not two.
  if (!result.cityMissing && toComparableCity(record.city) !== toComparableCity(result.address.city)) {
    return [
      {
        code: "ADDRESS_CITY_MISMATCH",
        severity: "low",
        message:
          "The city differs from the city the ZIP dataset lists for this ZIP code. The dataset lists only one city name per ZIP code while USPS accepts alternate names, so this alone does not block the address.",
        evidence: { zip: record.zip, datasetCity: record.city.toUpperCase(), givenCity: result.address.city },
      },
    ];
  }
  return [];
}

/**
 * Standardises a US address and checks it: missing delivery parts or state
 * (ADDRESS_UNDELIVERABLE), ZIP format (ADDRESS_POSTCODE_INVALID), ZIP known to
 * the bundled dataset (ADDRESS_ZIP_UNKNOWN), ZIP in the given state
 * (ADDRESS_REGION_MISMATCH) and, informationally, the city (ADDRESS_CITY_MISMATCH).
 */
export function checkUsAddress(input: Address): { standardisation: UsAddressStandardisation; findings: Finding[] } {
  const standardisation = standardiseUsAddress(input);
  const findings = [...findDeliverabilityProblems(standardisation), ...findZipProblems(standardisation)];
  return { standardisation, findings };
}
