import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCaptureLogger } from "./capture-logger.js";
import type { VendorConfig } from "./gateway-config.js";
import type { HttpAttemptResult } from "./send-http-attempt.js";
import type { VendorRequest } from "./vendor-client.js";
import { VendorError } from "./vendor-error.js";
import { createVendorGateway, type VendorTask } from "./vendor-gateway.js";
import type { SendAttempt } from "./vendor-runtime.js";

const START = Date.parse("2025-06-01T12:00:00.000Z");

/** A scripted vendor: returns the next status for each attempt and records when and where each attempt was sent. */
function scriptVendor(statuses: Array<number | { status: number; retryAfter: string }>) {
  const attempts: Array<{ at: number; baseUrl: string }> = [];
  const send: SendAttempt = async (baseUrl) => {
    attempts.push({ at: Date.now(), baseUrl });
    const next = statuses.shift() ?? 200;
    const { status, retryAfter } = typeof next === "number" ? { status: next, retryAfter: null } : next;
    const result: HttpAttemptResult = { status, body: { ok: status === 200 }, bodyParsed: true, requestId: `req-${attempts.length}`, retryAfter, receivedAt: Date.now() };
    return result;
  };
  return { send, attempts };
}

function vendor(id: string, overrides: Partial<VendorConfig> = {}): VendorConfig {
  return {
    id,
    baseUrl: `http://127.0.0.1:9/${id}`,
    timeoutMs: 5_000,
    maxInFlight: 4,
    ratePerSecond: null,
    retries: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 300, retryAfterCapMs: 4_000 },
    costPerCall: 0.5,
    ...overrides,
  };
}

const REQUEST: VendorRequest = { vendor: "bureau-a", operation: "credit-report", method: "POST", path: "/v1/credit-reports", billable: true };

function bind(gateway: ReturnType<typeof createVendorGateway>, task: Partial<VendorTask> = {}) {
  const capture = createCaptureLogger();
  const client = gateway.forTask({ runId: "run-1", taskId: "task-1", tier: 2, signal: new AbortController().signal, logger: capture.logger, ...task });
  return { client, capture };
}

async function settle<T>(promise: Promise<T>): Promise<T | VendorError> {
  const caught = promise.catch((error: unknown) => {
    if (VendorError.isVendorError(error)) return error;
    throw error;
  });
  await vi.runAllTimersAsync();
  return caught;
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("gateway backoff under fake timers", () => {
  it("waits the exact jittered delays", async () => {
    // Math.random 0.5 makes full jitter half of each cap: 100, 200, 300 and 300 (maxDelayMs).
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const { send, attempts } = scriptVendor([503, 503, 503, 503]);
    const { client } = bind(createVendorGateway({ vendors: [vendor("bureau-a")] }, { sendAttempt: send }));
    const response = await settle(client.request(REQUEST));
    const gaps = attempts.slice(1).map((attempt, index) => attempt.at - attempts[index]!.at);

    expect(response).toMatchObject({ status: 200, attempts: 5 });
    expect(gaps).toEqual([50, 100, 150, 150]);
  });

  it("waits Retry-After in seconds", async () => {
    const { send, attempts } = scriptVendor([{ status: 429, retryAfter: "3" }]);
    const { client } = bind(createVendorGateway({ vendors: [vendor("bureau-a")] }, { sendAttempt: send }));
    await settle(client.request(REQUEST));

    expect(attempts[1]!.at - attempts[0]!.at).toBe(3_000);
  });

  it("waits until a Retry-After HTTP-date", async () => {
    const { send, attempts } = scriptVendor([{ status: 503, retryAfter: new Date(START + 2_000).toUTCString() }]);
    const { client } = bind(createVendorGateway({ vendors: [vendor("bureau-a")] }, { sendAttempt: send }));
    await settle(client.request(REQUEST));

    expect(attempts[1]!.at).toBe(START + 2_000);
  });

  it("caps Retry-After at retryAfterCapMs", async () => {
    const { send, attempts } = scriptVendor([{ status: 429, retryAfter: "60" }]);
    const { client } = bind(createVendorGateway({ vendors: [vendor("bureau-a")] }, { sendAttempt: send }));
    await settle(client.request(REQUEST));

    expect(attempts[1]!.at - attempts[0]!.at).toBe(4_000);
  });

  it("stops before a retry past the deadline", async () => {
    const { send, attempts } = scriptVendor([{ status: 429, retryAfter: "3" }]);
    const { client, capture } = bind(createVendorGateway({ vendors: [vendor("bureau-a")] }, { sendAttempt: send }), { deadlineAt: START + 2_000 });
    const error = await settle(client.request(REQUEST));

    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).retriesStoppedBy).toBe("deadline");
    expect(attempts).toHaveLength(1);
    expect(capture.entries().find((entry) => entry.msg === "Vendor call failed, giving up")).toMatchObject({ retriesStoppedBy: "deadline", runId: "run-1", taskId: "task-1" });
  });

  it("stops when the retry budget is spent", async () => {
    const config = vendor("bureau-a", { retryBudget: { ratio: 0, minRetries: 1, windowMs: 10_000 } });
    const { send, attempts } = scriptVendor([503, 503, 503]);
    const { client } = bind(createVendorGateway({ vendors: [config] }, { sendAttempt: send }));
    const error = await settle(client.request(REQUEST));

    expect((error as VendorError).retriesStoppedBy).toBe("retry_budget");
    expect(attempts).toHaveLength(2);
  });
});

