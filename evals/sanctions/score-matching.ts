/**
 * Scores the sanctions matcher on labelled data and prints one table. Every
 * data file is an argument, so any set in the same format can be scored:
 *
 *   npx tsx evals/sanctions/score-matching.ts --pairs FILE --positives FILE \
 *     --lists DIR --negatives FILE --congress FILE --cross-script FILE
 *
 * `npm run eval:sanctions` passes the shared evaluation files. Each argument
 * is optional; a section whose files are missing is left out of the table.
 */
import { parseArgs } from "node:util";
import { loadWatchlists } from "../../tools/sanctions/lists/load-watchlists.js";
import type { LoadedWatchlist } from "../../tools/sanctions/model/watchlist-entry.js";
import { createScreeningEngine, type ScreeningEngine } from "../../tools/sanctions/screening-engine.js";
import { computeMetrics, formatPercent, isHeldOut } from "./classification-metrics.js";
import { readCrossScriptPairs, readNamePairs, readPeople, scriptOf, type EvalPerson } from "./read-eval-files.js";
import { findRightEntries } from "./resolve-right-entries.js";

/** Threshold at which the pairs file's OpenSanctions logic-v2 scores count as a match, as its README states. */
const BASELINE_THRESHOLD = 0.7;

/** Table rows: measure, measured value, target, met or not. */
type Row = [string, string, string, string];

const { values: args } = parseArgs({
  options: {
    pairs: { type: "string" },
    positives: { type: "string" },
    lists: { type: "string" },
    negatives: { type: "string" },
    congress: { type: "string" },
    "cross-script": { type: "string" },
  },
});

const lists: LoadedWatchlist[] = args.lists ? await loadWatchlists(args.lists) : [];
const engine = createScreeningEngine(lists);
const rows: Row[] = [];
const verdict = (met: boolean) => (met ? "met" : "NOT MET");

if (args.pairs) scorePairs(args.pairs);
if (args.positives && args.lists) scorePositives(args.positives);
if (args.negatives && args.lists) scoreFalseMatches("negatives", args.negatives, 0.1);
if (args.congress && args.lists) scoreFalseMatches("US Congress", args.congress, 0.5);
if (args["cross-script"]) scoreCrossScript(args["cross-script"]);
printTable(rows);

function pairType(schema: string): "person" | "organization" | "vessel" {
  if (schema === "Person") return "person";
  return schema === "Vessel" ? "vessel" : "organization";
}

function scorePairs(path: string): void {
  const pairs = readNamePairs(path).map((pair) => ({
    ...pair,
    score: engine.compareNames(pair.left, pair.right, pairType(pair.schema)),
    heldOut: isHeldOut(pair.caseId),
  }));
  const parts = [
    ["all", pairs],
    ["tuning part", pairs.filter((pair) => !pair.heldOut)],
    ["held-out part", pairs.filter((pair) => pair.heldOut)],
  ] as const;
  const cutoffs = [
    ["potential match", engine.thresholds.potentialMatch],
    ["match", engine.thresholds.match],
  ] as const;

  for (const [part, subset] of parts) {
    const baseline = computeMetrics(subset.map((pair) => ({ predicted: (pair.baselineScore ?? 0) >= BASELINE_THRESHOLD, actual: pair.isMatch })));
    const describe = (metrics: ReturnType<typeof computeMetrics>) =>
      `P ${metrics.precision.toFixed(3)} R ${metrics.recall.toFixed(3)} F1 ${metrics.f1.toFixed(3)}`;
    for (const [label, cutoff] of cutoffs) {
      const metrics = computeMetrics(subset.map((pair) => ({ predicted: pair.score >= cutoff, actual: pair.isMatch })));
      const target = label === "potential match" ? ">= 0.86 F1" : "reported";
      const met = label === "potential match" ? verdict(metrics.f1 >= 0.86) : "";
      rows.push([`pairs ${part} (${subset.length}), name >= ${cutoff} (${label})`, describe(metrics), target, met]);
    }
    rows.push([`pairs ${part}, OpenSanctions logic-v2 >= ${BASELINE_THRESHOLD}`, describe(baseline), "baseline", ""]);
  }
  if (process.env.EVAL_SHOW_ERRORS) {
    for (const pair of pairs) {
      const predicted = pair.score >= engine.thresholds.potentialMatch;
      if (predicted !== pair.isMatch) {
        process.stdout.write(`${predicted ? "FP" : "FN"} ${pair.score.toFixed(3)} ${pair.heldOut ? "H" : " "} ${pair.left} | ${pair.right}\n`);
      }
    }
  }
}

