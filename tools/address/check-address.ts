import { z } from "zod";
import type { Finding } from "../../src/tools/contract.js";
import type { Address } from "../../src/request/onboarding-request.js";
import { checkUkAddress } from "./check-uk-address.js";
import { checkUsAddress } from "./check-us-address.js";
import { formatSingleLine, StandardAddressSchema } from "./standard-address.js";

/** Output of the address check: the standard address and its one-line form. */
export const AddressCheckOutputSchema = z.object({
  address: StandardAddressSchema,
  singleLine: z.string(),
  /** Whether the standard one-line form differs from the one-line form of the address as given. */
  changed: z.boolean(),
});
export type AddressCheckOutput = z.infer<typeof AddressCheckOutputSchema>;

/** Formats the address as given, with the same separators as the standard form, so only real rewrites count as changes. */
function formatInputSingleLine(input: Address): string {
  return formatSingleLine({
    lines: [input.line1, input.line2 ?? ""],
    city: input.city.trim(),
    region: input.region?.trim() || null,
    postalCode: input.postalCode.trim(),
    country: input.country,
  });
}

/**
 * Standardises and checks a US or UK postal address, returning the standard
 * address and the findings. When the standard form differs from the address
 * as given, ADDRESS_STANDARDISED (effect none) carries the standard form.
 */
export function checkAddress(input: Address): { output: AddressCheckOutput; findings: Finding[] } {
  const { standardisation, findings } = input.country === "US" ? checkUsAddress(input) : checkUkAddress(input);
  const { address, singleLine } = standardisation;
  const changed = singleLine !== formatInputSingleLine(input);

  if (changed) {
    findings.push({
      code: "ADDRESS_STANDARDISED",
      severity: "info",
      message: `The ${input.country} address was rewritten to its standard postal form.`,
      evidence: { standardForm: singleLine },
    });
  }
  return { output: { address, singleLine, changed }, findings };
}