describe("gateway circuit breaker under fake timers", () => {
  const breakerVendor = vendor("bureau-a", {
    retries: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 10, retryAfterCapMs: 1_000 },
    circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 1_000 },
  });

  it("opens, half-opens and closes", async () => {
    const { send, attempts } = scriptVendor([500, 500, 500]);
    const { client, capture } = bind(createVendorGateway({ vendors: [breakerVendor] }, { sendAttempt: send }));
    for (let call = 0; call < 3; call += 1) await settle(client.request(REQUEST));
    const rejected = await settle(client.request(REQUEST));
    vi.setSystemTime(START + 999);
    const stillOpen = await settle(client.request(REQUEST));
    vi.setSystemTime(START + 1_000);
    const trial = await settle(client.request(REQUEST));
    const afterClose = await settle(client.request(REQUEST));
    const breakerLines = capture.entries().filter((entry) => typeof entry.breakerState === "string");

    expect((rejected as VendorError).reason).toBe("circuit_open");
    expect((stillOpen as VendorError).reason).toBe("circuit_open");
    expect(trial).toMatchObject({ status: 200 });
    expect(afterClose).toMatchObject({ status: 200 });
    expect(attempts).toHaveLength(5);
    expect(breakerLines.map((entry) => entry.breakerState)).toEqual(["Open", "HalfOpen", "Closed"]);
    expect(breakerLines[0]).toMatchObject({ runId: "run-1", taskId: "task-1", vendor: "bureau-a" });
  });

  it("reopens after a failed trial", async () => {
    const { send, attempts } = scriptVendor([500, 500, 500, 500]);
    const { client } = bind(createVendorGateway({ vendors: [breakerVendor] }, { sendAttempt: send }));
    for (let call = 0; call < 3; call += 1) await settle(client.request(REQUEST));
    vi.setSystemTime(START + 1_000);
    const trial = await settle(client.request(REQUEST));
    const after = await settle(client.request(REQUEST));

    expect((trial as VendorError).status).toBe(500);
    expect((after as VendorError).reason).toBe("circuit_open");
    expect(attempts).toHaveLength(4);
  });

  it("sends to the fallback while the circuit is open", async () => {
    const primary = { ...breakerVendor, fallback: "bureau-b" };
    const primaryScript = scriptVendor([500, 500, 500]);
    const fallbackScript = scriptVendor([]);
    const attempts: Array<{ at: number; baseUrl: string }> = [];
    const send: SendAttempt = async (baseUrl, ...rest) => {
      attempts.push({ at: Date.now(), baseUrl });
      return (baseUrl.endsWith("/bureau-a") ? primaryScript.send : fallbackScript.send)(baseUrl, ...rest);
    };
    const { client } = bind(createVendorGateway({ vendors: [primary, vendor("bureau-b")] }, { sendAttempt: send }));
    for (let call = 0; call < 3; call += 1) await settle(client.request(REQUEST));
    const sentBefore = attempts.length;
    const response = await settle(client.request(REQUEST));

    expect(response).toMatchObject({ status: 200, vendor: "bureau-b" });
    expect(attempts.slice(sentBefore).map((attempt) => attempt.baseUrl)).toEqual(["http://127.0.0.1:9/bureau-b"]);
  });
});

describe("gateway run budget", () => {
  it("reserves cost so parallel calls cannot overspend", async () => {
    const { send, attempts } = scriptVendor([]);
    const gateway = createVendorGateway({ vendors: [vendor("bureau-a")] }, { sendAttempt: send });
    const first = bind(gateway, { taskId: "task-a", runBudget: 0.5 });
    const second = bind(gateway, { taskId: "task-b", runBudget: 0.5 });
    const results = await settle(Promise.all([first.client.request(REQUEST), second.client.request(REQUEST).catch((error: unknown) => error)]));
    const [served, refused] = results as [unknown, VendorError];

    expect(served).toMatchObject({ status: 200 });
    expect(refused.reason).toBe("budget_exceeded");
    expect(attempts).toHaveLength(1);
    expect(gateway.runCost("run-1")).toBe(0.5);
  });

  it("returns the reservation of a failed call", async () => {
    const { send } = scriptVendor([400]);
    const gateway = createVendorGateway({ vendors: [vendor("bureau-a")] }, { sendAttempt: send });
    const { client } = bind(gateway, { runBudget: 0.5 });
    const failed = await settle(client.request(REQUEST));
    const served = await settle(client.request(REQUEST));

    expect((failed as VendorError).status).toBe(400);
    expect(served).toMatchObject({ status: 200 });
  });
});
