import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startSandboxProcess, type SandboxProcess } from "../sandbox/sandbox-process.js";
import { countMaxInWindow } from "../sandbox/sandbox-stats.js";
import { createCaptureLogger } from "./capture-logger.js";
import { createRedisStartPacer, type SharedStartPacer } from "./redis-start-pacer.js";
import { creditReportRequest, sandboxBureauConfig } from "../testing/sandbox-bureau.js";
import { createVendorGateway, type VendorGateway } from "./vendor-gateway.js";

// The Redis server that .ci/run starts, on 127.0.0.1 only.
const REDIS_URL = "redis://127.0.0.1:6379";
const RATE = 20;
const CAPTURE = createCaptureLogger();

function createGateway(sandbox: SandboxProcess, sharedPacer?: SharedStartPacer): VendorGateway {
  const config = sandboxBureauConfig(sandbox.url, { ratePerSecond: RATE, retries: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 40, retryAfterCapMs: 5_000 } });
  return createVendorGateway({ vendors: [config] }, { sharedPacer });
}

function pull(gateway: VendorGateway, key: string) {
  const client = gateway.forTask({ runId: `run-${key}`, taskId: "credit", tier: 2, signal: new AbortController().signal, logger: CAPTURE.logger });
  return client.request(creditReportRequest(key));
}

/** Sends a burst split between two gateways, as two processes would, and returns the most arrivals in one second. */
async function burstFromTwoGateways(sandbox: SandboxProcess, pacers: [SharedStartPacer?, SharedStartPacer?]): Promise<number> {
  const gateways = [createGateway(sandbox, pacers[0]), createGateway(sandbox, pacers[1])];
  await Promise.all(gateways.map((gateway, index) => pull(gateway, `warm-${index}-${randomUUID()}`)));
  await sandbox.resetStats();
  await Promise.all(Array.from({ length: 60 }, (_, index) => pull(gateways[index % 2]!, `burst-${index}-${randomUUID()}`)));
  const times = (await sandbox.stats()).log.map((record) => record.receivedAt);
  expect(times).toHaveLength(60);
  return countMaxInWindow(times, 1000);
}

describe("Redis start pacer", () => {
  it("holds one rate limit across two gateways", async () => {
    const sandbox = await startSandboxProcess();
    const prefix = `checkgraph-test:${randomUUID()}:`;
    const pacers: [SharedStartPacer, SharedStartPacer] = [createRedisStartPacer(REDIS_URL, prefix), createRedisStartPacer(REDIS_URL, prefix)];
    try {
      const shared = await burstFromTwoGateways(sandbox, pacers);
      const separate = await burstFromTwoGateways(sandbox, [undefined, undefined]);

      expect(shared).toBeLessThanOrEqual(RATE);
      // Without Redis each gateway paces itself alone, so together they pass the vendor's limit.
      expect(separate).toBeGreaterThan(RATE);
    } finally {
      await Promise.all(pacers.map((pacer) => pacer.close()));
      await sandbox.close();
    }
  }, 40_000);
});
