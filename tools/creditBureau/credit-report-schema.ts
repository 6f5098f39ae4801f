import { z } from "zod";

/** File status in the bureau's report. `not_found` means the bureau has no file for the subject. */
export const BureauFileStatusSchema = z.enum(["active", "thin", "not_found"]);

/** The parts of the bureau's `POST /v1/credit-reports` response the check reads. */
export const BureauReportSchema = z.object({
  reportId: z.string().min(1),
  subjectFound: z.boolean(),
  score: z.number().int().min(300).max(850).nullable(),
  tradelines: z.array(z.unknown()),
  inquiries: z.array(z.unknown()),
  alerts: z.array(z.object({ type: z.string().min(1), placedOn: z.string().optional() })),
  fileStatus: BureauFileStatusSchema,
});
export type BureauReport = z.infer<typeof BureauReportSchema>;

/**
 * Output of the `creditBureau` check: a summary of the report, without the
 * subject's SSN, birth date, name or the tradeline details.
 */
export const CreditBureauOutputSchema = z.object({
  /** Whether a report was pulled. False when the check does not apply. */
  pulled: z.boolean(),
  /** Bureau that returned the report: `bureau-b` when the primary bureau was unavailable. */
  vendor: z.string().nullable(),
  reportId: z.string().nullable(),
  subjectFound: z.boolean().nullable(),
  /** Credit score from 300 to 850, or null when the file is too thin to score or nothing was pulled. */
  score: z.number().int().nullable(),
  fileStatus: z.enum([...BureauFileStatusSchema.options, "not_pulled"]),
  tradelineCount: z.number().int().min(0),
  inquiryCount: z.number().int().min(0),
  alerts: z.array(z.object({ type: z.string(), placedOn: z.string().nullable() })),
});
export type CreditBureauOutput = z.infer<typeof CreditBureauOutputSchema>;

/** Output when no report was pulled. */
export const NOT_PULLED_OUTPUT: CreditBureauOutput = {
  pulled: false,
  vendor: null,
  reportId: null,
  subjectFound: null,
  score: null,
  fileStatus: "not_pulled",
  tradelineCount: 0,
  inquiryCount: 0,
  alerts: [],
};

/** Reduces a bureau report to the check's output. */
export function summariseReport(report: BureauReport, vendor: string): CreditBureauOutput {
  return {
    pulled: true,
    vendor,
    reportId: report.reportId,
    subjectFound: report.subjectFound,
    score: report.score,
    fileStatus: report.fileStatus,
    tradelineCount: report.tradelines.length,
    inquiryCount: report.inquiries.length,
    alerts: report.alerts.map((alert) => ({ type: alert.type, placedOn: alert.placedOn ?? null })),
  };
}
