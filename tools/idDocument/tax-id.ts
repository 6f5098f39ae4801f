import type { Finding } from "../../src/tools/contract.js";
import type { TaxId } from "../../src/request/onboarding-request.js";

/** A structure rule a US taxpayer number can break, named in finding evidence instead of the number. */
export type TaxIdRule =
  | "nineDigits"
  | "ssnArea000"
  | "ssnArea666"
  | "ssnArea900To999"
  | "ssnGroup00"
  | "ssnSerial0000"
  | "itinFirstDigit9"
  | "itinGroupRange";

/** The result of checking a taxpayer number's structure. */
export interface TaxIdAssessment {
  valid: boolean;
  /** Every rule the number breaks, empty when valid. */
  brokenRules: TaxIdRule[];
  /** A structurally valid SSN that is a well-known test or advertising number. */
  testNumber: boolean;
  /** The other type when the number is invalid as given but valid as that type (an ITIN given as SSN). */
  validAsType: TaxId["type"] | null;
}

/**
 * SSNs printed in advertising and documentation that people copy into forms:
 * 078-05-1120 (the Woolworth wallet card), 219-09-9999 (a Social Security
 * Administration advertisement) and
 * 123-45-6789 (the usual placeholder, also a sandbox test number).
 */
const TEST_SSNS: ReadonlySet<string> = new Set(["123456789", "078051120", "219099999"]);

/** Description of each rule, for finding messages. */
const RULE_DESCRIPTIONS: Record<TaxIdRule, string> = {
  nineDigits: "a taxpayer number has exactly nine digits",
  ssnArea000: "SSN area number 000 is never issued",
  ssnArea666: "SSN area number 666 is never issued",
  ssnArea900To999: "SSN area numbers 900-999 are never issued",
  ssnGroup00: "SSN group number 00 is never issued",
  ssnSerial0000: "SSN serial number 0000 is never issued",
  itinFirstDigit9: "an ITIN starts with 9",
  itinGroupRange: "ITIN digits 4-5 are in 50-65, 70-88, 90-92 or 94-99",
};

/** ITIN group numbers (digits 4 and 5) the IRS issues: 50-65, 70-88, 90-92 and 94-99. */
function isItinGroup(group: number): boolean {
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
}

function ssnRules(digits: string): TaxIdRule[] {
  const area = Number(digits.slice(0, 3));
  const rules: TaxIdRule[] = [];
  // The SSA never issues area 000, 666 or 900-999, group 00 or serial 0000. SSNs have no check digit.
  if (area === 0) rules.push("ssnArea000");
  if (area === 666) rules.push("ssnArea666");
  if (area >= 900) rules.push("ssnArea900To999");
  if (digits.slice(3, 5) === "00") rules.push("ssnGroup00");
  if (digits.slice(5) === "0000") rules.push("ssnSerial0000");
  return rules;
}

function itinRules(digits: string): TaxIdRule[] {
  const rules: TaxIdRule[] = [];
  if (!digits.startsWith("9")) rules.push("itinFirstDigit9");
  if (!isItinGroup(Number(digits.slice(3, 5)))) rules.push("itinGroupRange");
  return rules;
}

/** Checks an SSN or ITIN against the issuing agency's structure rules and the list of known test SSNs. */
export function assessTaxId(taxId: TaxId): TaxIdAssessment {
  const digits = taxId.value.replace(/-/g, "");
  if (!/^[0-9]{9}$/.test(digits)) {
    return { valid: false, brokenRules: ["nineDigits"], testNumber: false, validAsType: null };
  }

  const brokenRules = taxId.type === "SSN" ? ssnRules(digits) : itinRules(digits);
  const otherType = taxId.type === "SSN" ? "ITIN" : "SSN";
  const otherRules = otherType === "SSN" ? ssnRules(digits) : itinRules(digits);
  const valid = brokenRules.length === 0;

  return {
    valid,
    brokenRules,
    testNumber: valid && taxId.type === "SSN" && TEST_SSNS.has(digits),
    validAsType: !valid && otherRules.length === 0 ? otherType : null,
  };
}

/** Returns the `TAX_ID_INVALID` or `TAX_ID_TEST_NUMBER` findings for a taxpayer number. Evidence never contains the number. */
export function findTaxIdFindings(taxId: TaxId, field = "applicant.taxId"): Finding[] {
  const assessment = assessTaxId(taxId);

  if (!assessment.valid) {
    const hint = assessment.validAsType ? ` It would be a valid ${assessment.validAsType}; check the declared type.` : "";
    return [
      {
        code: "TAX_ID_INVALID",
        severity: "medium",
        message: `The ${taxId.type} in ${field} is invalid because ${assessment.brokenRules.map((rule) => RULE_DESCRIPTIONS[rule]).join(", and ")}.${hint}`,
        evidence: { field, type: taxId.type, brokenRules: assessment.brokenRules, validAsType: assessment.validAsType },
      },
    ];
  }

  if (assessment.testNumber) {
    return [
      {
        code: "TAX_ID_TEST_NUMBER",
        severity: "medium",
        message: `The SSN in ${field} is a well-known test or advertising number, not one issued to the applicant.`,
        evidence: { field, type: taxId.type, rule: "knownTestNumber" },
      },
    ];
  }
  return [];
}
