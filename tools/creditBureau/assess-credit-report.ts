import type { Finding } from "../../src/tools/contract.js";
import type { CreditBureauOutput } from "./credit-report-schema.js";

/** Fewer tradelines than this make a file thin, even when the bureau reports the file as active. */
export const MIN_TRADELINES = 3;

/**
 * Derives the findings of a pulled report: subject not found, fraud or
 * active-duty alerts, thin file, and a score under `minimumScore`.
 */
export function assessCreditReport(output: CreditBureauOutput, minimumScore: number): Finding[] {
  const evidence = { vendor: output.vendor, reportId: output.reportId };
  if (output.subjectFound === false) {
    return [
      {
        code: "CREDIT_SUBJECT_NOT_FOUND",
        severity: "medium",
        message: "The credit bureau has no file for the applicant. Confirm the SSN or ITIN, and verify identity by other means.",
        evidence,
      },
    ];
  }

  const findings: Finding[] = [];
  if (output.alerts.length > 0) {
    findings.push({
      code: "CREDIT_FRAUD_ALERT",
      severity: "high",
      message: `The credit file carries ${output.alerts.map((alert) => alert.type).join(", ")}. Verify the applicant's identity before extending credit.`,
      evidence: { ...evidence, alerts: output.alerts },
    });
  }

  if (output.fileStatus === "thin" || output.score === null || output.tradelineCount < MIN_TRADELINES) {
    findings.push({
      code: "CREDIT_THIN_FILE",
      severity: "medium",
      message: `The credit file has ${output.tradelineCount} tradeline(s)${output.score === null ? " and no score" : ""}, too little history to score reliably.`,
      evidence: { ...evidence, fileStatus: output.fileStatus, tradelineCount: output.tradelineCount, minimumTradelines: MIN_TRADELINES, score: output.score },
    });
  }

  if (output.score !== null && output.score < minimumScore) {
    findings.push({
      code: "CREDIT_SCORE_BELOW_MINIMUM",
      severity: "high",
      message: `The credit score ${output.score} is below the product's minimum of ${minimumScore}.`,
      evidence: { ...evidence, score: output.score, minimumScore },
    });
  }
  return findings;
}
