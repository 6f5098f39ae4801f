import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRunner } from "../cli/run-request.js";
import { loadSettings } from "../config/settings.js";
import type { VendorConfig } from "../gateway/gateway-config.js";
import { createVendorGateway } from "../gateway/vendor-gateway.js";
import { createRuntime } from "../runtime/create-runtime.js";
import type { VendorFaults } from "../sandbox/sandbox-faults.js";
import { startSandboxProcess, type SandboxProcess } from "../sandbox/sandbox-process.js";
import { countMaxInWindow, type SandboxStats } from "../sandbox/sandbox-stats.js";
import { startVendorSandbox } from "../sandbox/vendor-sandbox.js";
import { runBatch } from "./run-batch.js";
import { writeSyntheticBatch } from "./synthetic-batch.js";

/** Options of `runLoadScenario`. */
export interface LoadScenarioOptions {
  applicants: number;
  /** Rate limit of each bureau, in requests per second. */
  ratePerSecond: number;
  /** Requests the batch runs at once. */
  concurrency: number;
  /** Faults the sandbox injects on both bureaus' credit-report route. */
  faults: VendorFaults;
  /** Changes to the bureau gateway settings, such as shorter timeouts. */
  bureau?: Partial<VendorConfig>;
  /** Deadline of one check, in milliseconds. */
  checkTimeoutMs?: number;
  /**
   * Location of the sandbox. A child process stamps arrival times on its own
   * event loop, so the graph's work in this process cannot delay them.
   */
  sandbox: "in-process" | "child-process";
}

/** Figures of one load scenario, counted from the results file and the sandbox's own records. */
export interface LoadScenarioResult {
  applicants: number;
  resultLines: number;
  decided: number;
  /** Applicants with no result line, or with a result that has no decision. */
  lost: number;
  outcomes: Record<string, number>;
  /** Runs whose credit check could not finish. */
  creditChecksFailed: number;
  /** Of those, runs referred or declined with a `CHECK_UNAVAILABLE` reason that names the bureau. */
  failedReferredWithVendorNamed: number;
  /** Messages of the first reasons of referred runs, for the report. */
  referReasons: string[];
  billablePulls: number;
  /** Idempotency keys billed more than once, over both bureaus. */
  duplicateBilledKeys: number;
  /** Requests each bureau received, tokens included. */
  requestsByVendor: Record<string, number>;
  /** Most requests any bureau received in one sliding 1 s window. */
  maxPerSecondByVendor: Record<string, number>;
  retries: number;
  /** Median wall time of a run per customer tier, in milliseconds. */
  medianRunMsByTier: Record<number, number>;
  /** Decided runs per customer tier. */
  decidedByTier: Record<number, number>;
  wallSeconds: number;
  /** Minimum time the rate limits allow for every request made: the busiest bureau's requests divided by its rate. */
  allowedSeconds: number;
}

/**
 * Runs `applicants` synthetic onboarding requests through the batch runner and
 * the full graph, against an in-process sandbox injecting `faults`, and counts
 * what happened.
 */
