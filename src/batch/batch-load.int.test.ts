import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRunner } from "../cli/run-request.js";
import { loadSettings } from "../config/settings.js";
import { createDefaultGateway } from "../gateway/default-gateway.js";
import { createRuntime } from "../runtime/create-runtime.js";
import { startVendorSandbox, type VendorSandbox } from "../sandbox/vendor-sandbox.js";
import { runLoadScenario } from "./load-scenario.js";
import { runBatch } from "./run-batch.js";
import { writeSyntheticBatch } from "./synthetic-batch.js";

describe("batch under a faulty vendor", () => {
  it("decides every applicant and bills each pull once", async () => {
    // Two attempts and no fallback, so some credit checks give up and the referral path is exercised too.
    const result = await runLoadScenario({
      applicants: 120,
      ratePerSecond: 50,
      concurrency: 40,
      faults: { failureRate: 0.1, throttleRate: 0.1, hangRate: 0.02, retryAfterSeconds: 1 },
      bureau: { retries: { maxAttempts: 2, baseDelayMs: 20, maxDelayMs: 100, retryAfterCapMs: 2_000 }, fallback: undefined },
      sandbox: "in-process",
    });

    expect(result.resultLines).toBe(120);
    expect(result.lost).toBe(0);
    expect(result.duplicateBilledKeys).toBe(0);
    expect(result.billablePulls + result.creditChecksFailed).toBe(120);
    expect(result.creditChecksFailed).toBeGreaterThan(0);
    expect(result.failedReferredWithVendorNamed).toBe(result.creditChecksFailed);
    expect(result.decidedByTier).toEqual({ 1: 40, 2: 40, 3: 40 });
  }, 60_000);
});

describe("batch resume", () => {
  let sandbox: VendorSandbox;
  let directory: string;

  beforeAll(async () => {
    sandbox = await startVendorSandbox({ port: 0 });
    directory = mkdtempSync(join(tmpdir(), "checkgraph-resume-"));
  });

  afterAll(async () => {
    await sandbox.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("resumes without a second billable pull", async () => {
    const inputPath = join(directory, "input.jsonl");
    const outputPath = join(directory, "results.jsonl");
    writeSyntheticBatch(inputPath, 30);
    const settings = { ...loadSettings({}), demo: true };
    const runtime = createRuntime({ settings, gateway: createDefaultGateway(settings, sandbox.url) });
    const runner = createRunner(runtime);
    const stopper = new AbortController();

    const first = await runBatch({
      inputPath, outputPath, concurrency: 6, signal: stopper.signal,
      runRequest: (request) => runner.runRequest(request),
      onProgress: (progress) => {
        if (progress.finished >= 10) stopper.abort();
      },
    });
    // A crash loses results whose pulls were already billed: drop the last three written lines.
    const written = readFileSync(outputPath, "utf8").trim().split("\n");
    writeFileSync(outputPath, written.slice(0, -3).join("\n") + "\n");
    const second = await runBatch({ inputPath, outputPath, concurrency: 6, runRequest: (request) => runner.runRequest(request) });
    await runtime.close();
    const lines = readFileSync(outputPath, "utf8").trim().split("\n").map((row) => (JSON.parse(row) as { line: number }).line);

    expect(first.stopped).toBe(true);
    expect(second.alreadyAnswered).toBe(first.written - 3);
    expect(first.written - 3 + second.written).toBe(30);
    expect(Object.values(sandbox.stats().idempotentReplays).reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(new Set(lines).size).toBe(30);
    expect(sandbox.stats().billablePullCount).toBe(30);
    expect(Object.values(sandbox.stats().billablePulls).every((count) => count === 1)).toBe(true);
  }, 60_000);
});
