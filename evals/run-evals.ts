/**
 * `npm run evals`: runs the onboarding eval suite and prints its scorecard.
 * Offline by default: msw replays the recorded fixtures for the model, and
 * the vendors are the sandbox on 127.0.0.1. Exits 1 when a column falls below
 * the dataset's thresholds, 2 on invalid options.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadDataset } from "./eval-dataset.js";
import { formatScorecard } from "./format-scorecard.js";
import { createRecorder } from "./record-fixtures.js";
import { runEvalSuite, type Column } from "./run-suite.js";
import { findThresholdViolations } from "./score-suite.js";

const EVALS_DIR = resolve(fileURLToPath(import.meta.url), "..");
const USAGE = `Usage: npm run evals -- [options]
  --model <fixtures|offline|both>  columns to run: replayed model fixtures, the offline planner, or both (default both)
  --live                           run against the live model instead of fixtures (needs OPENAI_API_KEY)
  --record                         like --live, and write every answer to evals/fixtures-candidates/
  --stream                         replay the streamed (SSE) form of the fixtures instead of JSON
  --case <id>                      run only this case (repeatable)
  --dataset <file>                 dataset to run (default evals/datasets/onboarding.jsonl)
Environment: SANCTIONS_LISTS_DIR enables the cases that need real lists; OPENAI_BASE_URL and CHECKGRAPH_MODEL (openai/<model>) apply to --live.`;

function fail(message: string): never {
  process.stderr.write(`evals: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        model: { type: "string", default: "both" },
        live: { type: "boolean", default: false },
        record: { type: "boolean", default: false },
        stream: { type: "boolean", default: false },
        case: { type: "string", multiple: true },
        dataset: { type: "string", default: join(EVALS_DIR, "datasets", "onboarding.jsonl") },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

function chooseColumns(options: ReturnType<typeof parseOptions>): Column[] {
  if (options.live || options.record) {
    const apiKey = process.env.OPENAI_API_KEY;
    if (!apiKey) fail("--live and --record need OPENAI_API_KEY. Fix: set it, or run without them to replay the fixtures.");
    const configured = process.env.CHECKGRAPH_MODEL ?? "openai/gpt-4o-mini";
    if (!configured.startsWith("openai/")) fail(`CHECKGRAPH_MODEL ${JSON.stringify(configured)} is not an OpenAI model. Fix: set openai/<model>.`);
    return [{ name: "live", model: configured.slice("openai/".length), apiKey, baseUrl: process.env.OPENAI_BASE_URL ?? null }];
  }
  const fixtures: Column = { name: "fixtures", fixturesRoot: join(EVALS_DIR, "fixtures"), model: "gpt-4o-mini" };
  if (options.model === "fixtures") return [fixtures];
  if (options.model === "offline") return [{ name: "offline" }];
  if (options.model === "both") return [fixtures, { name: "offline" }];
  return fail(`invalid --model ${JSON.stringify(options.model)}. Fix: use fixtures, offline or both.`);
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.help) {
    process.stdout.write(USAGE + "\n");
    return;
  }
  const columns = chooseColumns(options);
  const dataset = loadDataset(options.dataset);
  const unknown = (options.case ?? []).filter((id) => !dataset.cases.some((item) => item.id === id));
  if (unknown.length) fail(`unknown case id(s): ${unknown.join(", ")}. Fix: use ids from ${options.dataset}.`);

  const live = columns[0]?.name === "live" ? columns[0] : null;
  const recorder = options.record && live
    ? createRecorder({ baseUrl: live.baseUrl ?? "https://api.openai.com/v1", candidatesRoot: join(EVALS_DIR, "fixtures-candidates"), model: live.model })
    : null;
  const result = await runEvalSuite({
    dataset,
    columns,
    caseIds: options.case,
    sanctionsListsDir: process.env.SANCTIONS_LISTS_DIR || null,
    stream: options.stream,
    handlers: recorder ? [recorder.handler] : [],
    onCase: (column, run) => {
      recorder?.finishCase(run.caseId);
      process.stderr.write(`[${column}] ${run.caseId}: ${run.decision ?? "no decision"} in ${run.latencyMs.toFixed(0)} ms\n`);
    },
    onCaseStart: (_column, caseId) => recorder?.startCase(caseId),
  });

  const violations = Object.fromEntries(result.columns.map((column) => [column.column, findThresholdViolations(column.scorecard, dataset.thresholds)]));
  process.stdout.write(`Eval suite ${dataset.name}: ${result.columns.map((column) => column.column).join(" and ")}\n`);
  process.stdout.write(formatScorecard(result, violations));
  if (recorder) process.stdout.write(`Recorded candidates for ${recorder.written().length} case(s) in evals/fixtures-candidates/. Review them, set "reviewed": true, then run npm run evals:promote.\n`);
  const fixtureProblems = result.columns.some((column) => column.fixtureProblems.length > 0);
  if (Object.values(violations).some((list) => list.length > 0) || fixtureProblems) process.exitCode = 1;
}

await main();
