import type { VendorConfig } from "../gateway/gateway-config.js";
import type { VendorRequest } from "../gateway/vendor-client.js";

/** Synthetic credit-report subject for gateway tests and benchmarks: every value is invented (persona "good score"). */
export const SYNTHETIC_BUREAU_SUBJECT = {
  firstName: "Tamsin",
  lastName: "Orchard",
  birthDate: "1988-02-29",
  ssn: "123-45-7600",
  address: { line1: "9 Quay Road", city: "Springfield", region: "IL", postalCode: "62701", country: "US" },
};

/** Builds a billable credit-report request to the sandbox bureau, under idempotency key `key`. */
export function creditReportRequest(key: string, vendor = "bureau-a"): VendorRequest {
  return {
    vendor,
    operation: "credit-report",
    method: "POST",
    path: "/v1/credit-reports",
    body: { subject: SYNTHETIC_BUREAU_SUBJECT, purpose: "account_opening" },
    idempotencyKey: key,
    billable: true,
  };
}

/** Builds the gateway configuration of the sandbox's `bureau-a` at `sandboxUrl`, with the sandbox's client credentials. */
export function sandboxBureauConfig(sandboxUrl: string, overrides: Partial<VendorConfig> = {}): VendorConfig {
  return {
    id: "bureau-a",
    baseUrl: `${sandboxUrl}/bureau-a`,
    timeoutMs: 5_000,
    maxInFlight: 50,
    ratePerSecond: null,
    retries: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, retryAfterCapMs: 5_000 },
    costPerCall: 0.5,
    oauth: { tokenPath: "/oauth/token", clientId: "checkgraph-sandbox", clientSecret: "sandbox-secret" },
    ...overrides,
  };
}
