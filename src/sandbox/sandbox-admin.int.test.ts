import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVendorSandbox, type VendorSandbox } from "./vendor-sandbox.js";

let sandbox: VendorSandbox;

beforeAll(async () => {
  sandbox = await startVendorSandbox({ port: 0 });
});

afterAll(async () => {
  await sandbox.close();
});

function post(path: string, body: unknown, signal?: AbortSignal) {
  return fetch(`${sandbox.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
}

describe("vendor sandbox admin endpoint", () => {
  it("sets faults for a route", async () => {
    const set = await fetch(`${sandbox.url}/_admin/faults/docverify`, {
      method: "PUT",
      body: JSON.stringify({ failNextRequests: 1, status: 502, operation: "document-verification" }),
    });
    const failed = await post("/docverify/v1/verifications", { documentType: "passport", issuingCountry: "USA", documentNumber: "X1", expiryDate: "2031-01-01" });

    expect(set.status).toBe(200);
    expect(failed.status).toBe(502);
    await fetch(`${sandbox.url}/_admin/faults`, { method: "DELETE" });
  });

  it("rejects invalid faults naming the field", async () => {
    const response = await fetch(`${sandbox.url}/_admin/faults/bureau-a`, { method: "PUT", body: JSON.stringify({ hangRate: 3 }) });
    const body = (await response.json()) as { message: string };

    expect(response.status).toBe(400);
    expect(body.message).toContain("hangRate");
  });

  it("returns and resets statistics", async () => {
    await post("/address/v1/verify", { line1: "1 Main St", city: "Springfield", postalCode: "62701", country: "US" });
    const stats = (await (await fetch(`${sandbox.url}/_admin/stats`)).json()) as { requests: Record<string, number> };
    await fetch(`${sandbox.url}/_admin/stats`, { method: "DELETE" });

    expect(stats.requests["POST /address/v1/verify"]).toBeGreaterThanOrEqual(1);
    expect(stats.requests["GET /_admin/stats"]).toBeUndefined();
    expect(sandbox.stats().log).toHaveLength(0);
  });

  it("rejects an unknown vendor", async () => {
    const response = await fetch(`${sandbox.url}/_admin/faults/bureau-z`, { method: "PUT", body: "{}" });

    expect(response.status).toBe(404);
  });
});

describe("vendor sandbox injected faults", () => {
  it("cuts a malformed body short", async () => {
    sandbox.setFaults("address", { malformedRate: 1 });
    const response = await post("/address/v1/verify", { line1: "1 Main St", city: "Springfield", postalCode: "62701", country: "US" });
    const text = await response.text();
    sandbox.clearFaults();

    expect(response.status).toBe(200);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("holds a hung request until the client leaves", async () => {
    sandbox.setFaults("address", { hangRate: 1 });
    try {
      const started = Date.now();
      const error = await post("/address/v1/verify", {}, AbortSignal.timeout(300)).then(
        () => null,
        (thrown: unknown) => thrown,
      );

      expect((error as Error).name).toBe("TimeoutError");
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(sandbox.stats().requests["POST /address/v1/verify"]).toBeGreaterThanOrEqual(1);
    } finally {
      sandbox.clearFaults();
    }
  });
});

describe("vendor sandbox document and address vendors", () => {
  it("verifies a document by its number", async () => {
    const results = await Promise.all(
      ["X1234", "X1000", "X1999"].map(async (documentNumber) => {
        const response = await post("/docverify/v1/verifications", { documentType: "passport", issuingCountry: "USA", documentNumber, expiryDate: "2031-01-01" });
        return ((await response.json()) as { result: string }).result;
      }),
    );

    expect(results).toEqual(["verified", "suspected_fraud", "unreadable"]);
  });

  it("marks an address without a house number undeliverable", async () => {
    const deliverable = await (await post("/address/v1/verify", { line1: "12 Elm St", city: "Springfield", postalCode: "62701", country: "US" })).json();
    const undeliverable = await (await post("/address/v1/verify", { line1: "Elm St", city: "Springfield", postalCode: "62701", country: "US" })).json();

    expect(deliverable).toMatchObject({ deliverable: true, standardised: { line1: "12 ELM ST" } });
    expect(undeliverable).toMatchObject({ deliverable: false });
  });

  it("names invalid fields without their values", async () => {
    const response = await post("/docverify/v1/verifications", { documentType: "passport", issuingCountry: "usa", documentNumber: "X1", expiryDate: "2031-01-01" });
    const body = (await response.json()) as { message: string };

    expect(response.status).toBe(400);
    expect(body.message).toContain("issuingCountry");
    expect(body.message).not.toContain("usa");
  });
});
