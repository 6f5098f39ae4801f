import type { Applicant, IdentityDocument } from "../../src/request/onboarding-request.js";
import type { Finding } from "../../src/tools/contract.js";
import {
  checkExpiry,
  checkMinimumAge,
  checkSpecimenState,
  maskDocumentNumber,
  type AssessmentSettings,
  type DocumentAssessment,
} from "./document-checks.js";
import { SPECIMEN_STATE_CODE } from "./nationality.js";

/** An identity document given by its printed fields instead of an MRZ. */
export type PrintedDocument = Exclude<IdentityDocument, { mrz: string[] }>;

/**
 * Longest printed document number accepted.
 * NOTE: a sanity bound chosen for this check, not a limit an issuer publishes.
 */
const MAX_DOCUMENT_NUMBER_LENGTH = 20;

/** Rule a printed document number broke. */
export type DocumentNumberRule = "empty" | "characters" | "maxLength";

/**
 * Checks the shape of a printed document number after trimming and
 * upper-casing: non-empty, only A-Z and 0-9, at most 20 characters.
 * Returns the rule broken, or null when the number is acceptable.
 */
export function checkDocumentNumberShape(documentNumber: string): DocumentNumberRule | null {
  const normalized = documentNumber.trim().toUpperCase();
  if (normalized === "") return "empty";
  if (!/^[A-Z0-9]+$/.test(normalized)) return "characters";
  if (normalized.length > MAX_DOCUMENT_NUMBER_LENGTH) return "maxLength";
  return null;
}

/**
 * Checks a document given without MRZ: number shape, expiry, specimen issuing
 * country and minimum age, and always reports that it was not machine-verified.
 */
export function assessPrintedDocument(document: PrintedDocument, applicant: Applicant, settings: AssessmentSettings): DocumentAssessment {
  const findings: Finding[] = [];
  const documentNumber = document.number.trim().toUpperCase();

  const numberRule = checkDocumentNumberShape(document.number);
  if (numberRule !== null) {
    findings.push({
      code: "DOC_NUMBER_INVALID",
      severity: "medium",
      message:
        `applicant.document.number is invalid (rule: ${numberRule}). ` +
        `Give the number as printed, 1 to ${MAX_DOCUMENT_NUMBER_LENGTH} letters A-Z and digits without spaces or punctuation.`,
      evidence: { field: "applicant.document.number", rule: numberRule },
    });
  }

  const expiry = checkExpiry(document.expiryDate, settings.applicationDate, "applicant.document.expiryDate");
  findings.push(...expiry.findings);

  const issuingState = document.issuingCountry.trim().toUpperCase();
  findings.push(...checkSpecimenState({ issuingCountry: issuingState }, settings.demo));

  const age = checkMinimumAge([{ source: "application", birthDate: applicant.birthDate }], settings);
  findings.push(...age.findings);

  // Printed fields carry no check digits and no holder data to compare, so nothing about the
  // document itself was verified: a person must inspect it before the account opens.
  findings.push({
    code: "DOC_NOT_MACHINE_VERIFIED",
    severity: "medium",
    message:
      "The document was given by its printed fields only, so its authenticity, name and birth date could not be machine-checked. " +
      "Inspect the document, or resubmit with its MRZ lines.",
    evidence: { field: "applicant.document", documentType: document.type },
  });

  return {
    findings,
    summary: {
      source: "printed",
      mrzParsed: false,
      format: null,
      documentType: document.type,
      issuingState,
      nationality: null,
      documentNumberMasked: numberRule === "empty" ? null : maskDocumentNumber(documentNumber),
      expiryDate: document.expiryDate,
      checkDigitsValid: null,
      invalidFields: numberRule === null ? [] : ["documentNumber"],
      expired: expiry.expired,
      age: age.age,
      specimen: issuingState === SPECIMEN_STATE_CODE,
      nameMatches: null,
      birthDateMatches: null,
      nationalityMatches: null,
    },
  };
}
