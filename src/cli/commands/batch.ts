import { Command, InvalidArgumentError } from "commander";
import { BatchProgressBar, type GatewayFigures } from "../../batch/batch-progress-bar.js";
import { runBatch, type BatchSummary } from "../../batch/run-batch.js";
import { loadSettings } from "../../config/settings.js";
import { rootLogger } from "../../logging/logger.js";
import { createRuntime } from "../../runtime/create-runtime.js";
import { createRunner } from "../run-request.js";

interface BatchCommandOptions {
  out?: string;
  concurrency: number;
  demo?: boolean;
  progress: boolean;
  json?: boolean;
}

function parseConcurrency(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 1000) throw new InvalidArgumentError("expected a whole number from 1 to 1000");
  return parsed;
}

function isGatewayFigures(value: unknown): value is GatewayFigures {
  const candidate = value as Partial<GatewayFigures> | null;
  return typeof candidate?.usage === "function" && typeof candidate.queueDepths === "function";
}

async function batchCommand(file: string, options: BatchCommandOptions): Promise<void> {
  const outputPath = options.out ?? `${file.replace(/\.jsonl$/, "")}.results.jsonl`;
  const settings = loadSettings();
  const runtime = createRuntime({ settings: options.demo ? { ...settings, demo: true } : settings });
  const showBar = options.progress && process.stderr.isTTY === true;
  // Retry warnings would tear the bar apart, so they are dropped unless CHECKGRAPH_LOG_LEVEL is set.
  if (showBar && process.env.CHECKGRAPH_LOG_LEVEL === undefined) rootLogger.level = "error";

  let gateway: GatewayFigures | null = null;
  const bar = new BatchProgressBar(() => gateway);
  const stopper = new AbortController();
  const onInterrupt = (): void => {
    if (stopper.signal.aborted) process.exit(130);
    process.stderr.write("\nStopping: running requests finish and are written; press Ctrl-C again to quit now. Rerun the same command to resume.\n");
    stopper.abort();
  };
  process.on("SIGINT", onInterrupt);

  let summary: BatchSummary;
  try {
    await runtime.warmUp();
    const runner = createRunner(runtime);
    summary = await runBatch({
      inputPath: file,
      outputPath,
      concurrency: options.concurrency,
      signal: stopper.signal,
      runRequest: async (request) => {
        const run = await runner.runRequest(request);
        if (gateway === null) {
          const created: unknown = await runtime.vendorGateway();
          if (isGatewayFigures(created)) gateway = created;
        }
        return run;
      },
      onInvalidLine: (line, issues) => {
        for (const issue of issues) process.stderr.write(`checkgraph: ${file}:${line}: ${issue.field}: ${issue.message}. Fix: ${issue.fix}\n`);
      },
      onProgress: (progress) => {
        if (showBar) bar.update(progress);
      },
    });
  } finally {
    bar.stop();
    process.off("SIGINT", onInterrupt);
    await runtime.close();
  }

  const usage = gateway === null ? {} : (gateway as GatewayFigures).usage();
  if (options.json) {
    process.stdout.write(JSON.stringify({ ...summary, outputPath, vendors: usage }) + "\n");
  } else {
    process.stdout.write(renderSummary(summary, outputPath, usage) + "\n");
  }
  if (summary.invalidLines.length > 0) process.exitCode = 2;
  else if (summary.stopped || summary.errors > 0) process.exitCode = 1;
}

function renderSummary(summary: BatchSummary, outputPath: string, usage: ReturnType<GatewayFigures["usage"]>): string {
  const outcomes = Object.entries(summary.outcomes).map(([outcome, count]) => `${count} ${outcome}`).join(", ") || "none";
  const lines = [
    `Wrote ${summary.written} result(s) to ${outputPath} in ${(summary.wallTimeMs / 1000).toFixed(1)} s: ${outcomes}.`,
    `Skipped ${summary.alreadyAnswered} line(s) answered by an earlier run; ${summary.invalidLines.length} invalid line(s); ${summary.errors} run error(s).`,
  ];
  for (const [vendor, figures] of Object.entries(usage)) {
    lines.push(`Vendor ${vendor}: ${figures.calls} calls, ${figures.retries} retries, ${figures.failures} failures, cost ${figures.cost.toFixed(2)}.`);
  }
  if (summary.stopped) lines.push("Stopped before the end: rerun the same command to resume.");
  return lines.join("\n");
}

/** Adds `checkgraph batch FILE.jsonl`: many onboarding requests with bounded concurrency and resumable output. */
export function registerBatchCommand(program: Command): void {
  program
    .command("batch")
    .description("Run one onboarding request per line of a JSONL file, writing one JSON result per line; rerun to resume")
    .argument("<file>", "input file, one request (JSON) per line")
    .option("--out <file>", "results file (JSONL); lines it already answers are skipped. Default: FILE with .results.jsonl")
    .option("--concurrency <n>", "requests running at once", parseConcurrency, 16)
    .option("--demo", "also screen against the bundled demo watchlist of invented entries")
    .option("--no-progress", "do not draw the progress bar")
    .option("--json", "print the summary as one JSON object")
    .action(batchCommand);
}
