import { emptyExtraction } from "../../src/request/extracted-request.js";
import { extractionOf, type AuthoredCase } from "./authored-case.js";
import { ADDRESSES, APPLICATION_DATE, buildPassportMrz, type InventedApplicant } from "./invented-applicants.js";

const CORE = ["idDocument", "sanctions", "address"];

/** Writes an address as an operator types it on one line. */
export function addressLine(address: Record<string, string | undefined>): string {
  return [address.line1, address.line2, address.city, [address.region, address.postalCode].filter(Boolean).join(" "), address.country].filter(Boolean).join(", ");
}

/** Writes an operator's chat message for an applicant: labelled lines, then the MRZ lines. Omitted labels are left out. */
export function chatText(applicant: InventedApplicant, options: { omit?: string[]; extra?: string[]; mrz?: string[] | null } = {}): string {
  const omit = new Set(options.omit ?? []);
  const lines = [`Please open a ${applicant.product === "credit" ? "credit card" : "savings account"} for this applicant.`];
  if (!omit.has("name")) lines.push(`Name: ${applicant.given} ${applicant.family}`);
  if (!omit.has("birthDate")) lines.push(`Date of birth: ${applicant.birthDate}`);
  if (!omit.has("nationality")) lines.push(`Nationality: ${applicant.nationality}`);
  if (!omit.has("address") && applicant.address) lines.push(`Address: ${addressLine(applicant.address)}`);
  if (applicant.taxId) lines.push(`${applicant.taxId.type}: ${applicant.taxId.value}`);
  if (!omit.has("product")) lines.push(`Product: ${applicant.product}`);
  lines.push(`Application date: ${APPLICATION_DATE}`);
  lines.push(...(options.extra ?? []));
  const mrz = options.mrz === undefined ? buildPassportMrz(applicant) : options.mrz;
  if (mrz) lines.push(...mrz);
  return lines.join("\n");
}

const AMELIA: InventedApplicant = {
  reference: "eval-chat", given: "Amelia Rose", family: "Hartley", birthDate: "1990-06-15", nationality: "US", sex: "F",
  documentNumber: "A21738465", address: ADDRESSES.newYork, taxId: { type: "SSN", value: "412-56-7600" }, product: "credit",
};

const NOAH: InventedApplicant = {
  reference: "eval-chat", given: "Noah", family: "Delacroix", birthDate: "1992-04-27", nationality: "US", sex: "M",
  documentNumber: "K20486713", address: ADDRESSES.chicago, product: "deposit",
};

/** Free-text requests typed in chat: complete, missing fields, and contradictory fields. All applicants are invented. */
export const CHAT_CASES: AuthoredCase[] = [
  {
    id: "chat-complete-credit",
    category: "chat",
    description: "A complete chat request: labelled fields, SSN and MRZ lines",
    input: { chat: chatText(AMELIA) },
    expected: { decision: "approve", reasonCodes: { match: "exact", codes: [] }, plan: { mustInclude: [...CORE, "creditBureau"] } },
    model: { extraction: extractionOf(AMELIA) },
  },
  {
    id: "chat-born-phrase",
    category: "chat",
    description: "The birth date is written as prose, 'born 27 April 1992'",
    input: { chat: chatText(NOAH, { omit: ["birthDate"], extra: ["The applicant was born 27 April 1992."] }) },
    expected: { decision: "approve", reasonCodes: { match: "exact", codes: [] }, plan: { mustInclude: CORE } },
    model: { extraction: extractionOf(NOAH) },
  },
  {
    id: "chat-missing-address",
    category: "chat",
    description: "No address given: the run must ask for it instead of deciding",
    input: { chat: chatText(NOAH, { omit: ["address"] }) },
    expected: { decision: null, reasonCodes: { match: "exact", codes: [] }, missingFields: ["applicant.address"], plan: { mustInclude: [] } },
    model: { extraction: extractionOf(NOAH, { address: null }) },
  },
  {
    id: "chat-missing-document-and-product",
    category: "chat",
    description: "No MRZ or document fields and no product: both must be named",
    input: { chat: chatText(NOAH, { omit: ["product"], mrz: null }).replace("Please open a savings account for this applicant.", "Please onboard this applicant.") },
    expected: { decision: null, reasonCodes: { match: "exact", codes: [] }, missingFields: ["applicant.document", "product"], plan: { mustInclude: [] } },
    model: { extraction: extractionOf(NOAH, { mrzLines: null, product: null }) },
  },
  {
    id: "chat-ambiguous-birth-date",
    category: "chat",
    description: "Birth date 03/04/1990 can be read day-first or month-first, and there is no MRZ to settle it",
    input: { chat: ["Please open a savings account.", "Name: Noah Delacroix", "Date of birth: 03/04/1990", "Nationality: US", `Address: ${addressLine(ADDRESSES.chicago)}`, "Passport number: K20486713", "Expiry date: 2032-08-14", "Product: deposit"].join("\n") },
    expected: { decision: null, reasonCodes: { match: "exact", codes: [] }, missingFields: ["applicant.birthDate"], plan: { mustInclude: [] } },
    model: {
      extraction: {
        ...emptyExtraction(), givenName: "Noah", familyName: "Delacroix", nationality: "US",
        address: { line1: "233 South Wacker Drive", line2: null, city: "Chicago", region: "IL", postalCode: "60606", country: "US" },
        documentType: "passport", documentNumber: "K20486713", documentIssuingCountry: null, documentExpiryDate: "2032-08-14", product: "deposit",
      },
    },
  },
  {
    id: "chat-contradictory-birth-date",
    category: "chat",
    description: "The typed birth date (1990-06-15) contradicts the MRZ (1990-06-25): refer, do not pick one",
    input: { chat: chatText(AMELIA, { mrz: buildPassportMrz({ ...AMELIA, mrz: { birthDate: "1990-06-25" } }) }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_BIRTH_DATE_MISMATCH"] }, plan: { mustInclude: [...CORE, "creditBureau"] } },
    model: { extraction: extractionOf(AMELIA, { mrzLines: buildPassportMrz({ ...AMELIA, mrz: { birthDate: "1990-06-25" } }) }) },
  },
  {
    id: "chat-contradictory-name",
    category: "chat",
    description: "The typed family name (Harding) contradicts the MRZ (Hartley)",
    input: { chat: chatText({ ...AMELIA, family: "Harding" }, { mrz: buildPassportMrz(AMELIA) }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_NAME_MISMATCH"] }, plan: { mustInclude: [...CORE, "creditBureau"] } },
    model: { extraction: extractionOf({ ...AMELIA, family: "Harding" }, { mrzLines: buildPassportMrz(AMELIA) }) },
  },
  {
    id: "chat-watchlist-hit",
    category: "chat",
    description: "A chat request for the applicant on demo watchlist entry 990001 (invented entry)",
    input: { chat: chatText({ ...NOAH, given: "Ivan Sergeyevich", family: "Petrov", birthDate: "1971-03-14", nationality: "RU", documentNumber: "753104982", address: ADDRESSES.london }) },
    expected: { decision: "decline", reasonCodes: { match: "exact", codes: ["SANCTIONS_MATCH"] }, plan: { mustInclude: CORE } },
    model: { extraction: extractionOf({ ...NOAH, given: "Ivan Sergeyevich", family: "Petrov", birthDate: "1971-03-14", nationality: "RU", documentNumber: "753104982", address: ADDRESSES.london }) },
  },
];
