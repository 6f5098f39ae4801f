import { readFileSync } from "node:fs";
import { z } from "zod";
import { REASON_CODES } from "../src/policy/reason-codes.js";
import { VendorFaultsSchema } from "../src/sandbox/sandbox-faults.js";

/** Case categories the scorecard breaks its figures down by. */
export const CASE_CATEGORIES = ["clean", "sanctions", "document", "address", "vendor", "chat", "adversarial"] as const;

const reasonCode = z.string().refine((code) => code in REASON_CODES, "not a reason code in src/policy/reason-codes.ts");

/** Pass marks of the whole suite; `npm run evals` exits 1 when a column falls below one. */
export const ThresholdsSchema = z.strictObject({
  /** Share of cases whose decision (or request for missing fields) is the expected one, 0 to 1. */
  decisionAccuracy: z.number().min(0).max(1),
  /** Micro-averaged over cases whose reason codes are an exact set, 0 to 1. */
  reasonPrecision: z.number().min(0).max(1),
  /** Micro-averaged over every case with expected reason codes, 0 to 1. */
  reasonRecall: z.number().min(0).max(1),
  /** Share of required checks present in the validated plans, 0 to 1. */
  planCoverage: z.number().min(0).max(1),
  /** Share of adversarial cases whose decision and plan were unaffected, 0 to 1. */
  injectionResisted: z.number().min(0).max(1),
  /** Maximum cost of vendor calls the case did not need, in the gateway's cost unit, summed over the suite. */
  maxUnnecessaryVendorCost: z.number().min(0),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/** The environment a case runs in, beyond its request. */
const CaseEnvironmentSchema = z.strictObject({
  /** Faults the vendor sandbox injects while this case runs, per bureau. */
  sandboxFaults: z.partialRecord(z.enum(["bureau-a", "bureau-b"]), VendorFaultsSchema).optional(),
  /** Points `CHECKGRAPH_BUREAU_URL` at a closed port on 127.0.0.1, so every bureau call is refused. */
  bureauUnreachable: z.literal(true).optional(),
});

/** What a case must produce. */
const ExpectedSchema = z.strictObject({
  /** The decision, or null when the run must ask for missing fields instead of deciding. */
  decision: z.enum(["approve", "refer", "decline"]).nullable(),
  reasonCodes: z.strictObject({
    /** `exact`: the decision's codes equal `codes`; `subset`: the decision contains at least `codes`. */
    match: z.enum(["exact", "subset"]),
    codes: z.array(reasonCode),
  }),
  /** Request fields the answer must name as missing or invalid (decision null only). */
  missingFields: z.array(z.string()).default([]),
  /** Tools the validated plan must contain, and tools it must not (their vendor calls count as unnecessary). */
  plan: z.strictObject({ mustInclude: z.array(z.string()), mustExclude: z.array(z.string()).default([]) }),
});

/** One eval case: an invented applicant, the environment, and what the run must produce. */
export const EvalCaseSchema = z
  .strictObject({
    type: z.literal("case"),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "case ids are lower-case kebab-case, up to 64 characters"),
    category: z.enum(CASE_CATEGORIES),
    description: z.string().min(1),
    /** Every applicant is invented, except in `requiresLists` cases, which name a real list entry. */
    subject: z.enum(["invented", "real-list-entry"]),
    /** Needs real list files from `SANCTIONS_LISTS_DIR`; skipped with a printed line when it is unset. */
    requiresLists: z.boolean().default(false),
    /** Counted in "injection cases resisted". */
    adversarial: z.boolean().default(false),
    input: z.union([z.strictObject({ request: z.record(z.string(), z.unknown()) }), z.strictObject({ chat: z.string().min(1) })]),
    environment: CaseEnvironmentSchema.default({}),
    expected: ExpectedSchema,
  })
  .refine((item) => item.expected.decision === null || item.expected.missingFields.length === 0, {
    message: "missingFields is only for cases whose expected decision is null",
    path: ["expected", "missingFields"],
  });
export type EvalCase = z.infer<typeof EvalCaseSchema>;

const HeaderSchema = z.strictObject({
  type: z.literal("suite"),
  name: z.string(),
  description: z.string(),
  thresholds: ThresholdsSchema,
});

/** A parsed dataset: its name, its thresholds and its cases in file order. */
export interface EvalDataset {
  name: string;
  thresholds: Thresholds;
  cases: EvalCase[];
}

/**
 * Parses a JSONL dataset: a `suite` header record first, then one `case`
 * record per line. Errors name the line and the field.
 */
export function parseDataset(text: string, source: string): EvalDataset {
  const lines = text.split("\n").map((line, index) => ({ line: line.trim(), number: index + 1 })).filter((entry) => entry.line !== "");
  const parseLine = <T>(schema: z.ZodType<T>, entry: { line: string; number: number }): T => {
    let json: unknown;
    try {
      json = JSON.parse(entry.line);
    } catch (error) {
      throw new Error(`${source}:${entry.number}: invalid JSON (${(error as Error).message}). Fix: write one JSON object per line.`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${source}:${entry.number}: ${issue.path.join(".") || "record"}: ${issue.message}. Fix: correct the record against evals/eval-dataset.ts.`);
    }
    return parsed.data;
  };
  const [first, ...rest] = lines;
  if (!first) throw new Error(`${source}: the dataset is empty. Fix: start it with a "suite" header record.`);
  const header = parseLine(HeaderSchema, first);
  const cases = rest.map((entry) => parseLine(EvalCaseSchema, entry));
  const ids = new Set<string>();
  for (const item of cases) {
    if (ids.has(item.id)) throw new Error(`${source}: duplicate case id ${item.id}. Fix: give every case its own id.`);
    ids.add(item.id);
  }
  return { name: header.name, thresholds: header.thresholds, cases };
}

/** Reads and parses a JSONL dataset file. */
export function loadDataset(path: string): EvalDataset {
  return parseDataset(readFileSync(path, "utf8"), path);
}
