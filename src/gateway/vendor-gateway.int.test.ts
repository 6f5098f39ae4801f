import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startVendorSandbox, type VendorSandbox } from "../sandbox/vendor-sandbox.js";
import { createCaptureLogger } from "./capture-logger.js";
import type { VendorConfig } from "./gateway-config.js";
import type { VendorRequest } from "./vendor-client.js";
import { VendorError } from "./vendor-error.js";
import { createVendorGateway, type VendorGateway } from "./vendor-gateway.js";

const REPORTS_ROUTE = "POST /bureau-a/v1/credit-reports";
const TOKEN_ROUTE = "POST /bureau-a/oauth/token";

// Synthetic applicant: the name, birth date and SSN are invented for these tests.
const SSN = "123-45-7600";
const SUBJECT = {
  firstName: "Dana",
  lastName: "Quillfeather",
  birthDate: "1985-04-12",
  ssn: SSN,
  address: { line1: "1 Main St", city: "Springfield", region: "IL", postalCode: "62701", country: "US" },
};

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

function vendorConfig(id: "bureau-a" | "bureau-b", overrides: Partial<VendorConfig> = {}): VendorConfig {
  return {
    id,
    baseUrl: `${sandbox.url}/${id}`,
    timeoutMs: 2000,
    maxInFlight: 4,
    ratePerSecond: null,
    retries: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, retryAfterCapMs: 2000 },
    costPerCall: 0.5,
    oauth: { tokenPath: "/oauth/token", clientId: "checkgraph-sandbox", clientSecret: "sandbox-secret" },
    ...overrides,
  };
}

function createGateway(overrides: Partial<VendorConfig> = {}, withFallback = false): VendorGateway {
  const vendors = [vendorConfig("bureau-a", { ...overrides, ...(withFallback ? { fallback: "bureau-b" } : {}) })];
  if (withFallback) vendors.push(vendorConfig("bureau-b"));
  return createVendorGateway({ vendors });
}

function bindTask(gateway: VendorGateway, options: { tier?: number; signal?: AbortSignal; taskId?: string } = {}) {
  const capture = createCaptureLogger();
  const taskId = options.taskId ?? "task-1";
  const client = gateway.forTask({ runId: "run-1", taskId, tier: options.tier ?? 2, signal: options.signal ?? new AbortController().signal, logger: capture.logger });
  return { client, capture };
}

function reportRequest(idempotencyKey: string | undefined): VendorRequest {
  return {
    vendor: "bureau-a",
    operation: "credit-report",
    method: "POST",
    path: "/v1/credit-reports",
    body: { subject: SUBJECT, purpose: "account_opening" },
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    billable: true,
  };
}

async function captureVendorError(promise: Promise<unknown>): Promise<VendorError> {
  try {
    await promise;
  } catch (error) {
    if (VendorError.isVendorError(error)) return error;
    throw error;
  }
  throw new Error("expected the vendor call to fail");
}

describe("vendor gateway OAuth2 tokens", () => {
  it("reuses one token for many calls", async () => {
    const { client } = bindTask(createGateway());
    const first = await client.request(reportRequest("key-token-1"));
    const second = await client.request(reportRequest("key-token-2"));

    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(sandbox.stats().requests[TOKEN_ROUTE]).toBe(1);
  });

  it("renews the token after a 401", async () => {
    const { client } = bindTask(createGateway());
    await client.request(reportRequest("key-renew-1"));
    sandbox.expireTokens("bureau-a");
    const response = await client.request(reportRequest("key-renew-2"));

    expect(response.status).toBe(200);
    expect(sandbox.stats().requests[TOKEN_ROUTE]).toBe(2);
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBe(3);
  });

  it("fails without retry on a wrong secret", async () => {
    const { client } = bindTask(createGateway());
    const error = await captureVendorError(
      client.request({ ...reportRequest("key-wrong-secret"), credentials: { clientId: "checkgraph-sandbox", clientSecret: "wrong-secret" } }),
    );

    expect(error.operation).toBe("token");
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("client id and secret");
    expect(sandbox.stats().requests[TOKEN_ROUTE]).toBe(1);
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBeUndefined();
  });
});

