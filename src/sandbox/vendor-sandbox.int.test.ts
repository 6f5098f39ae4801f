import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX_CLIENT, startVendorSandbox, type VendorSandbox } from "./vendor-sandbox.js";

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

const SUBJECT = {
  firstName: "Dana",
  lastName: "Example",
  birthDate: "1985-04-12",
  ssn: "123-45-7600",
  address: { line1: "1 Main St", city: "Springfield", region: "IL", postalCode: "62701", country: "US" },
};

function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
}

async function requestToken(vendor: string, init: { authorization?: string; form: Record<string, string> }) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (init.authorization) headers.authorization = init.authorization;
  return fetch(`${sandbox.url}/${vendor}/oauth/token`, { method: "POST", headers, body: new URLSearchParams(init.form).toString() });
}

async function obtainToken(vendor = "bureau-a"): Promise<string> {
  const response = await requestToken(vendor, {
    authorization: basicAuth(DEFAULT_SANDBOX_CLIENT.clientId, DEFAULT_SANDBOX_CLIENT.clientSecret),
    form: { grant_type: "client_credentials" },
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

async function pullReport(token: string, idempotencyKey: string | null, body: unknown = { subject: SUBJECT, purpose: "account_opening" }, vendor = "bureau-a") {
  const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}` };
  if (idempotencyKey !== null) headers["idempotency-key"] = idempotencyKey;
  return fetch(`${sandbox.url}/${vendor}/v1/credit-reports`, { method: "POST", headers, body: JSON.stringify(body) });
}

describe("vendor sandbox token endpoint", () => {
  it("issues a bearer token for Basic credentials", async () => {
    const response = await requestToken("bureau-a", {
      authorization: basicAuth(DEFAULT_SANDBOX_CLIENT.clientId, DEFAULT_SANDBOX_CLIENT.clientSecret),
      form: { grant_type: "client_credentials" },
    });
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(200);
    expect(body.token_type).toBe("Bearer");
    expect(typeof body.access_token).toBe("string");
    expect(body.expires_in).toBe(3600);
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("issues a token for form credentials", async () => {
    const response = await requestToken("bureau-b", {
      form: { grant_type: "client_credentials", client_id: DEFAULT_SANDBOX_CLIENT.clientId, client_secret: DEFAULT_SANDBOX_CLIENT.clientSecret },
    });

    expect(response.status).toBe(200);
  });

  it("rejects a wrong secret with 401", async () => {
    const response = await requestToken("bureau-a", {
      authorization: basicAuth(DEFAULT_SANDBOX_CLIENT.clientId, "wrong-secret"),
      form: { grant_type: "client_credentials" },
    });
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(401);
    expect(body.error).toBe("invalid_client");
    expect(response.headers.get("www-authenticate")).toContain("Basic");
  });

  it("rejects another grant type with 400", async () => {
    const response = await requestToken("bureau-a", {
      authorization: basicAuth(DEFAULT_SANDBOX_CLIENT.clientId, DEFAULT_SANDBOX_CLIENT.clientSecret),
      form: { grant_type: "password" },
    });
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(400);
    expect(body.error).toBe("unsupported_grant_type");
  });
});

describe("vendor sandbox credit reports", () => {
  it("rejects a token from the other bureau", async () => {
    const tokenB = await obtainToken("bureau-b");
    const response = await pullReport(tokenB, "key-cross-bureau");

    expect(response.status).toBe(401);
  });

  it("rejects an expired token", async () => {
    const token = await obtainToken();
    sandbox.expireTokens("bureau-a");
    const response = await pullReport(token, "key-expired");

    expect(response.status).toBe(401);
  });

  it("requires an Idempotency-Key header", async () => {
    const response = await pullReport(await obtainToken(), null);

    expect(response.status).toBe(400);
    expect(sandbox.stats().billablePullCount).toBe(0);
  });

  it("names invalid fields without echoing values", async () => {
    const body = { subject: { ...SUBJECT, ssn: "12-345" }, purpose: "marketing" };
    const response = await pullReport(await obtainToken(), "key-invalid", body);
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(text).toContain("subject.ssn");
    expect(text).toContain("purpose");
    expect(text).not.toContain("12-345");
  });

  it("bills a repeated idempotency key once", async () => {
    const token = await obtainToken();
    const first = await pullReport(token, "key-repeat");
    const second = await pullReport(token, "key-repeat");
    const firstReport = (await first.json()) as { reportId: string };
    const secondReport = (await second.json()) as { reportId: string };
    const stats = sandbox.stats();

    expect(second.status).toBe(200);
    expect(secondReport).toEqual(firstReport);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(stats.billablePulls["key-repeat"]).toBe(1);
    expect(stats.idempotentReplays["key-repeat"]).toBe(1);
    expect(stats.billablePullCount).toBe(1);
    expect(stats.requests["POST /bureau-a/v1/credit-reports"]).toBe(2);
  });

  it("rejects a reused key with another body", async () => {
    const token = await obtainToken();
    await pullReport(token, "key-reused");
    const response = await pullReport(token, "key-reused", { subject: { ...SUBJECT, ssn: "123-45-0101" }, purpose: "account_opening" });

    expect(response.status).toBe(422);
    expect(sandbox.stats().billablePullCount).toBe(1);
  });

  it("returns the same derived profile for the same SSN", async () => {
    const token = await obtainToken();
    const body = { subject: { ...SUBJECT, ssn: "231-56-8812" }, purpose: "account_opening" };
    const first = (await (await pullReport(token, "key-derived-1", body)).json()) as Record<string, unknown>;
    const second = (await (await pullReport(token, "key-derived-2", body)).json()) as Record<string, unknown>;

    expect(first.reportId).not.toBe(second.reportId);
    expect({ ...first, reportId: null }).toEqual({ ...second, reportId: null });
    expect(first.score).toBeGreaterThanOrEqual(640);
    expect(first.score).toBeLessThanOrEqual(819);
    expect((first.tradelines as unknown[]).length).toBeGreaterThanOrEqual(3);
  });

  it("never echoes the SSN or birth date in a report", async () => {
    const text = await (await pullReport(await obtainToken(), "key-no-echo")).text();

    expect(text).not.toContain("7600");
    expect(text).not.toContain("1985-04-12");
    expect(text).not.toContain("Dana");
  });

  it("answers 404 for an unknown route", async () => {
    const response = await fetch(`${sandbox.url}/bureau-c/v1/credit-reports`, { method: "POST" });

    expect(response.status).toBe(404);
  });
});

describe("vendor sandbox faults", () => {
  it("fails the next requests with Retry-After", async () => {
    const token = await obtainToken();
    sandbox.setFaults("bureau-a", { failNextRequests: 1, status: 429, retryAfterSeconds: 2, operation: "credit-report" });
    const failed = await pullReport(token, "key-fault");
    const recovered = await pullReport(token, "key-fault");

    expect(failed.status).toBe(429);
    expect(failed.headers.get("retry-after")).toBe("2");
    expect(recovered.status).toBe(200);
    expect(sandbox.stats().billablePulls["key-fault"]).toBe(1);
  });

  it("limits faults to the named operation", async () => {
    sandbox.setFaults("bureau-a", { failNextRequests: 5, operation: "credit-report" });

    expect(await obtainToken()).toMatch(/.+/);
  });

  it("delays answers by the fixed latency", async () => {
    const token = await obtainToken();
    sandbox.setFaults("bureau-a", { latencyMs: 150 });
    const started = Date.now();
    const response = await pullReport(token, "key-latency");

    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("records request times per route", async () => {
    const token = await obtainToken();
    await pullReport(token, "key-times-1");
    await pullReport(token, "key-times-2");
    const times = sandbox.stats().requestTimes["POST /bureau-a/v1/credit-reports"] ?? [];

    expect(times).toHaveLength(2);
    expect(times[1]!).toBeGreaterThanOrEqual(times[0]!);
    expect(sandbox.stats().requests["POST /bureau-a/oauth/token"]).toBe(1);
  });

  it("rejects an invalid fault setting", () => {
    expect(() => sandbox.setFaults("bureau-a", { failureRate: 2 })).toThrow(/failureRate/);
  });
});
