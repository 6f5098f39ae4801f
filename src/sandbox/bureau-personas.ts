import { createHash } from "node:crypto";

/** One credit account in a bureau report. */
export interface Tradeline {
  creditor: string;
  accountType: "revolving" | "installment" | "mortgage";
  openedOn: string;
  status: "current" | "late_30" | "closed";
  balance: number;
  creditLimit: number | null;
}

/** One recorded request for the subject's credit file by a lender. */
export interface Inquiry {
  creditor: string;
  inquiredOn: string;
}

/** A consumer statement placed on the file, such as an initial fraud alert. */
export interface FileAlert {
  type: "initial_fraud_alert" | "extended_fraud_alert" | "active_duty_alert";
  placedOn: string;
  expiresOn: string;
}

/** The sandbox bureau's report body, as `POST /v1/credit-reports` returns it. */
export interface CreditReport {
  reportId: string;
  subjectFound: boolean;
  score: number | null;
  tradelines: Tradeline[];
  inquiries: Inquiry[];
  alerts: FileAlert[];
  fileStatus: "active" | "thin" | "not_found";
}

/** The fixed test personas, keyed by the last four digits of the SSN. */
export const BUREAU_PERSONAS = {
  "7600": "good_score",
  "0101": "thin_file",
  "4040": "fraud_alert",
  "5400": "low_score",
  "4004": "unknown_subject",
} as const;

export type BureauPersona = (typeof BUREAU_PERSONAS)[keyof typeof BUREAU_PERSONAS] | "derived";

const CREDITORS = ["Northwind Bank", "Contoso Card Services", "Fabrikam Auto Finance", "Tailspin Mortgage", "Woodgrove Credit Union"];
const ACCOUNT_TYPES: Tradeline["accountType"][] = ["revolving", "installment", "mortgage"];

/** Returns the persona for a nine-digit SSN or ITIN: a fixed persona by its last four digits, otherwise `derived`. */
export function selectPersona(ssnDigits: string): BureauPersona {
  const lastFour = ssnDigits.slice(-4);
  return (BUREAU_PERSONAS as Record<string, BureauPersona>)[lastFour] ?? "derived";
}

/**
 * Builds the report for a subject. Every value comes from the SSN digits and
 * the report id, so the same subject always gets the same report.
 */
export function buildCreditReport(ssnDigits: string, reportId: string): CreditReport {
  const seed = createHash("sha256").update(ssnDigits).digest();
  const persona = selectPersona(ssnDigits);

  switch (persona) {
    case "good_score":
      return { reportId, subjectFound: true, score: 760, tradelines: buildTradelines(seed, 12), inquiries: buildInquiries(seed, 1), alerts: [], fileStatus: "active" };
    case "thin_file":
      return { reportId, subjectFound: true, score: null, tradelines: buildTradelines(seed, 1), inquiries: [], alerts: [], fileStatus: "thin" };
    case "fraud_alert":
      return {
        reportId,
        subjectFound: true,
        score: 705,
        tradelines: buildTradelines(seed, 6),
        inquiries: buildInquiries(seed, 2),
        alerts: [{ type: "initial_fraud_alert", placedOn: "2025-01-15", expiresOn: "2026-01-15" }],
        fileStatus: "active",
      };
    case "low_score":
      return { reportId, subjectFound: true, score: 540, tradelines: buildTradelines(seed, 5), inquiries: buildInquiries(seed, 4), alerts: [], fileStatus: "active" };
    case "unknown_subject":
      return { reportId, subjectFound: false, score: null, tradelines: [], inquiries: [], alerts: [], fileStatus: "not_found" };
    case "derived":
      return buildDerivedReport(seed, reportId);
  }
}

/** Builds a good-ish profile: score 640 to 819, 3 to 14 tradelines, 0 to 3 inquiries, no alerts. */
function buildDerivedReport(seed: Buffer, reportId: string): CreditReport {
  const score = 640 + (seed.readUInt16BE(0) % 180);
  const tradelineCount = 3 + (seed[2]! % 12);
  const inquiryCount = seed[3]! % 4;
  return {
    reportId,
    subjectFound: true,
    score,
    tradelines: buildTradelines(seed, tradelineCount),
    inquiries: buildInquiries(seed, inquiryCount),
    alerts: [],
    fileStatus: "active",
  };
}

function buildTradelines(seed: Buffer, count: number): Tradeline[] {
  const tradelines: Tradeline[] = [];
  for (let index = 0; index < count; index += 1) {
    const byte = seed[(index + 4) % seed.length]!;
    const accountType = ACCOUNT_TYPES[byte % ACCOUNT_TYPES.length]!;
    const creditLimit = accountType === "revolving" ? 1_000 * (1 + (byte % 20)) : null;
    tradelines.push({
      creditor: CREDITORS[(byte + index) % CREDITORS.length]!,
      accountType,
      openedOn: `${2005 + (byte % 18)}-${String(1 + (index % 12)).padStart(2, "0")}-01`,
      status: byte % 17 === 0 ? "late_30" : "current",
      balance: 50 * (byte + index),
      creditLimit,
    });
  }
  return tradelines;
}

function buildInquiries(seed: Buffer, count: number): Inquiry[] {
  const inquiries: Inquiry[] = [];
  for (let index = 0; index < count; index += 1) {
    const byte = seed[(index + 20) % seed.length]!;
    inquiries.push({
      creditor: CREDITORS[byte % CREDITORS.length]!,
      inquiredOn: `2025-${String(1 + (byte % 12)).padStart(2, "0")}-${String(1 + (byte % 28)).padStart(2, "0")}`,
    });
  }
  return inquiries;
}
