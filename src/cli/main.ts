#!/usr/bin/env node
import { setMaxListeners } from "node:events";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import dotenv from "dotenv";
import { loadSettings, type Settings } from "../config/settings.js";
import { CheckgraphError, InputError } from "../errors/checkgraph-error.js";
import { parseCheckRequest } from "../request/parse-request.js";
import { MAX_PLAN_TASKS } from "../plan/plan-schema.js";
import { createRuntime } from "../runtime/create-runtime.js";
import { registerBatchCommand } from "./commands/batch.js";
import { registerSandboxCommand } from "./commands/sandbox.js";
import { registerListsCommand } from "./commands/lists.js";
import { registerScreenCommand } from "./commands/screen.js";
import { renderRun } from "./render-run.js";
import { createRunner, formatRunEvent, type RunEvent } from "./run-request.js";

const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");
/** The example that needs real lists: it matches an OFAC SDN entry, so it runs only with SANCTIONS_LISTS_DIR. */
const REAL_LIST_EXAMPLE = "ofac-sdn-individual.json";

function parseConcurrency(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return parsed;
}

function parseNonNegative(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError("expected a whole number from 0 to 65535");
  return parsed;
}

function settingsWith(options: { demo?: boolean }): Settings {
  const settings = loadSettings();
  return options.demo ? { ...settings, demo: true } : settings;
}

function readInput(file: string): string {
  try {
    return file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    throw new InputError([{ field: file === "-" ? "standard input" : file, message: `cannot read: ${reason}`, fix: "give a readable JSON file, or - for standard input" }]);
  }
}

/** Returns "line L, column C" of a character offset, for JSON errors that must not quote the file. */
function describePosition(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function parseJson(text: string, source: string): unknown {
  // A byte-order mark is legal in UTF-8 files but not in JSON.
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    throw new InputError([{ field: source, message: "empty input", fix: "give one JSON object with \"kind\": \"onboarding\"" }]);
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    // V8's message quotes the text around the error, which can be personal data, so only the position is kept.
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = offset === undefined ? "" : ` at ${describePosition(body, Number(offset))}`;
    throw new InputError([{ field: source, message: `invalid JSON${where}`, fix: "check its quotes, commas and brackets, or pass --text for a chat message" }]);
  }
}

async function runCommand(file: string, options: { json?: boolean; demo?: boolean; text?: boolean; maxConcurrency?: number; progress?: boolean }) {
  const text = readInput(file);
  // Validate before starting anything, so bad input runs nothing.
  const request = options.text ? null : parseCheckRequest(parseJson(text, file === "-" ? "standard input" : file));
  const runtime = createRuntime({ settings: settingsWith(options) });
  try {
    await runtime.warmUp();
    const onEvent = options.progress
      ? (event: RunEvent) => {
          const line = formatRunEvent(event);
          if (line) process.stderr.write(line + "\n");
        }
      : undefined;
    const runner = createRunner(runtime, { onEvent });
    const run = request ? await runner.runRequest(request, options.maxConcurrency) : await runner.runText(text, options.maxConcurrency);
    process.stdout.write(options.json ? JSON.stringify(run, null, 2) + "\n" : renderRun(run, null) + "\n");
    // A chat message that could not become a request is bad input, like an invalid file.
    if (!run.decision) process.exitCode = 2;
  } finally {
    await runtime.close();
  }
}

async function examplesCommand(options: { json?: boolean; demo?: boolean; vendorLatency?: number }) {
  const settings = settingsWith(options);
  const files = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith(".json")).sort();
  const chosen = files.filter((name) => name !== REAL_LIST_EXAMPLE || settings.sanctionsListsDir);
  const runtime = createRuntime({ settings, sandboxLatencyMs: settings.bureauUrl ? undefined : options.vendorLatency });
  if (!options.json && options.vendorLatency && !settings.bureauUrl) {
    process.stdout.write(`The in-process vendor sandbox answers after a simulated ${options.vendorLatency} ms, as a real bureau would.\n\n`);
  }
  const outcomes: { file: string; expected: string; actual: string }[] = [];
  try {
    await runtime.warmUp();
    const runner = createRunner(runtime);
    for (const file of chosen) {
      const example = parseJson(readFileSync(join(EXAMPLES_DIR, file), "utf8"), file) as { title?: string; expected?: string };
      const run = await runner.runRequest(parseCheckRequest(example));
      outcomes.push({ file, expected: example.expected ?? "", actual: run.decision?.outcome ?? "none" });
      process.stdout.write(options.json ? JSON.stringify({ example: file, ...run }) + "\n" : renderRun(run, `${example.title} (examples/${file})`) + "\n\n");
    }
  } finally {
    await runtime.close();
  }
  if (!options.json) {
    const matched = outcomes.filter((outcome) => outcome.expected === outcome.actual).length;
    process.stdout.write(`${matched} of ${outcomes.length} examples reached their expected decision.\n`);
    if (!settings.sanctionsListsDir) process.stdout.write(`Set SANCTIONS_LISTS_DIR to a folder of official list files to also run examples/${REAL_LIST_EXAMPLE}.\n`);
  }
}

function reportError(error: unknown, json: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and version end with code 0.
    if (error.exitCode === 0) return 0;
    if (json) process.stdout.write(JSON.stringify({ error: { code: "INVALID_INPUT", category: "input", message: error.message } }, null, 2) + "\n");
    return 2;
  }
  const isInput = CheckgraphError.isInstance(error) && error.category === "input";
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`checkgraph: ${message}\n`);
  if (json) {
    const body = CheckgraphError.isInstance(error) ? { ...error.toJSON(), issues: error instanceof InputError ? error.issues : undefined } : { message };
    process.stdout.write(JSON.stringify({ error: body }, null, 2) + "\n");
  }
  return isInput ? 2 : 1;
}

const program = new Command()
  .name("checkgraph")
  .description("Plan and run KYC onboarding checks in parallel, and decide with a deterministic policy.")
  .showHelpAfterError()
  .exitOverride();

program
  .command("run")
  .description("Run one request from a JSON file, or - for standard input")
  .argument("<file>", "request file (JSON), or - for standard input")
  .option("--json", "print the documented JSON result instead of the text report")
  .option("--demo", "also screen against the bundled demo watchlist of invented entries")
  .option("--text", "treat the input as a free-text chat message instead of JSON")
  .option("--max-concurrency <n>", "maximum checks running at once", parseConcurrency)
  .option("--progress", "print each check's start and finish on standard error as they happen")
  .action(runCommand);

program
  .command("examples")
  .description("Run the bundled example requests in examples/")
  .option("--json", "print one JSON result per line")
  .option("--demo", "also screen against the bundled demo watchlist of invented entries")
  .option("--vendor-latency <ms>", "latency the in-process vendor sandbox adds to each answer, in milliseconds", parseNonNegative)
  .action(examplesCommand);

registerSandboxCommand(program);
registerBatchCommand(program);

// A wave of up to MAX_PLAN_TASKS Sends makes @langchain/core add one abort listener per task to the
// run's signal, which passes Node's default warning limit of 10 without any leak.
setMaxListeners(4 * MAX_PLAN_TASKS);
registerScreenCommand(program);
registerListsCommand(program);

dotenv.config({ quiet: true });
const wantsJson = process.argv.includes("--json");
program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportError(error, wantsJson);
});
