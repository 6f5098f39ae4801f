/**
 * Every reason code a check or the policy can produce, with its default effect
 * on the decision. This table is the one place the codes are documented;
 * docs/reason-codes.md is generated from it by `renderReasonCodeTable`, and a
 * test fails when the two differ.
 *
 * `effect` is what the policy does with a finding of this code by default:
 * `decline` and `refer` set the decision (decline outranks refer), `none`
 * records the finding without changing the outcome. `review` marks findings
 * an analyst can clear or confirm in an interactive run.
 */
export const REASON_CODES = {
  SANCTIONS_MATCH: { effect: "decline", description: "The subject matches a watchlist entry: name, and date of birth or identifiers agree." },
  SANCTIONS_POTENTIAL_MATCH: { effect: "refer", review: true, description: "The subject resembles a watchlist entry closely enough for an analyst to review." },
  SANCTIONS_MATCH_CONFIRMED: { effect: "decline", description: "An analyst reviewed a potential match and confirmed it as a true match." },
  REVIEW_PENDING: { effect: "refer", description: "A finding needs an analyst's review and none was given: the run was unattended (CLI, batch) or review was off." },
  DEMO_WATCHLIST_USED: { effect: "none", description: "Screening used the bundled demo watchlist of invented entries, not a real list." },

  DOC_MRZ_INVALID: { effect: "refer", description: "The MRZ could not be read: wrong line count or length, characters outside A-Z, 0-9 and <, a malformed field, or a document type other than passport or identity card." },
  DOC_CHECK_DIGIT_INVALID: { effect: "refer", description: "One or more MRZ check digits (document number, birth date, expiry, personal number, composite) do not match." },
  DOC_DATE_INVALID: { effect: "refer", description: "A date in the document is not a calendar date." },
  DOC_EXPIRED: { effect: "refer", description: "The document expired before the application date." },
  DOC_NAME_MISMATCH: { effect: "refer", description: "The name in the document does not match the applicant's name." },
  DOC_BIRTH_DATE_MISMATCH: { effect: "refer", description: "The birth date in the document differs from the applicant's." },
  DOC_SPECIMEN_STATE: { effect: "refer", description: "The document uses an ICAO specimen state code (UTO); accepted only in demo and test data, where the effect is none." },
  DOC_NATIONALITY_MISMATCH: { effect: "refer", description: "The nationality in the MRZ names another country than the applicant's nationality." },
  DOC_NOT_MACHINE_VERIFIED: { effect: "refer", description: "The document was given by its printed fields only (no MRZ), so nothing about it could be machine-checked; a person must inspect it." },
  DOC_NUMBER_INVALID: { effect: "refer", description: "The document number is empty, longer than 20 characters, or has characters other than A-Z and 0-9." },
  APPLICANT_UNDER_AGE: { effect: "refer", description: "The applicant is younger than the policy's minimum age on the application date." },
  TAX_ID_INVALID: { effect: "refer", description: "The SSN or ITIN breaks the issuing agency's structure rules." },
  TAX_ID_TEST_NUMBER: { effect: "refer", description: "The SSN is structurally valid but a well-known test or advertising number." },

  ADDRESS_UNDELIVERABLE: { effect: "refer", description: "The address is missing parts a carrier needs (house number, street, city, US state) or cannot be standardised." },
  ADDRESS_POSTCODE_INVALID: { effect: "refer", description: "The ZIP code or UK postcode is not in a valid format." },
  ADDRESS_REGION_MISMATCH: { effect: "refer", description: "The ZIP code belongs to another state than the one given." },
  ADDRESS_ZIP_UNKNOWN: { effect: "refer", description: "The ZIP code is well formed but absent from the bundled ZIP dataset, so it may be new, retired or never issued." },
  ADDRESS_CITY_MISMATCH: { effect: "none", description: "The city differs from the one city name the bundled ZIP dataset lists for the ZIP code. USPS accepts alternate names, so the finding is informational." },
  ADDRESS_STANDARDISED: { effect: "none", description: "The address was rewritten to its standard form; the finding carries the standard form." },

  CREDIT_FRAUD_ALERT: { effect: "refer", description: "The credit file carries a fraud alert or an active-duty alert." },
  CREDIT_THIN_FILE: { effect: "refer", description: "The credit file has too few tradelines to score reliably." },
  CREDIT_SUBJECT_NOT_FOUND: { effect: "refer", description: "The bureau has no file for the subject." },
  CREDIT_SCORE_BELOW_MINIMUM: { effect: "decline", description: "The credit score is below the product's minimum." },
  CREDIT_REPORT_MISSING: { effect: "refer", description: "A credit product was requested but no credit report was obtained (no US SSN or ITIN, or the check was not planned), so the credit decision needs a person." },
  CREDIT_NOT_APPLICABLE: { effect: "none", description: "No credit report was pulled: the product is not a credit product, or there is no US SSN or ITIN." },

  VENDOR_BUDGET_EXCEEDED: { effect: "refer", description: "A vendor call was not made because it would have exceeded the run's vendor budget (CHECKGRAPH_VENDOR_BUDGET_PER_RUN)." },

  CHECK_UNAVAILABLE: { effect: "refer", description: "A planned check did not finish (vendor down, list missing, timeout, failed dependency), so the policy fails closed." },
} as const satisfies Record<string, { effect: "decline" | "refer" | "none"; description: string; review?: boolean }>;

export type ReasonCode = keyof typeof REASON_CODES;
export type ReasonEffect = (typeof REASON_CODES)[ReasonCode]["effect"];

export const REASON_CODE_LIST = Object.keys(REASON_CODES) as ReasonCode[];

/** Returns whether findings of this code go to an analyst in interactive runs. */
export function needsReview(code: ReasonCode): boolean {
  return (REASON_CODES[code] as { review?: boolean }).review === true;
}

/** Renders the reason-code table as Markdown, for docs/reason-codes.md. */
export function renderReasonCodeTable(): string {
  const rows = REASON_CODE_LIST.map(
    (code) => `| \`${code}\` | ${REASON_CODES[code].effect} | ${needsReview(code) ? "yes" : ""} | ${REASON_CODES[code].description} |`,
  );
  return [
    "# Reason codes",
    "",
    "Generated from `src/policy/reason-codes.ts` by `npx tsx scripts/write-reason-codes-doc.ts`; edit the source, not this page.",
    "",
    "Effect is the policy's default: `decline` outranks `refer`, which outranks `approve`; `none` records the finding without changing the outcome.",
    "A planned check that did not finish always adds `CHECK_UNAVAILABLE`, so the policy fails closed.",
    "",
    "Review `yes`: in an interactive run with review on, an analyst confirms or clears the finding; unattended runs add `REVIEW_PENDING`.",
    "",
    "| Code | Effect | Review | Meaning |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
