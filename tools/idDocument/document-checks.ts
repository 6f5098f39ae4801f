import { ageOn } from "../../src/request/dates.js";
import type { Finding } from "../../src/tools/contract.js";
import { SPECIMEN_STATE_CODE } from "./nationality.js";
import type { DocumentSummary } from "./schemas.js";

/** Settings of one assessment, taken from the tool context. */
export interface AssessmentSettings {
  /** YYYY-MM-DD the application is judged at. */
  applicationDate: string;
  minimumAge: number;
  /** Demo mode accepts ICAO specimen documents. */
  demo: boolean;
}

/** Findings and output of one document check. */
export interface DocumentAssessment {
  summary: DocumentSummary;
  findings: Finding[];
}

/**
 * Checks expiry against the application date. A document expiring on the
 * application date is still valid that whole day, so only an expiry date
 * strictly before it counts as expired.
 */
export function checkExpiry(expiryDate: string, applicationDate: string, field: string): { expired: boolean; findings: Finding[] } {
  // Both are YYYY-MM-DD, so string order is date order.
  const expired = expiryDate < applicationDate;
  if (!expired) return { expired, findings: [] };
  return {
    expired,
    findings: [
      {
        code: "DOC_EXPIRED",
        severity: "medium",
        message: `The document expired before the application date (${field}). Ask the applicant for a current document.`,
        evidence: { field, expiryDate, applicationDate },
      },
    ],
  };
}

/** A birth date and where it came from. */
export interface BirthDateSource {
  source: "document" | "application";
  birthDate: string;
}

/**
 * Checks the minimum age on the application date against every birth date
 * given. Someone whose birthday is the application date has that age already.
 * Returns the age from the first source, so list the preferred source first.
 */
export function checkMinimumAge(sources: BirthDateSource[], settings: AssessmentSettings): { age: number | null; findings: Finding[] } {
  const ages = sources.map((entry) => ({ source: entry.source, age: ageOn(entry.birthDate, settings.applicationDate) }));
  const underAge = ages.filter((entry) => entry.age < settings.minimumAge);
  const age = ages[0]?.age ?? null;
  if (underAge.length === 0) return { age, findings: [] };

  return {
    age,
    findings: [
      {
        code: "APPLICANT_UNDER_AGE",
        severity: "high",
        message: `The applicant is younger than the minimum age of ${settings.minimumAge} on the application date, by the birth date in the ${underAge.map((entry) => entry.source).join(" and ")}.`,
        evidence: {
          minimumAge: settings.minimumAge,
          applicationDate: settings.applicationDate,
          birthDateSources: underAge.map((entry) => entry.source),
          ages: Object.fromEntries(underAge.map((entry) => [entry.source, entry.age])),
        },
      },
    ],
  };
}

/**
 * Flags the ICAO specimen state code UTO in the given document fields. Outside
 * demo mode a specimen is a high-severity finding. In demo mode it is
 * informational and marked accepted, so the policy gives it no effect.
 */
export function checkSpecimenState(codes: Record<string, string | null>, demo: boolean): Finding[] {
  const fields = Object.entries(codes)
    .filter(([, code]) => code?.toUpperCase() === SPECIMEN_STATE_CODE)
    .map(([field]) => field);
  if (fields.length === 0) return [];

  if (demo) {
    return [
      {
        code: "DOC_SPECIMEN_STATE",
        severity: "info",
        message: `The document is an ICAO specimen (state code ${SPECIMEN_STATE_CODE} in ${fields.join(", ")}), accepted because demo mode is on.`,
        evidence: { fields, stateCode: SPECIMEN_STATE_CODE, accepted: "demo", acceptedInDemo: true },
      },
    ];
  }
  return [
    {
      code: "DOC_SPECIMEN_STATE",
      severity: "high",
      message:
        `The document is an ICAO specimen (state code ${SPECIMEN_STATE_CODE} in ${fields.join(", ")}), ` +
        "which no real state issues; specimens are accepted only in demo mode.",
      evidence: { fields, stateCode: SPECIMEN_STATE_CODE, acceptedInDemo: false },
    },
  ];
}

/** Masks a document number to its last three characters (`L898902C3` becomes `******2C3`). Numbers of three characters or fewer are masked whole. */
export function maskDocumentNumber(documentNumber: string): string {
  if (documentNumber.length <= 3) return "*".repeat(documentNumber.length);
  return "*".repeat(documentNumber.length - 3) + documentNumber.slice(-3);
}