export async function runLoadScenario(options: LoadScenarioOptions): Promise<LoadScenarioResult> {
  const directory = mkdtempSync(join(tmpdir(), "checkgraph-load-"));
  const inputPath = join(directory, "applicants.jsonl");
  const outputPath = join(directory, "results.jsonl");
  writeSyntheticBatch(inputPath, options.applicants);

  const sandbox = options.sandbox === "child-process" ? await startSandboxProcess() : await startInProcess();
  const settings = { ...loadSettings({}), demo: true, checkTimeoutMs: options.checkTimeoutMs ?? 15_000 };
  const bureau = (id: string, fallback?: string): VendorConfig => ({
    id,
    baseUrl: `${sandbox.url}/${id}`,
    timeoutMs: 500,
    maxInFlight: 25,
    ratePerSecond: options.ratePerSecond,
    retries: { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 400, retryAfterCapMs: 2_000 },
    costPerCall: 0.5,
    oauth: { tokenPath: "/oauth/token", clientId: settings.bureauClientId, clientSecret: settings.bureauClientSecret },
    ...(fallback ? { fallback } : {}),
    ...options.bureau,
  });
  const gateway = createVendorGateway({ vendors: [bureau("bureau-a", "bureau-b"), bureau("bureau-b")] });
  const runtime = createRuntime({ settings, gateway });

  try {
    await runtime.warmUp();
    for (const vendor of ["bureau-a", "bureau-b"]) await sandbox.setFaults(vendor, { ...options.faults, operation: "credit-report" });
    const runner = createRunner(runtime);
    const summary = await runBatch({ inputPath, outputPath, concurrency: options.concurrency, runRequest: (request) => runner.runRequest(request) });
    return countFigures(options, readResults(outputPath), await sandbox.stats(), gateway.usage(), summary.wallTimeMs / 1000);
  } finally {
    await runtime.close();
    await sandbox.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

async function startInProcess(): Promise<SandboxProcess> {
  const sandbox = await startVendorSandbox({ port: 0 });
  return {
    url: sandbox.url,
    setFaults: async (vendor, faults) => sandbox.setFaults(vendor as "bureau-a", faults),
    stats: async () => sandbox.stats(),
    resetStats: async () => sandbox.resetStats(),
    close: () => sandbox.close(),
  };
}

interface ResultLine {
  line: number;
  decision?: { outcome: string; reasons: Array<{ code: string; taskId: string | null; message: string }> } | null;
  checks?: Array<{ taskId: string; tool: string; status: string }>;
  wallTimeMs?: number;
}

function readResults(path: string): ResultLine[] {
  return readFileSync(path, "utf8").split("\n").filter((row) => row !== "").map((row) => JSON.parse(row) as ResultLine);
}

function countFigures(
  options: LoadScenarioOptions,
  results: ResultLine[],
  stats: SandboxStats,
  usage: ReturnType<ReturnType<typeof createVendorGateway>["usage"]>,
  wallSeconds: number,
): LoadScenarioResult {
  const decidedLines = new Set(results.filter((result) => result.decision).map((result) => result.line));
  const outcomes: Record<string, number> = {};
  let creditChecksFailed = 0;
  let failedReferredWithVendorNamed = 0;
  const referReasons: string[] = [];
  for (const result of results) {
    if (!result.decision) continue;
    const { outcome, reasons } = result.decision;
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    if (outcome === "refer" && referReasons.length < 3) referReasons.push(reasons.map((reason) => `${reason.code}: ${reason.message}`).join(" | "));

    const failedCredit = (result.checks ?? []).find((check) => check.tool === "creditBureau" && check.status !== "ok");
    if (!failedCredit) continue;
    creditChecksFailed += 1;
    const named = reasons.some((reason) => reason.code === "CHECK_UNAVAILABLE" && reason.taskId === failedCredit.taskId && /bureau-[ab]/.test(reason.message));
    if (named && outcome !== "approve") failedReferredWithVendorNamed += 1;
  }

  // buildSyntheticApplicants gives line n the tier ((n - 1) mod 3) + 1.
  const runMsByTier: Record<number, number[]> = { 1: [], 2: [], 3: [] };
  for (const result of results) if (result.decision && result.wallTimeMs !== undefined) runMsByTier[((result.line - 1) % 3) + 1]!.push(result.wallTimeMs);
  const medianRunMsByTier = Object.fromEntries(Object.entries(runMsByTier).map(([tier, times]) => [tier, median(times)]));
  const decidedByTier = Object.fromEntries(Object.entries(runMsByTier).map(([tier, times]) => [tier, times.length]));

  const requestsByVendor: Record<string, number> = {};
  const maxPerSecondByVendor: Record<string, number> = {};
  for (const vendor of ["bureau-a", "bureau-b"]) {
    const times = stats.log.filter((record) => record.vendor === vendor).map((record) => record.receivedAt);
    requestsByVendor[vendor] = times.length;
    maxPerSecondByVendor[vendor] = countMaxInWindow(times, 1000);
  }

  return {
    applicants: options.applicants,
    resultLines: results.length,
    decided: decidedLines.size,
    lost: options.applicants - decidedLines.size,
    outcomes,
    creditChecksFailed,
    failedReferredWithVendorNamed,
    referReasons,
    billablePulls: stats.billablePullCount,
    duplicateBilledKeys: Object.values(stats.billablePulls).filter((count) => count > 1).length,
    requestsByVendor,
    maxPerSecondByVendor,
    medianRunMsByTier,
    decidedByTier,
    retries: Object.values(usage).reduce((sum, vendor) => sum + vendor.retries, 0),
    wallSeconds,
    allowedSeconds: Math.max(...Object.values(requestsByVendor)) / options.ratePerSecond,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
