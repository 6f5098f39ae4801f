import type { AuthoredCase } from "./authored-case.js";
import { ADDRESSES, buildRequest, type InventedApplicant } from "./invented-applicants.js";

const CORE = ["idDocument", "sanctions", "address"];
const CORE_CREDIT = [...CORE, "creditBureau"];

/** Builds an invented credit applicant whose SSN ends in `lastFour`, which selects the sandbox bureau persona. */
function creditApplicant(reference: string, lastFour: string): InventedApplicant {
  return {
    reference, given: "Priya", family: "Ramaswamy", birthDate: "1986-12-01", nationality: "US", sex: "F",
    documentNumber: "E30571846", address: ADDRESSES.chicago, taxId: { type: "SSN", value: `523-41-${lastFour}` }, product: "credit",
  };
}

const BUREAU_DOWN = { failureRate: 1, status: 503 } as const;

/** Bureau personas and bureau outages, run against the vendor sandbox on 127.0.0.1. */
export const VENDOR_CASES: AuthoredCase[] = [
  {
    id: "vendor-thin-file",
    category: "vendor",
    description: "Bureau persona 0101: a thin file without a score",
    input: { request: buildRequest(creditApplicant("eval-vendor-1", "0101")) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["CREDIT_THIN_FILE"] }, plan: { mustInclude: CORE_CREDIT } },
    model: {},
  },
  {
    id: "vendor-fraud-alert",
    category: "vendor",
    description: "Bureau persona 4040: an initial fraud alert on file",
    input: { request: buildRequest(creditApplicant("eval-vendor-2", "4040")) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["CREDIT_FRAUD_ALERT"] }, plan: { mustInclude: CORE_CREDIT } },
    model: {},
  },
  {
    id: "vendor-low-score",
    category: "vendor",
    description: "Bureau persona 5400: score 540, under the minimum of 620",
    input: { request: buildRequest(creditApplicant("eval-vendor-3", "5400")) },
    expected: { decision: "decline", reasonCodes: { match: "exact", codes: ["CREDIT_SCORE_BELOW_MINIMUM"] }, plan: { mustInclude: CORE_CREDIT } },
    model: {},
  },
  {
    id: "vendor-subject-not-found",
    category: "vendor",
    description: "Bureau persona 4004: the bureau has no file for the subject",
    input: { request: buildRequest(creditApplicant("eval-vendor-4", "4004")) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["CREDIT_SUBJECT_NOT_FOUND"] }, plan: { mustInclude: CORE_CREDIT } },
    model: {},
  },
  {
    id: "vendor-both-bureaus-down",
    category: "vendor",
    description: "Both sandbox bureaus respond 503 to every request, so the credit check fails after its retries",
    environment: { sandboxFaults: { "bureau-a": BUREAU_DOWN, "bureau-b": BUREAU_DOWN } },
    input: { request: buildRequest(creditApplicant("eval-vendor-5", "7600")) },
    expected: { decision: "refer", reasonCodes: { match: "subset", codes: ["CHECK_UNAVAILABLE"] }, plan: { mustInclude: CORE_CREDIT } },
    model: {},
  },
  {
    id: "vendor-bureau-unreachable",
    category: "vendor",
    description: "CHECKGRAPH_BUREAU_URL points at a closed port on 127.0.0.1, so every connection is refused",
    environment: { bureauUnreachable: true },
    input: { request: buildRequest(creditApplicant("eval-vendor-6", "7600")) },
    expected: { decision: "refer", reasonCodes: { match: "subset", codes: ["CHECK_UNAVAILABLE"] }, plan: { mustInclude: CORE_CREDIT } },
    model: {},
  },
  {
    id: "vendor-primary-down-fallback",
    category: "vendor",
    description: "Bureau A responds 503; the gateway falls back to bureau B, which serves the good-score persona",
    environment: { sandboxFaults: { "bureau-a": BUREAU_DOWN } },
    input: { request: buildRequest(creditApplicant("eval-vendor-7", "7600")) },
    expected: { decision: "approve", reasonCodes: { match: "exact", codes: [] }, plan: { mustInclude: CORE_CREDIT } },
    model: {},
  },
  {
    id: "vendor-credit-without-tax-id",
    category: "vendor",
    description: "Credit product without an SSN or ITIN: no report can be pulled, so the credit decision needs a person",
    input: { request: buildRequest({ ...creditApplicant("eval-vendor-8", "7600"), taxId: null }) },
    expected: { decision: "refer", reasonCodes: { match: "exact", codes: ["CREDIT_REPORT_MISSING"] }, plan: { mustInclude: CORE, mustExclude: ["creditBureau"] } },
    model: {},
  },
  {
    id: "vendor-model-plans-credit-for-deposit",
    category: "vendor",
    description: "The model plans a credit pull for a deposit account; the credit check must not call the bureau",
    input: { request: buildRequest({ ...creditApplicant("eval-vendor-9", "7600"), product: "deposit" }) },
    expected: { decision: "approve", reasonCodes: { match: "exact", codes: [] }, plan: { mustInclude: CORE, mustExclude: ["creditBureau"] } },
    model: {
      note: "Misbehaving planner: it adds a creditBureau task for a deposit account. The credit check's own applicability rule must stop the pull.",
      plans: [{
        rationale: "Run every available check.",
        tasks: [
          { id: "doc", tool: "idDocument", args: { subject: "applicant", verifyTaxId: true }, dependsOn: [] },
          { id: "screen", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
          { id: "addr", tool: "address", args: { subject: "applicant" }, dependsOn: [] },
          { id: "credit", tool: "creditBureau", args: { subject: "applicant", purpose: "account_opening" }, dependsOn: [] },
        ],
      }],
    },
  },
];
