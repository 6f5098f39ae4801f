import type { AuthoredCase } from "./authored-case.js";
import { ADDRESSES, breakLastCheckDigit, buildPassportMrz, buildRequest, type InventedApplicant } from "./invented-applicants.js";

const CORE = ["idDocument", "sanctions", "address"];

/** Builds a structured request whose MRZ is replaced by `mrz`. */
function withMrz(applicant: InventedApplicant, mrz: string[]): Record<string, unknown> {
  const request = buildRequest(applicant) as { applicant: { document: unknown } };
  request.applicant.document = { mrz };
  return request as Record<string, unknown>;
}

const SOFIA: InventedApplicant = {
  reference: "eval-doc", given: "Sofia", family: "Lindqvist", birthDate: "1985-09-23", nationality: "SE", sex: "F",
  documentNumber: "91834576", address: ADDRESSES.oxford, product: "deposit",
};

const DANIEL: InventedApplicant = {
  reference: "eval-address", given: "Daniel", family: "Achterberg", birthDate: "1983-03-17", nationality: "US", sex: "M",
  documentNumber: "D40917362", product: "deposit",
};

/** Document problems and address problems, all with invented applicants. */
export const DOCUMENT_AND_ADDRESS_CASES: AuthoredCase[] = [
  {
    id: "document-expired-passport",
    category: "document",
    description: "Passport expired on 2024-01-31, before the application date",
    input: { request: buildRequest({ ...SOFIA, reference: "eval-doc-1", expiryDate: "2024-01-31" }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_EXPIRED"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-bad-check-digit",
    category: "document",
    description: "The composite check digit of the MRZ is wrong",
    input: { request: withMrz({ ...SOFIA, reference: "eval-doc-2" }, breakLastCheckDigit(buildPassportMrz(SOFIA))) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_CHECK_DIGIT_INVALID"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-name-mismatch",
    category: "document",
    description: "The MRZ names another person (Lindgren) than the application (Lindqvist)",
    input: { request: buildRequest({ ...SOFIA, reference: "eval-doc-3", mrz: { surname: "LINDGREN", givenNames: "KARIN" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_NAME_MISMATCH"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-birth-date-mismatch",
    category: "document",
    description: "The MRZ birth date (1958-09-23) differs from the typed one",
    input: { request: buildRequest({ ...SOFIA, reference: "eval-doc-4", mrz: { birthDate: "1958-09-23" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_BIRTH_DATE_MISMATCH"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-under-age",
    category: "document",
    description: "The applicant turns 18 only in 2027, after the application date",
    input: { request: buildRequest({ ...SOFIA, reference: "eval-doc-5", birthDate: "2009-05-30" }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["APPLICANT_UNDER_AGE"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-printed-only",
    category: "document",
    description: "Passport given by its printed fields only, so nothing can be machine-checked",
    input: { request: buildRequest({ ...SOFIA, reference: "eval-doc-6", printedDocument: { type: "passport", number: "91834576", issuingCountry: "SE", expiryDate: "2031-04-11" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_NOT_MACHINE_VERIFIED"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-nationality-mismatch",
    category: "document",
    description: "The MRZ nationality is Norway; the application gives Sweden",
    input: { request: buildRequest({ ...SOFIA, reference: "eval-doc-7", mrz: { nationality: "NOR", issuingState: "NOR" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["DOC_NATIONALITY_MISMATCH"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-mrz-malformed",
    category: "document",
    description: "The second MRZ line is cut short, so the MRZ cannot be read",
    input: { request: withMrz({ ...SOFIA, reference: "eval-doc-8" }, [buildPassportMrz(SOFIA)[0], buildPassportMrz(SOFIA)[1].slice(0, 30)]) },
    expected: { decision: "refer", reasonCodes: { match: "subset", codes: ["DOC_MRZ_INVALID"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "document-ssn-test-number",
    category: "document",
    description: "The SSN is 078-05-1120, a well-known advertising number",
    input: { request: buildRequest({ ...DANIEL, reference: "eval-doc-9", taxId: { type: "SSN", value: "078-05-1120" }, product: "deposit" }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["TAX_ID_TEST_NUMBER"] }, plan: { mustInclude: CORE, mustExclude: ["creditBureau"] } },
    model: {},
  },
  {
    id: "document-ssn-invalid-area",
    category: "document",
    description: "The SSN starts with area 000, which is never issued",
    input: { request: buildRequest({ ...DANIEL, reference: "eval-doc-10", taxId: { type: "SSN", value: "000-12-7600" }, product: "deposit" }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["TAX_ID_INVALID"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "address-zip-state-mismatch",
    category: "address",
    description: "ZIP 10118 is in New York, but the state given is California",
    input: { request: buildRequest({ ...DANIEL, reference: "eval-address-1", address: { ...ADDRESSES.newYork, region: "CA" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["ADDRESS_REGION_MISMATCH"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "address-zip-invalid-format",
    category: "address",
    description: "The ZIP code has four digits",
    input: { request: buildRequest({ ...DANIEL, reference: "eval-address-2", address: { ...ADDRESSES.chicago, postalCode: "6060" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["ADDRESS_POSTCODE_INVALID"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "address-no-house-number",
    category: "address",
    description: "The street line has no house number, so a carrier cannot deliver",
    input: { request: buildRequest({ ...DANIEL, reference: "eval-address-3", address: { ...ADDRESSES.chicago, line1: "South Wacker Drive" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["ADDRESS_UNDELIVERABLE"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "address-uk-postcode-invalid",
    category: "address",
    description: "A UK address whose postcode is only the outward code",
    input: { request: buildRequest({ ...SOFIA, reference: "eval-address-4", address: { ...ADDRESSES.oxford, postalCode: "OX4" } }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["ADDRESS_POSTCODE_INVALID"] }, plan: { mustInclude: CORE } },
    model: {},
  },
  {
    id: "address-zip-unknown",
    category: "address",
    description: "ZIP 99999 is well formed but not in the ZIP dataset",
    input: { request: buildRequest({ ...DANIEL, reference: "eval-address-5", address: { line1: "12 Harbor Road", city: "Juneau", region: "AK", postalCode: "99999", country: "US" } }) },
    expected: { decision: "refer", reasonCodes: { match: "subset", codes: ["ADDRESS_ZIP_UNKNOWN"] }, plan: { mustInclude: CORE } },
    model: {},
  },
];
