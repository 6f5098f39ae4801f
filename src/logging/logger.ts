import { pino, type Logger } from "pino";

export type { Logger } from "pino";

/**
 * Field paths whose values are personal data. pino replaces them with
 * "[redacted]" at the top level of a log line's object and one level down;
 * `applicant` objects are redacted whole. `name` is not listed, because it is
 * the logger's own field and an error's class name; checkgraph never logs a
 * person's name under it.
 */
export const REDACTED_PATHS = [
  "ssn",
  "taxId",
  "birthDate",
  "dateOfBirth",
  "dob",
  "mrz",
  "documentNumber",
  "address",
  "*.ssn",
  "*.taxId",
  "*.birthDate",
  "*.dateOfBirth",
  "*.dob",
  "*.mrz",
  "*.documentNumber",
  "*.address",
  "applicant",
  "request.applicant",
  "input.applicant",
];

function resolveLevel(): string {
  return process.env.CHECKGRAPH_LOG_LEVEL ?? "warn";
}

/**
 * The process-wide structured logger. It writes JSON lines to standard error,
 * so standard output stays clean for `--json` results.
 */
export const rootLogger: Logger = pino(
  {
    name: "checkgraph",
    level: resolveLevel(),
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    base: undefined,
  },
  pino.destination(2),
);

/** Returns a child logger that stamps every line with the run id, and the task id when given. */
export function loggerFor(ids: { runId: string; taskId?: string; tool?: string; vendor?: string }): Logger {
  return rootLogger.child(ids);
}
