import { closeSync, existsSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";

/** One line of a batch results file: the number of its input line, then the run's JSON or an error. */
export interface BatchResultLine {
  /** 1-based line number in the input file. */
  line: number;
  [field: string]: unknown;
}

/**
 * Reads the input line numbers that already have a result in a results file,
 * so a restarted batch skips them. A last line cut off by a crash is removed from the file, and its
 * request runs again.
 */
export function readAnsweredLines(path: string): Set<number> {
  const answered = new Set<number>();
  if (!existsSync(path)) return answered;

  const text = readFileSync(path, "utf8");
  const lastNewline = text.lastIndexOf("\n");
  if (lastNewline < text.length - 1) truncateSync(path, Buffer.byteLength(text.slice(0, lastNewline + 1)));

  for (const row of text.slice(0, lastNewline + 1).split("\n")) {
    if (row.trim() === "") continue;
    try {
      const parsed = JSON.parse(row) as Partial<BatchResultLine>;
      if (Number.isInteger(parsed.line)) answered.add(parsed.line!);
    } catch {
      // A corrupt complete line counts as no result, so its request runs again.
    }
  }
  return answered;
}

/**
 * Appends results to a JSONL file with one synchronous `write` per line, so a
 * process crash keeps every finished result. There is no fsync, so an
 * operating system crash may lose the last lines.
 */
export class BatchResultsWriter {
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, "a");
  }

  append(result: BatchResultLine): void {
    writeSync(this.fd, `${JSON.stringify(result)}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }
}
