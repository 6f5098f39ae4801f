import { pino, type Logger } from "pino";
import { REDACTED_PATHS } from "../logging/logger.js";

/** A logger for tests that keeps every JSON line in `lines`, with the same redaction as the process logger. */
export interface CapturedLogger {
  logger: Logger;
  lines: string[];
  /** The captured lines parsed as objects. */
  entries(): Array<Record<string, unknown>>;
}

/** Creates a debug-level pino logger that writes to an in-memory array instead of standard error. */
export function createCaptureLogger(bindings: Record<string, string> = {}): CapturedLogger {
  const lines: string[] = [];
  const logger = pino(
    { level: "debug", base: undefined, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } },
    { write: (line: string) => lines.push(line) },
  ).child(bindings);
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
