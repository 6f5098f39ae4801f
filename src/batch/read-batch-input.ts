import { readFileSync } from "node:fs";
import { InputError, type InputIssue } from "../errors/checkgraph-error.js";
import type { CheckRequest } from "../request/check-request.js";
import { parseCheckRequest } from "../request/parse-request.js";

/** One input line: a parsed request, or why it is invalid. */
export type BatchInputLine =
  | { line: number; request: CheckRequest }
  | { line: number; issues: readonly InputIssue[] };

/**
 * Reads a JSONL file of onboarding requests, one per line. Blank lines are
 * skipped. Each other line becomes a request, or a list of issues naming the
 * invalid fields, so one bad line never stops the others.
 */
export function readBatchInput(path: string): BatchInputLine[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    throw new InputError([{ field: path, message: `cannot read: ${reason}`, fix: "give a readable JSONL file with one request per line" }]);
  }

  const lines: BatchInputLine[] = [];
  text.split("\n").forEach((row, index) => {
    if (row.trim() === "") return;
    lines.push(parseLine(row, index + 1));
  });
  return lines;
}

function parseLine(row: string, line: number): BatchInputLine {
  let value: unknown;
  try {
    value = JSON.parse(row);
  } catch (error) {
    return { line, issues: [{ field: "(line)", message: `invalid JSON: ${(error as Error).message}`, fix: "write one JSON object per line" }] };
  }
  try {
    return { line, request: parseCheckRequest(value) };
  } catch (error) {
    if (error instanceof InputError) return { line, issues: error.issues };
    throw error;
  }
}
