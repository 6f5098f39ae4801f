import type { Applicant } from "../../src/request/onboarding-request.js";
import type { Finding } from "../../src/tools/contract.js";
import {
  checkExpiry,
  checkMinimumAge,
  checkSpecimenState,
  maskDocumentNumber,
  type AssessmentSettings,
  type BirthDateSource,
  type DocumentAssessment,
} from "./document-checks.js";
import { matchMrzName } from "./name-match.js";
import { isSameNationality, SPECIMEN_STATE_CODE } from "./nationality.js";
import { parseMrz, type MrzField, type ParsedMrz } from "./parse-mrz.js";
import type { DocumentSummary } from "./schemas.js";

const MRZ_FIELD = "applicant.document.mrz";

/**
 * Parses an applicant's MRZ and checks it: check digits, dates, expiry,
 * specimen state, minimum age, and consistency of names, birth date and
 * nationality with the application.
 */
export function assessMrzDocument(lines: readonly string[], applicant: Applicant, settings: AssessmentSettings): DocumentAssessment {
  const parsed = parseMrz(lines, settings.applicationDate);
  if (!parsed.ok) {
    const age = checkMinimumAge([{ source: "application", birthDate: applicant.birthDate }], settings);
    const finding: Finding = {
      code: "DOC_MRZ_INVALID",
      severity: "high",
      message: parsed.failure.message,
      evidence: { field: MRZ_FIELD, reason: parsed.failure.reason, line: parsed.failure.line },
    };
    return { summary: summarizeUnparsed(age.age), findings: [finding, ...age.findings] };
  }

  const mrz = parsed.mrz;
  const findings: Finding[] = [...findInvalidFields(mrz.invalidFields)];

  const expiry = mrz.expiryDate === null ? null : checkExpiry(mrz.expiryDate, settings.applicationDate, MRZ_FIELD);
  findings.push(...(expiry?.findings ?? []));

  const nameMatches = compareNames(mrz, applicant, findings);

  const birthDateMatches = mrz.birthDate === null ? null : mrz.birthDate === applicant.birthDate;
  if (birthDateMatches === false) {
    findings.push({
      code: "DOC_BIRTH_DATE_MISMATCH",
      severity: "high",
      message: "The birth date in the MRZ differs from applicant.birthDate. Confirm the applicant's birth date against the document.",
      evidence: { field: "applicant.birthDate", documentField: "birthDate" },
    });
  }

  // A specimen's UTO names no country, so comparing it would only repeat the specimen finding.
  const nationalityMatches =
    mrz.nationality === SPECIMEN_STATE_CODE || mrz.nationality === "" ? null : isSameNationality(applicant.nationality, mrz.nationality);
  if (nationalityMatches === false) {
    findings.push({
      code: "DOC_NATIONALITY_MISMATCH",
      severity: "medium",
      message: "The nationality in the MRZ names another country than applicant.nationality. Confirm the applicant's nationality.",
      evidence: { field: "applicant.nationality", documentField: "nationality" },
    });
  }

  findings.push(...checkSpecimenState({ issuingState: mrz.issuingState, nationality: mrz.nationality }, settings.demo));

  const birthDates: BirthDateSource[] = [{ source: "application", birthDate: applicant.birthDate }];
  if (mrz.birthDate !== null) birthDates.unshift({ source: "document", birthDate: mrz.birthDate });
  const age = checkMinimumAge(birthDates, settings);
  findings.push(...age.findings);

  return {
    findings,
    summary: {
      source: "mrz",
      mrzParsed: true,
      format: mrz.format,
      documentType: mrz.documentCode,
      issuingState: mrz.issuingState,
      nationality: mrz.nationality,
      documentNumberMasked: maskDocumentNumber(mrz.documentNumber),
      expiryDate: mrz.expiryDate,
      checkDigitsValid: mrz.checkDigitsValid,
      invalidFields: mrz.invalidFields,
      expired: expiry?.expired ?? null,
      age: age.age,
      specimen: mrz.issuingState === SPECIMEN_STATE_CODE || mrz.nationality === SPECIMEN_STATE_CODE,
      nameMatches,
      birthDateMatches,
      nationalityMatches,
    },
  };
}

const DATE_FIELDS: readonly MrzField[] = ["birthDate", "expiryDate"];

/** Splits invalid fields into check digit, date and other structure findings. */
function findInvalidFields(invalidFields: readonly MrzField[]): Finding[] {
  const checkDigits = invalidFields.filter((field) => field.endsWith("CheckDigit"));
  const dates = invalidFields.filter((field) => DATE_FIELDS.includes(field));
  const others = invalidFields.filter((field) => !checkDigits.includes(field) && !dates.includes(field));
  const findings: Finding[] = [];

  if (checkDigits.length > 0) {
    findings.push({
      code: "DOC_CHECK_DIGIT_INVALID",
      severity: "high",
      message: `MRZ check digits do not match for ${checkDigits.join(", ")}. Re-read the MRZ, and if it was read correctly, treat the document as suspect.`,
      evidence: { field: MRZ_FIELD, invalidFields: checkDigits },
    });
  }
  if (dates.length > 0) {
    findings.push({
      code: "DOC_DATE_INVALID",
      severity: "medium",
      message: `MRZ ${dates.join(" and ")} is not a calendar date. Re-read the MRZ.`,
      evidence: { field: MRZ_FIELD, invalidFields: dates },
    });
  }
  if (others.length > 0) {
    findings.push({
      code: "DOC_MRZ_INVALID",
      severity: "high",
      message: `MRZ fields ${others.join(", ")} are malformed or empty, which ICAO Doc 9303 does not allow. Re-read the MRZ.`,
      evidence: { field: MRZ_FIELD, reason: "invalidFields", invalidFields: others },
    });
  }
  return findings;
}

/** Compares surname and given names, pushing one finding that names every field that differs. */
function compareNames(mrz: ParsedMrz, applicant: Applicant, findings: Finding[]): boolean {
  const family = matchMrzName(applicant.name.family, mrz.surname, mrz.namesMayBeTruncated);
  const givenNames = matchMrzName(applicant.name.given, mrz.givenNames, mrz.namesMayBeTruncated);
  const mismatched: string[] = [];
  if (family === "mismatch") mismatched.push("applicant.name.family");
  if (givenNames === "mismatch") mismatched.push("applicant.name.given");
  if (mismatched.length === 0) return true;

  findings.push({
    code: "DOC_NAME_MISMATCH",
    severity: "medium",
    message: `The MRZ name does not match ${mismatched.join(" and ")}, even allowing for ICAO transliteration and truncation. Confirm the name against the document.`,
    evidence: { fields: mismatched, truncationConsidered: mrz.namesMayBeTruncated },
  });
  return false;
}

function summarizeUnparsed(age: number | null): DocumentSummary {
  return {
    source: "mrz",
    mrzParsed: false,
    format: null,
    documentType: null,
    issuingState: null,
    nationality: null,
    documentNumberMasked: null,
    expiryDate: null,
    checkDigitsValid: null,
    invalidFields: [],
    expired: null,
    age,
    specimen: false,
    nameMatches: null,
    birthDateMatches: null,
    nationalityMatches: null,
  };
}
