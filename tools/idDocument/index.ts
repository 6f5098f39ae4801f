import { CheckgraphError } from "../../src/errors/checkgraph-error.js";
import type { Applicant } from "../../src/request/onboarding-request.js";
import type { CheckReport, Finding, Tool, ToolContext } from "../../src/tools/contract.js";
import { assessMrzDocument } from "./assess-mrz-document.js";
import { assessPrintedDocument } from "./assess-printed-document.js";
import type { AssessmentSettings, DocumentAssessment } from "./document-checks.js";
import { IdDocumentInputSchema, IdDocumentOutputSchema, type IdDocumentInput, type IdDocumentOutput, type TaxIdStatus } from "./schemas.js";
import { findTaxIdFindings } from "./tax-id.js";

export { buildTd1Mrz, buildTd3Mrz, type MrzContent } from "./build-mrz.js";
export { computeCheckDigit } from "./check-digit.js";
export { matchMrzName, type NameMatch } from "./name-match.js";
export { parseMrz, type MrzField, type MrzParseResult, type ParsedMrz } from "./parse-mrz.js";
export { IdDocumentInputSchema, IdDocumentOutputSchema, type IdDocumentInput, type IdDocumentOutput } from "./schemas.js";
export { assessTaxId, findTaxIdFindings, type TaxIdAssessment, type TaxIdRule } from "./tax-id.js";

function assessDocument(applicant: Applicant, settings: AssessmentSettings): DocumentAssessment {
  const document = applicant.document;
  if ("mrz" in document) return assessMrzDocument(document.mrz, applicant, settings);
  return assessPrintedDocument(document, applicant, settings);
}

function checkTaxId(applicant: Applicant, verifyTaxId: boolean): { status: TaxIdStatus; findings: Finding[] } {
  if (!verifyTaxId) return { status: "notRequested", findings: [] };
  if (!applicant.taxId) return { status: "notProvided", findings: [] };

  const findings = findTaxIdFindings(applicant.taxId);
  const first = findings[0];
  if (!first) return { status: "valid", findings };
  return { status: first.code === "TAX_ID_TEST_NUMBER" ? "testNumber" : "invalid", findings };
}

async function runIdDocument(input: IdDocumentInput, context: ToolContext): Promise<CheckReport<IdDocumentOutput>> {
  context.signal.throwIfAborted();
  const request = context.request;
  if (request.kind !== "onboarding") {
    const kind = String((request as { kind: unknown }).kind);
    throw new CheckgraphError(
      "INVALID_PLAN",
      "plan",
      `The idDocument check needs an onboarding request with an applicant, but task ${context.taskId} got a ${kind} request. Remove the task from the plan.`,
      { context: { taskId: context.taskId, kind } },
    );
  }

  const applicant = request.applicant;
  const settings: AssessmentSettings = {
    applicationDate: context.applicationDate,
    minimumAge: context.settings.minimumAge,
    demo: context.settings.demo,
  };
  const document = assessDocument(applicant, settings);
  const taxId = checkTaxId(applicant, input.verifyTaxId);
  const findings = [...document.findings, ...taxId.findings];

  context.logger.debug(
    { taskId: context.taskId, subject: input.subject, findingCodes: findings.map((finding) => finding.code) },
    "idDocument check finished",
  );
  return { output: { ...document.summary, taxId: taxId.status }, findings };
}

/**
 * The identity document check: parses and verifies the applicant's MRZ (or
 * printed document fields), compares it with the application, and checks
 * expiry, minimum age and, when asked, the US taxpayer number. It calls no vendor.
 */
export const idDocumentTool: Tool<IdDocumentInput, IdDocumentOutput> = {
  name: "idDocument",
  node: "idDocument",
  description:
    "Verify the applicant's identity document (MRZ check digits, expiry, minimum age, name, birth date and nationality against the application) and optionally the US SSN or ITIN structure; required for onboarding.",
  input: IdDocumentInputSchema,
  output: IdDocumentOutputSchema,
  run: runIdDocument,
};
