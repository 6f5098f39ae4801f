import PQueue from "p-queue";
import { runLoadScenario } from "../src/batch/load-scenario.js";
import { createCaptureLogger } from "../src/gateway/capture-logger.js";
import { sendHttpAttempt } from "../src/gateway/send-http-attempt.js";
import { creditReportRequest, sandboxBureauConfig } from "../src/testing/sandbox-bureau.js";
import { createVendorGateway } from "../src/gateway/vendor-gateway.js";
import { rootLogger } from "../src/logging/logger.js";
import { startSandboxProcess, type SandboxProcess } from "../src/sandbox/sandbox-process.js";
import { countMaxInWindow } from "../src/sandbox/sandbox-stats.js";

const RATE_PER_SECOND = 50;
const BURST = 500;
/** Arrival times at the sandbox of the bureau's requests, and the rates they show. */
async function measureArrivals(sandbox: SandboxProcess, vendor: string) {
  const times = (await sandbox.stats()).log.filter((record) => record.vendor === vendor).map((record) => record.receivedAt).sort((a, b) => a - b);
  return {
    count: times.length,
    maxPerSecond: countMaxInWindow(times, 1000),
    // n arrivals span n - 1 gaps.
    ratePerSecond: (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000),
  };
}

/** Sends the burst through the gateway, which paces attempt starts to the rate limit. */
async function burstThroughGateway(sandbox: SandboxProcess) {
  const config = sandboxBureauConfig(sandbox.url, {
    ratePerSecond: RATE_PER_SECOND,
    retries: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 400, retryAfterCapMs: 5_000 },
  });
  const gateway = createVendorGateway({ vendors: [config] });
  const logger = createCaptureLogger().logger;
  const pull = (key: string) => gateway.forTask({ runId: key, taskId: "credit", tier: 2, signal: new AbortController().signal, logger }).request(creditReportRequest(key));

  // Warm-up opens connections and fetches the token, so first-use delays do not bunch the first arrivals.
  await Promise.all(Array.from({ length: RATE_PER_SECOND }, (_, index) => pull(`gateway-warm-${index}`)));
  await sandbox.resetStats();
  await Promise.all(Array.from({ length: BURST }, (_, index) => pull(`gateway-burst-${index}`)));
  return measureArrivals(sandbox, "bureau-a");
}

/** Baseline: the same burst through p-queue's default fixed window of 50 per 1000 ms, with no gateway around it. */
async function burstThroughFixedWindow(sandbox: SandboxProcess) {
  const token = await sendHttpAttempt(`${sandbox.url}/bureau-b`, {
    vendor: "bureau-b", operation: "token", method: "POST", path: "/oauth/token",
    headers: { authorization: `Basic ${Buffer.from("checkgraph-sandbox:sandbox-secret").toString("base64")}` },
    form: { grant_type: "client_credentials" },
  }, {}, new AbortController().signal);
  const bearer = { authorization: `Bearer ${(token.body as { access_token: string }).access_token}` };
  const queue = new PQueue({ concurrency: 50, intervalCap: RATE_PER_SECOND, interval: 1000 });
  const send = (key: string) => queue.add(() => sendHttpAttempt(`${sandbox.url}/bureau-b`, creditReportRequest(key, "bureau-b"), bearer, new AbortController().signal));

  await Promise.all(Array.from({ length: RATE_PER_SECOND }, (_, index) => send(`fixed-warm-${index}`)));
  await sandbox.resetStats();
  await Promise.all(Array.from({ length: BURST }, (_, index) => send(`fixed-burst-${index}`)));
  return measureArrivals(sandbox, "bureau-b");
}

/**
 * Measures the vendor gateway against a vendor sandbox in a child process.
 * The first part sends a burst of 500 calls to a bureau limited to 50 per
 * second. The second runs `applicants` requests through the batch runner and
 * the full graph while the sandbox injects 10% 5xx, 10% 429 and 2% hangs.
 */
export async function benchGatewayLoad(applicants: number): Promise<void> {
  // Hundreds of retry warnings would bury the figures; the logger is created before bench/run.ts can set the level.
  rootLogger.level = "silent";
  const sandbox = await startSandboxProcess();
  let gatewayBurst: Awaited<ReturnType<typeof measureArrivals>>;
  let fixedBurst: Awaited<ReturnType<typeof measureArrivals>>;
  try {
    gatewayBurst = await burstThroughGateway(sandbox);
    fixedBurst = await burstThroughFixedWindow(sandbox);
  } finally {
    await sandbox.close();
  }

  console.log(`\nVendor gateway: burst of ${BURST} calls to a bureau limited to ${RATE_PER_SECOND}/s (arrivals counted by the sandbox)`);
  console.log(`  gateway (paced starts): max ${gatewayBurst.maxPerSecond} in any 1 s window, ${gatewayBurst.ratePerSecond.toFixed(1)}/s achieved (${((100 * gatewayBurst.ratePerSecond) / RATE_PER_SECOND).toFixed(1)}% of the limit), ${gatewayBurst.count} arrivals`);
  console.log(`  baseline (p-queue fixed window): max ${fixedBurst.maxPerSecond} in any 1 s window, ${fixedBurst.ratePerSecond.toFixed(1)}/s achieved, ${fixedBurst.count} arrivals`);

  const load = await runLoadScenario({
    applicants,
    ratePerSecond: RATE_PER_SECOND,
    concurrency: 100,
    faults: { failureRate: 0.1, throttleRate: 0.1, hangRate: 0.02, retryAfterSeconds: 1 },
    sandbox: "child-process",
  });
  const ratio = load.wallSeconds / load.allowedSeconds;
  console.log(`\nVendor gateway: ${applicants} applicants, sandbox injecting 10% 5xx, 10% 429 (Retry-After 1 s) and 2% hangs on credit reports`);
  console.log(`  decided ${load.decided} of ${load.applicants}, lost ${load.lost}, outcomes ${JSON.stringify(load.outcomes)}`);
  console.log(`  credit checks that could not finish: ${load.creditChecksFailed}, of which referred naming the bureau: ${load.failedReferredWithVendorNamed}`);
  console.log(`  billable pulls ${load.billablePulls}, idempotency keys billed twice: ${load.duplicateBilledKeys}, retries ${load.retries}`);
  console.log(`  requests per bureau ${JSON.stringify(load.requestsByVendor)}, max in any 1 s window ${JSON.stringify(load.maxPerSecondByVendor)}`);
  console.log(`  wall time ${load.wallSeconds.toFixed(1)} s; the rate limits allow ${load.allowedSeconds.toFixed(1)} s for those requests; ratio ${ratio.toFixed(3)} (goal at most 1.20)`);
  console.log(`  median run time by tier ${JSON.stringify(load.medianRunMsByTier)} ms; decided by tier ${JSON.stringify(load.decidedByTier)}`);
}
