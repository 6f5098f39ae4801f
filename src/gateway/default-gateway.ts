import type { Settings } from "../config/settings.js";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import type { VendorConfig } from "./gateway-config.js";
import { createVendorGateway, type VendorGateway } from "./vendor-gateway.js";
import { createRedisStartPacer, type SharedStartPacer } from "./redis-start-pacer.js";

/**
 * Limits and retry policy of the credit bureaus. These are starting values,
 * not measured vendor limits: adjust them to the bureau contract.
 */
const BUREAU_DEFAULTS = {
  timeoutMs: 5_000,
  maxInFlight: 8,
  ratePerSecond: 20,
  retries: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 2_000, retryAfterCapMs: 10_000 },
  // NOTE: an illustrative price per credit pull in US dollars, not taken from any bureau's price list.
  costPerCall: 0.5,
} as const;

/** Returns the Redis start pacer when `REDIS_URL` is set, so rate limits hold across processes. */
function sharedPacingFor(settings: Settings): { sharedPacer?: SharedStartPacer } {
  return settings.redisUrl ? { sharedPacer: createRedisStartPacer(settings.redisUrl) } : {};
}

/**
 * Builds the process's vendor gateway from the settings. With `bureauUrl` set,
 * `bureau-a` is that URL and has no fallback. Otherwise both bureaus point at
 * the vendor sandbox at `sandboxUrl`, and `bureau-b` is the fallback of `bureau-a`.
 */
export function createDefaultGateway(settings: Settings, sandboxUrl: string | null): VendorGateway {
  const oauth = { tokenPath: "/oauth/token", clientId: settings.bureauClientId, clientSecret: settings.bureauClientSecret };

  if (settings.bureauUrl !== null) {
    return createVendorGateway({ vendors: [{ id: "bureau-a", baseUrl: settings.bureauUrl, oauth, ...BUREAU_DEFAULTS }] }, sharedPacingFor(settings));
  }
  if (sandboxUrl === null) {
    throw new CheckgraphError(
      "INVALID_CONFIG",
      "input",
      "No credit bureau URL: set CHECKGRAPH_BUREAU_URL, or start the vendor sandbox and pass its URL.",
      { context: { option: "CHECKGRAPH_BUREAU_URL" } },
    );
  }

  const base = sandboxUrl.replace(/\/+$/, "");
  const vendors: VendorConfig[] = [
    { id: "bureau-a", baseUrl: `${base}/bureau-a`, fallback: "bureau-b", oauth, ...BUREAU_DEFAULTS },
    { id: "bureau-b", baseUrl: `${base}/bureau-b`, oauth, ...BUREAU_DEFAULTS },
  ];
  return createVendorGateway({ vendors }, sharedPacingFor(settings));
}