describe("vendor gateway retries", () => {
  it("retries 503 until success", async () => {
    const gateway = createGateway();
    const { client, capture } = bindTask(gateway);
    sandbox.setFaults("bureau-a", { failNextRequests: 2, status: 503, operation: "credit-report" });
    const response = await client.request(reportRequest("key-503"));
    const retryLines = capture.entries().filter((entry) => entry.msg === "Retrying vendor call after a failed attempt");

    expect(response.status).toBe(200);
    expect(response.attempts).toBe(3);
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBe(3);
    expect(sandbox.stats().billablePulls["key-503"]).toBe(1);
    expect(retryLines).toHaveLength(2);
    expect(retryLines[0]).toMatchObject({ runId: "run-1", taskId: "task-1", vendor: "bureau-a", status: 503, attempt: 1 });
    expect(client.usage()["bureau-a"]).toEqual({ calls: 4, retries: 2, failures: 0, cost: 0.5 });
  });

  it("waits for Retry-After before retrying 429", async () => {
    const { client } = bindTask(createGateway());
    sandbox.setFaults("bureau-a", { failNextRequests: 1, status: 429, retryAfterSeconds: 1, operation: "credit-report" });
    const response = await client.request(reportRequest("key-429"));
    const times = sandbox.stats().requestTimes[REPORTS_ROUTE] ?? [];

    expect(response.status).toBe(200);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
  });

  it("does not retry 400", async () => {
    const { client, capture } = bindTask(createGateway());
    const error = await captureVendorError(client.request(reportRequest(undefined)));

    expect(error.status).toBe(400);
    expect(error.retryable).toBe(false);
    expect(error.attempts).toBe(1);
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBe(1);
    expect(capture.entries().filter((entry) => entry.msg === "Vendor call failed, giving up")).toHaveLength(1);
    expect(client.usage()["bureau-a"]?.failures).toBe(1);
  });

  it("raises a retryable error on timeout", async () => {
    const { client } = bindTask(createGateway({ timeoutMs: 150, retries: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 40, retryAfterCapMs: 2000 } }));
    await client.request(reportRequest("key-warm-timeout"));
    sandbox.setFaults("bureau-a", { latencyMs: 1500, operation: "credit-report" });
    const started = Date.now();
    const error = await captureVendorError(client.request(reportRequest("key-timeout")));

    expect(error.reason).toBe("timeout");
    expect(error.retryable).toBe(true);
    expect(error.status).toBeNull();
    expect(error.message).toContain("timed out after 150 ms");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("stops waiting when the task aborts", async () => {
    const controller = new AbortController();
    const { client } = bindTask(createGateway(), { signal: controller.signal });
    sandbox.setFaults("bureau-a", { failNextRequests: 1, status: 429, retryAfterSeconds: 2, operation: "credit-report" });
    const started = Date.now();
    setTimeout(() => controller.abort(), 200);
    const error = await captureVendorError(client.request(reportRequest("key-abort")));

    expect(error.reason).toBe("aborted");
    expect(error.retryable).toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBe(1);
  });

  it("opens the circuit after consecutive failures", async () => {
    const { client } = bindTask(
      createGateway({
        retries: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 40, retryAfterCapMs: 2000 },
        circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 },
      }),
    );
    sandbox.setFaults("bureau-a", { failNextRequests: 10, status: 500, operation: "credit-report" });
    await captureVendorError(client.request(reportRequest("key-breaker-1")));
    await captureVendorError(client.request(reportRequest("key-breaker-2")));
    const error = await captureVendorError(client.request(reportRequest("key-breaker-3")));

    expect(error.reason).toBe("circuit_open");
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBe(2);
  });
});

