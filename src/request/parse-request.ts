import type { z } from "zod";
import { InputError, type InputIssue } from "../errors/checkgraph-error.js";
import { CheckRequestSchema, type CheckRequest } from "./check-request.js";

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return value.length > 0 ? "a string" : "an empty string";
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return "an object";
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

/** Returns the fix for one zod issue: what to write instead. */
function fixFor(issue: z.core.$ZodIssue, field: string): string {
  if (field === "kind") return 'use "kind": "onboarding" (payment and portfolio requests are not supported yet)';
  if (issue.code === "invalid_type") {
    const article = /^[aeiou]/.test(issue.expected) ? "an" : "a";
    return issue.input === undefined ? `add ${field} (${issue.expected})` : `give ${field} as ${article} ${issue.expected}, not ${describeValue(issue.input)}`;
  }
  if (issue.code === "invalid_value") return `use one of: ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
  if (issue.code === "invalid_union" && field === "kind") return 'use "kind": "onboarding"';
  if (issue.code === "invalid_union" && field.endsWith("document")) {
    return 'give either { "mrz": [line1, line2] } or { "type", "number", "issuingCountry", "expiryDate" }';
  }
  if (issue.code === "unrecognized_keys") return "remove it, or check its spelling: field names are case-sensitive";
  if (/YYYY-MM-DD|calendar date/.test(issue.message)) return "write the date as YYYY-MM-DD, for example 1990-06-15";
  if (issue.code === "too_small" || issue.code === "too_big") {
    const units: Record<string, string> = { array: "items", string: "characters" };
    const unit = units[issue.origin] ?? "";
    const bound = issue.code === "too_small" ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
    return `give ${bound}${unit ? " " + unit : ""}`;
  }
  return "correct the value as the message says";
}

/** Converts zod issues into input issues that name the field and the fix. */
export function toInputIssues(error: z.ZodError, prefix = ""): InputIssue[] {
  return error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? [issue.keys.join(", ")] : [];
    const field = [prefix, ...issue.path.map(String), ...keys].filter(Boolean).join(".") || "(request)";
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    const message = missing ? "missing" : issue.code === "unrecognized_keys" ? "not a field of this request" : issue.message;
    return { field, message, fix: fixFor(issue, field) };
  });
}

/**
 * Validates a structured request. Accepts the request itself or an example
 * file's `{ title, expected, request }` wrapper. Throws `InputError` listing
 * every invalid field and its fix.
 */
export function parseCheckRequest(value: unknown): CheckRequest {
  const candidate =
    typeof value === "object" && value !== null && !("kind" in value) && "request" in value ? (value as { request: unknown }).request : value;
  if (typeof candidate !== "object" || candidate === null || Array.isArray(candidate)) {
    throw new InputError([{ field: "(request)", message: `expected a JSON object, got ${describeValue(candidate)}`, fix: 'give an object with "kind": "onboarding"' }]);
  }
  if (!("kind" in candidate)) {
    throw new InputError([{ field: "kind", message: "missing", fix: 'add "kind": "onboarding"' }]);
  }
  const parsed = CheckRequestSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) throw new InputError(toInputIssues(parsed.error), "Invalid request");
  return parsed.data;
}
