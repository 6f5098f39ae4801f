import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";

/** One labelled name pair with the OpenSanctions logic-v2 score recorded beside it. */
export interface NamePair {
  caseId: string;
  schema: string;
  left: string;
  right: string;
  isMatch: boolean;
  /** logic-v2 score, or null when the file leaves it empty. */
  baselineScore: number | null;
}

/** One person from a yente fixture file (positives, Congress or synthetic negatives). */
export interface EvalPerson {
  name: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY as the file gives it, or null. */
  birthDate: string | null;
  nationality: string | null;
}

/** One cross-script pair: a name in a non-Latin script and its expected Latin match. */
export interface CrossScriptPair {
  query: string;
  expected: string;
  description: string;
}

function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

function readRecords(path: string): Record<string, string>[] {
  return parse(readText(path), { columns: true, skip_empty_lines: true, relax_column_count: true });
}

/** Reads a name-pair benchmark CSV (`case_id,schema,name1,name2,is_match,...,score`). */
export function readNamePairs(path: string): NamePair[] {
  return readRecords(path).map((row) => ({
    caseId: row.case_id ?? "",
    schema: row.schema ?? "Person",
    left: row.name1 ?? "",
    right: row.name2 ?? "",
    isMatch: row.is_match === "true",
    baselineScore: row.score === undefined || row.score === "" ? null : Number(row.score),
  }));
}

/** Reads a yente fixture CSV of people (`full_name,...,date_of_birth,...,nationality`), plain or gzipped. */
export function readPeople(path: string): EvalPerson[] {
  return readRecords(path).map((row) => ({
    name: row.full_name ?? "",
    birthDate: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.date_of_birth ?? "") ? row.date_of_birth! : null,
    nationality: row.nationality ? row.nationality : null,
  }));
}

/** Reads the cross-script pairs CSV (`Query,Expected Match,Min Score,Description`, with `#` comment lines and no header). */
export function readCrossScriptPairs(path: string): CrossScriptPair[] {
  const rows: string[][] = parse(readText(path), { comment: "#", skip_empty_lines: true, relax_column_count: true });
  return rows.map((row) => ({ query: row[0] ?? "", expected: row[1] ?? "", description: row[3] ?? "" }));
}

/** Names the main script of a name (Arabic, Cyrillic, Greek, Han, Hangul...) by its first non-Latin letter. */
export function scriptOf(name: string): string {
  const scripts = ["Arabic", "Cyrillic", "Greek", "Hebrew", "Hangul", "Hiragana", "Katakana", "Han", "Thai", "Devanagari", "Armenian", "Khmer"];
  for (const script of scripts) {
    if (new RegExp(`\\p{Script=${script}}`, "u").test(name)) return script;
  }
  return "Latin";
}
