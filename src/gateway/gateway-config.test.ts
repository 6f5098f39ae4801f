import { describe, expect, it } from "vitest";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import { parseGatewayConfig, type VendorConfig } from "./gateway-config.js";

const VALID_VENDOR: VendorConfig = {
  id: "bureau-a",
  baseUrl: "http://127.0.0.1:9/bureau-a",
  timeoutMs: 1000,
  maxInFlight: 2,
  ratePerSecond: 10,
  retries: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, retryAfterCapMs: 2000 },
  costPerCall: 0.5,
};

function captureError(config: unknown): CheckgraphError {
  try {
    parseGatewayConfig(config);
  } catch (error) {
    if (CheckgraphError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected parseGatewayConfig to throw");
}

describe("parseGatewayConfig", () => {
  it("accepts a valid config", () => {
    expect(parseGatewayConfig({ vendors: [VALID_VENDOR] }).vendors[0]?.id).toBe("bureau-a");
  });

  it("names an invalid nested option", () => {
    const error = captureError({ vendors: [{ ...VALID_VENDOR, retries: { ...VALID_VENDOR.retries, maxAttempts: 0 } }] });

    expect(error.code).toBe("INVALID_CONFIG");
    expect(error.message).toContain("`vendors[0].retries.maxAttempts`");
    expect(error.message).toContain("got 0");
    expect(error.context.option).toBe("vendors[0].retries.maxAttempts");
  });

  it("names a missing option", () => {
    const { timeoutMs: _omitted, ...withoutTimeout } = VALID_VENDOR;
    const error = captureError({ vendors: [withoutTimeout] });

    expect(error.message).toContain("`vendors[0].timeoutMs`");
  });

  it("rejects a base URL with a query", () => {
    const error = captureError({ vendors: [{ ...VALID_VENDOR, baseUrl: "http://127.0.0.1:9/?key=secret" }] });

    expect(error.message).toContain("`vendors[0].baseUrl`");
    expect(error.message).not.toContain("secret");
  });

  it("rejects maxDelayMs below baseDelayMs", () => {
    const error = captureError({ vendors: [{ ...VALID_VENDOR, retries: { ...VALID_VENDOR.retries, maxDelayMs: 5 } }] });

    expect(error.message).toContain("`vendors[0].retries.maxDelayMs`");
  });

  it("rejects an unknown fallback", () => {
    const error = captureError({ vendors: [{ ...VALID_VENDOR, fallback: "bureau-z" }] });

    expect(error.message).toContain("`vendors[0].fallback`");
  });

  it("rejects duplicate vendor ids", () => {
    const error = captureError({ vendors: [VALID_VENDOR, VALID_VENDOR] });

    expect(error.message).toContain("`vendors[1].id`");
  });

  it("never echoes a client secret", () => {
    const error = captureError({ vendors: [{ ...VALID_VENDOR, oauth: { tokenPath: "oauth/token", clientSecret: "s3cr3t-value" } }] });

    expect(error.message).toContain("`vendors[0].oauth.tokenPath`");
    expect(error.message).not.toContain("s3cr3t-value");
  });
});
