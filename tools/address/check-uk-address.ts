import type { Finding } from "../../src/tools/contract.js";
import type { Address } from "../../src/request/onboarding-request.js";
import { standardiseUkAddress, type UkAddressStandardisation } from "./standardise-uk-address.js";

/**
 * Standardises a UK address and checks it: a blank first line or town
 * (ADDRESS_UNDELIVERABLE) and the postcode format (ADDRESS_POSTCODE_INVALID).
 * A house number is not required, because many UK addresses have only a house name.
 */
export function checkUkAddress(input: Address): { standardisation: UkAddressStandardisation; findings: Finding[] } {
  const standardisation = standardiseUkAddress(input);
  const findings: Finding[] = [];

  if (standardisation.missing.length > 0) {
    findings.push({
      code: "ADDRESS_UNDELIVERABLE",
      severity: "medium",
      message: `The UK address has a blank ${standardisation.missing.join(" and ")}. Ask the applicant for the full address.`,
      evidence: { missing: standardisation.missing },
    });
  }

  const postcode = standardisation.postcode;
  if (!postcode.valid) {
    findings.push({
      code: "ADDRESS_POSTCODE_INVALID",
      severity: "medium",
      message: `The UK postcode is invalid: ${postcode.reason}. Expected a postcode such as SW1A 2AA, GIR 0AA or BFPO 123.`,
      evidence: { field: "postalCode", reason: postcode.reason },
    });
  }
  return { standardisation, findings };
}