describe("vendor gateway fallback and usage", () => {
  it("falls back to bureau-b after bureau-a gives up", async () => {
    const { client, capture } = bindTask(createGateway({ retries: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 40, retryAfterCapMs: 2000 } }, true));
    sandbox.setFaults("bureau-a", { failNextRequests: 10, status: 503, operation: "credit-report" });
    const response = await client.request(reportRequest("key-fallback"));

    expect(response.vendor).toBe("bureau-b");
    expect(sandbox.stats().requests["POST /bureau-b/v1/credit-reports"]).toBe(1);
    expect(client.usage()["bureau-a"]).toMatchObject({ calls: 3, retries: 1, failures: 1, cost: 0 });
    expect(client.usage()["bureau-b"]).toMatchObject({ calls: 2, failures: 0, cost: 0.5 });
    expect(capture.entries().some((entry) => entry.msg === "Vendor unavailable, sending the call to its fallback vendor")).toBe(true);
  });

  it("sums usage over tasks", async () => {
    const gateway = createGateway();
    const first = bindTask(gateway, { taskId: "task-a" });
    const second = bindTask(gateway, { taskId: "task-b" });
    await first.client.request(reportRequest("key-usage-1"));
    await second.client.request(reportRequest("key-usage-2"));

    expect(first.client.usage()["bureau-a"]?.cost).toBe(0.5);
    expect(second.client.usage()["bureau-a"]?.cost).toBe(0.5);
    expect(gateway.usage()["bureau-a"]).toEqual({ calls: 3, retries: 0, failures: 0, cost: 1 });
  });

  it("rejects an invalid tier", () => {
    expect(() => bindTask(createGateway(), { tier: 0 })).toThrow(/tier 0/);
  });
});

describe("vendor gateway priority", () => {
  it("serves tier 1 before an earlier tier 3", async () => {
    const gateway = createGateway({ maxInFlight: 1 });
    await bindTask(gateway).client.request(reportRequest("key-priority-warm"));
    sandbox.resetStats();
    sandbox.setFaults("bureau-a", { latencyMs: 150, operation: "credit-report" });

    const running = bindTask(gateway, { tier: 2 }).client.request(reportRequest("key-tier-2"));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const lowPriority = bindTask(gateway, { tier: 3 }).client.request(reportRequest("key-tier-3"));
    const highPriority = bindTask(gateway, { tier: 1 }).client.request(reportRequest("key-tier-1"));
    await Promise.all([running, lowPriority, highPriority]);
    const order = sandbox
      .stats()
      .log.filter((record) => record.route === REPORTS_ROUTE)
      .map((record) => record.idempotencyKey);

    expect(order).toEqual(["key-tier-2", "key-tier-1", "key-tier-3"]);
  });
});

describe("vendor gateway personal data", () => {
  it("keeps PII out of errors and logs", async () => {
    const { client, capture } = bindTask(createGateway({ retries: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 40, retryAfterCapMs: 2000 } }));
    sandbox.setFaults("bureau-a", { failNextRequests: 5, status: 503, operation: "credit-report" });
    const error = await captureVendorError(client.request(reportRequest("key-pii")));
    const surfaces = [JSON.stringify(error), String(error), error.stack ?? "", JSON.stringify(error.context), ...capture.lines];

    expect(capture.lines.length).toBeGreaterThanOrEqual(2);
    for (const text of surfaces) {
      expect(text).not.toContain(SSN);
      expect(text).not.toContain(SSN.replaceAll("-", ""));
      expect(text).not.toContain(SUBJECT.firstName);
      expect(text).not.toContain(SUBJECT.lastName);
      expect(text).not.toContain(SUBJECT.birthDate);
      expect(text).not.toContain("sandbox-secret");
      expect(text).not.toContain(sandbox.url);
    }
  });
});
