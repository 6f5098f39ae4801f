import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandboxProcess } from "../sandbox/sandbox-process.js";
import { countMaxInWindow } from "../sandbox/sandbox-stats.js";
import { startVendorSandbox, type VendorSandbox } from "../sandbox/vendor-sandbox.js";
import { createCaptureLogger } from "./capture-logger.js";
import type { VendorConfig } from "./gateway-config.js";
import { creditReportRequest, sandboxBureauConfig } from "../testing/sandbox-bureau.js";
import { createVendorGateway, type VendorGateway } from "./vendor-gateway.js";

let sandbox: VendorSandbox;

beforeAll(async () => {
  sandbox = await startVendorSandbox({ port: 0 });
});

afterAll(async () => {
  await sandbox.close();
});

afterEach(() => {
  sandbox.clearFaults();
  sandbox.resetStats();
});

function createGateway(overrides: Partial<VendorConfig>): VendorGateway {
  return createVendorGateway({ vendors: [sandboxBureauConfig(sandbox.url, overrides)] });
}

// One logger for every call: creating a pino logger per call blocks the event loop long enough to bunch the first arrivals.
const CAPTURE = createCaptureLogger();

function pull(gateway: VendorGateway, key: string, tier = 2) {
  const client = gateway.forTask({ runId: `run-${key}`, taskId: "credit", tier, signal: new AbortController().signal, logger: CAPTURE.logger });
  return client.request(creditReportRequest(key));
}

function vendorTimes(): number[] {
  return sandbox.stats().log.filter((record) => record.vendor === "bureau-a").map((record) => record.receivedAt);
}

describe("gateway rate limit over real sockets", () => {
  it("caps every 1 s window at 50", async () => {
    // A sandbox in its own process stamps arrivals on its own event loop, which this process's work cannot delay.
    const external = await startSandboxProcess();
    try {
      const gateway = createGateway({ baseUrl: `${external.url}/bureau-a`, ratePerSecond: 50 });
      // Warm-up opens connections and fetches the token, whose first-use delays would otherwise bunch the first arrivals.
      await Promise.all(Array.from({ length: 50 }, (_, index) => pull(gateway, `burst-warm-${index}`)));
      await external.resetStats();
      const responses = await Promise.all(Array.from({ length: 300 }, (_, index) => pull(gateway, `burst-${index}`)));
      const times = (await external.stats()).log.map((record) => record.receivedAt).sort((a, b) => a - b);
      // Requests per second between the first and the last arrival: n arrivals span n - 1 gaps.
      const sustainedRate = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);

      expect(responses.every((response) => response.status === 200)).toBe(true);
      expect(times).toHaveLength(300);
      expect(countMaxInWindow(times, 1000)).toBeLessThanOrEqual(50);
      expect(sustainedRate).toBeGreaterThanOrEqual(0.95 * 50);
    } finally {
      await external.close();
    }
  }, 30_000);
});

describe("gateway Retry-After over real sockets", () => {
  it.each(["seconds", "http-date"] as const)("waits 2 s after a 429 in %s form", async (retryAfterFormat) => {
    const gateway = createGateway({});
    await pull(gateway, `warm-${retryAfterFormat}`);
    sandbox.resetStats();
    sandbox.setFaults("bureau-a", { failNextRequests: 1, status: 429, retryAfterSeconds: 2, retryAfterFormat, operation: "credit-report" });
    const response = await pull(gateway, `retry-after-${retryAfterFormat}`);
    const times = vendorTimes();

    expect(response.status).toBe(200);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(2_000);
  });

  it("follows the vendor's own rate limit", async () => {
    const gateway = createGateway({});
    await pull(gateway, "warm-vendor-limit");
    sandbox.resetStats();
    sandbox.setFaults("bureau-a", { rateLimit: { requests: 5, intervalMs: 1_000 }, operation: "credit-report" });
    const responses = await Promise.all(Array.from({ length: 8 }, (_, index) => pull(gateway, `vendor-limit-${index}`)));
    const statuses = sandbox.stats().requests["POST /bureau-a/v1/credit-reports"];

    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(statuses).toBe(11);
    expect(sandbox.stats().billablePullCount).toBe(8);
  });
});

describe("gateway priority over real sockets", () => {
  it("favours tier 1 without starving tier 3", async () => {
    const gateway = createGateway({ maxInFlight: 2, ratePerSecond: 100 });
    await pull(gateway, "warm-priority");
    sandbox.setFaults("bureau-a", { latencyMs: 10, operation: "credit-report" });
    const latencies: Record<1 | 3, number[]> = { 1: [], 3: [] };
    const started = Date.now();
    const calls = Array.from({ length: 80 }, (_, index) => {
      const tier = index % 2 === 0 ? 3 : 1;
      return pull(gateway, `priority-${index}`, tier).then((response) => {
        latencies[tier].push(Date.now() - started);
        return response;
      });
    });
    const responses = await Promise.all(calls);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(latencies[3]).toHaveLength(40);
    expect(median(latencies[1])).toBeLessThan(median(latencies[3]));
  });
});
