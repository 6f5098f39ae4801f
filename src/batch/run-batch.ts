import type { RunJson } from "../cli/run-json.js";
import { CheckgraphError, type InputIssue } from "../errors/checkgraph-error.js";
import type { CheckRequest } from "../request/check-request.js";
import { BatchResultsWriter, readAnsweredLines } from "./batch-results-file.js";
import { readBatchInput } from "./read-batch-input.js";

/** Options of `runBatch`. */
export interface BatchOptions {
  inputPath: string;
  /** JSONL results file. Input lines that already have a result in it are skipped, so a restarted batch resumes. */
  outputPath: string;
  /** Maximum requests running at once. */
  concurrency: number;
  /** Runs one request through the graph. */
  runRequest(request: CheckRequest): Promise<RunJson>;
  /** Called after each finished request. */
  onProgress?(progress: BatchProgress): void;
  /** Called once per invalid input line, before any request runs. */
  onInvalidLine?(line: number, issues: readonly InputIssue[]): void;
  /** Stops starting new requests; requests already running finish and are written. */
  signal?: AbortSignal;
}

/** Counts for a progress display. */
export interface BatchProgress {
  /** Requests this invocation runs: valid lines without a result yet. */
  toRun: number;
  finished: number;
  running: number;
}

/** Counts of one batch invocation. */
export interface BatchSummary {
  /** Non-blank input lines. */
  lines: number;
  /** Lines with a result from an earlier invocation, skipped now. */
  alreadyAnswered: number;
  invalidLines: number[];
  /** Requests run and written now. */
  written: number;
  /** Requests whose run raised an error; each is written with its error. */
  errors: number;
  /** Written decisions by outcome. */
  outcomes: Record<string, number>;
  /** True when `signal` stopped the batch before every line was answered. */
  stopped: boolean;
  wallTimeMs: number;
}

/**
 * Runs every valid, not yet answered line of a JSONL file with bounded
 * concurrency, and appends one JSON line per result (`{ line, ...run }`, or
 * `{ line, reference, error }`) as each finishes.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new RangeError(`Invalid batch concurrency ${options.concurrency}: expected a whole number of 1 or more.`);
  }
  const started = performance.now();
  const input = readBatchInput(options.inputPath);
  const answered = readAnsweredLines(options.outputPath);

  const invalidLines: number[] = [];
  const pending: Array<{ line: number; request: CheckRequest }> = [];
  for (const entry of input) {
    if (answered.has(entry.line)) continue;
    if ("issues" in entry) {
      invalidLines.push(entry.line);
      options.onInvalidLine?.(entry.line, entry.issues);
    } else {
      pending.push(entry);
    }
  }

  const summary: BatchSummary = {
    lines: input.length,
    alreadyAnswered: input.filter((entry) => answered.has(entry.line)).length,
    invalidLines,
    written: 0,
    errors: 0,
    outcomes: {},
    stopped: false,
    wallTimeMs: 0,
  };
  const writer = new BatchResultsWriter(options.outputPath);
  let next = 0;
  let running = 0;

  const worker = async (): Promise<void> => {
    while (next < pending.length && !options.signal?.aborted) {
      const entry = pending[next++]!;
      running += 1;
      writer.append(await runLine(entry, options, summary));
      summary.written += 1;
      running -= 1;
      options.onProgress?.({ toRun: pending.length, finished: summary.written, running });
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, pending.length)) }, worker));
  } finally {
    writer.close();
  }
  summary.stopped = summary.written < pending.length;
  summary.wallTimeMs = Math.round(performance.now() - started);
  return summary;
}

async function runLine(entry: { line: number; request: CheckRequest }, options: BatchOptions, summary: BatchSummary) {
  try {
    const run = await options.runRequest(entry.request);
    const outcome = run.decision?.outcome ?? "none";
    summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
    return { line: entry.line, ...run };
  } catch (error) {
    summary.errors += 1;
    // Only checkgraph's own messages are kept: they never carry applicant data, unlike arbitrary exceptions.
    const described = CheckgraphError.isInstance(error)
      ? { code: error.code, message: error.message }
      : { code: "INTERNAL", message: `unexpected ${error instanceof Error ? error.name : typeof error} while running the request` };
    return { line: entry.line, reference: entry.request.reference ?? null, error: described };
  }
}
