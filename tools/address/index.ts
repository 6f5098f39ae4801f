import { lookupZipCode } from "./us-zip-code.js";
import { z } from "zod";
import { CheckgraphError } from "../../src/errors/checkgraph-error.js";
import type { Tool } from "../../src/tools/contract.js";
import { SubjectSchema } from "../../src/tools/subject.js";
import { AddressCheckOutputSchema, checkAddress, type AddressCheckOutput } from "./check-address.js";

const AddressInputSchema = z.object({ subject: SubjectSchema });
type AddressInput = z.infer<typeof AddressInputSchema>;

/**
 * The postal address check. It reads the applicant's address from the
 * validated request and standardises it (USPS Publication 28 for US, Royal
 * Mail postcode rules for UK). ZIP and postcode checks run offline, so it
 * calls no vendor.
 */
export const addressTool: Tool<AddressInput, AddressCheckOutput> = {
  name: "address",
  node: "address",
  description:
    "Standardise and validate the applicant's US or UK postal address: deliverable format, ZIP code in the given state, UK postcode format. No vendor call.",
  input: AddressInputSchema,
  output: AddressCheckOutputSchema,

  async warmUp() {
    lookupZipCode("10001");
  },

  async run(input, context) {
    context.signal.throwIfAborted();

    const request = context.request;
    if (request.kind !== "onboarding") {
      throw new CheckgraphError("CHECK_FAILED", "plan", `The address check needs an onboarding request, got kind ${String(request.kind)}. Plan it only for onboarding requests.`, {
        context: { taskId: context.taskId, kind: request.kind },
      });
    }

    const { output, findings } = checkAddress(request.applicant.address);
    context.logger.debug(
      { subject: input.subject, country: output.address.country, findingCodes: findings.map((finding) => finding.code) },
      "address check finished",
    );
    return { output, findings };
  },
};

export { checkAddress, AddressCheckOutputSchema, type AddressCheckOutput } from "./check-address.js";
export { checkUsAddress } from "./check-us-address.js";
export { checkUkAddress } from "./check-uk-address.js";
export { standardiseUsAddress, type UsAddressStandardisation } from "./standardise-us-address.js";
export { standardiseUkAddress, normaliseUkAddressPart, type UkAddressStandardisation } from "./standardise-uk-address.js";
export { standardiseDeliveryLine, type StandardDeliveryLine, type DeliveryLineKind, type MissingPart } from "./standardise-delivery-line.js";
export { standardiseStreetName } from "./standardise-street-name.js";
export { tokeniseUsLine } from "./tokenise-us-line.js";
export { validateUkPostcode, type ValidUkPostcode, type InvalidUkPostcode } from "./validate-uk-postcode.js";
export { parseZipCode, lookupZipCode, type ParsedZipCode, type ZipRecord } from "./us-zip-code.js";
export { toUsStateCode, US_STATE_CODES } from "./us-states.js";
export { formatSingleLine, StandardAddressSchema, type StandardAddress } from "./standard-address.js";