function queryOf(person: EvalPerson) {
  return { name: person.name, entityType: "person" as const, birthDate: person.birthDate, country: isoCode(person.nationality) };
}

function isoCode(nationality: string | null): string | null {
  return nationality !== null && /^[A-Za-z]{2,3}$/.test(nationality) ? nationality.toUpperCase() : null;
}

function scorePositives(path: string): void {
  const unLists = lists.filter((list) => list.listId === "un_sc");
  if (unLists.length === 0) throw new Error(`No un_sc folder under ${args.lists}: the UN positives need the UN consolidated list.`);
  const unEngine: ScreeningEngine = createScreeningEngine(unLists);
  const entries = unLists[0]!.entries;

  let resolved = 0;
  let topHit = 0;
  let anyHit = 0;
  const misses: string[] = [];
  for (const person of readPeople(path)) {
    const right = findRightEntries(person.name, entries);
    if (right.size === 0) continue;
    resolved += 1;
    const { hits } = unEngine.screen(queryOf(person));
    if (hits[0] !== undefined && right.has(hits[0].entryId)) topHit += 1;
    else misses.push(`${person.name} -> ${hits[0]?.entryId ?? "no hit"} (${hits[0]?.score ?? 0})`);
    if (hits.some((hit) => right.has(hit.entryId))) anyHit += 1;
  }
  if (process.env.EVAL_SHOW_ERRORS) for (const miss of misses) process.stdout.write(`UN miss: ${miss}\n`);
  rows.push([`UN positives: right entry is the top hit (${resolved} resolve)`, `${topHit}/${resolved} = ${formatPercent(topHit, resolved)}`, ">= 99.5%", verdict(topHit / resolved >= 0.995)]);
  rows.push(["UN positives: right entry among the hits", `${anyHit}/${resolved} = ${formatPercent(anyHit, resolved)}`, "reported", ""]);
}

function scoreFalseMatches(label: string, path: string, maxPercent: number): void {
  const people = readPeople(path);
  let matches = 0;
  let potential = 0;
  for (const person of people) {
    const [best] = engine.screen(queryOf(person)).hits;
    if (best?.decision === "match") matches += 1;
    else if (best?.decision === "potential_match") potential += 1;
  }
  rows.push([`${label}: queries with a match (${people.length})`, `${matches} = ${formatPercent(matches, people.length)}`, `<= ${maxPercent}%`, verdict((100 * matches) / people.length <= maxPercent)]);
  rows.push([`${label}: best hit a potential match`, `${potential} = ${formatPercent(potential, people.length)}`, "reported", ""]);
}

function scoreCrossScript(path: string): void {
  const byScript = new Map<string, { found: number; total: number }>();
  for (const pair of readCrossScriptPairs(path)) {
    const script = scriptOf(pair.query);
    const counts = byScript.get(script) ?? { found: 0, total: 0 };
    counts.total += 1;
    if (engine.compareNames(pair.query, pair.expected, "person") >= engine.thresholds.potentialMatch) counts.found += 1;
    byScript.set(script, counts);
  }
  const required = new Set(["Arabic", "Cyrillic", "Greek"]);
  for (const [script, counts] of byScript) {
    const isRequired = required.has(script);
    rows.push([`cross-script ${script}`, `${counts.found}/${counts.total}`, isRequired ? "all" : "reported", isRequired ? verdict(counts.found === counts.total) : ""]);
  }
}

function printTable(table: Row[]): void {
  const header: Row = ["Measure", "Result", "Target", ""];
  const widths = header.map((_, column) => Math.max(...[header, ...table].map((row) => row[column]!.length)));
  const line = (row: Row) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  process.stdout.write(`${line(header)}\n| ${widths.map((width) => "-".repeat(width)).join(" | ")} |\n`);
  for (const row of table) process.stdout.write(`${line(row)}\n`);
}
