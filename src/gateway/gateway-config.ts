import { z } from "zod";
import { CheckgraphError } from "../errors/checkgraph-error.js";

const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.search === "" && url.hash === "";
  } catch {
    return false;
  }
}, "expected an http or https URL without query or fragment");

const RetrySettingsSchema = z
  .object({
    /** Total attempts including the first. 1 disables retries. */
    maxAttempts: z.number().int().min(1).max(10),
    /** Upper bound of the first backoff delay in milliseconds, doubled for each further retry. */
    baseDelayMs: z.number().int().min(0),
    /** Maximum backoff delay, in milliseconds. */
    maxDelayMs: z.number().int().min(0),
    /** Maximum wait a `Retry-After` header can impose, in milliseconds. */
    retryAfterCapMs: z.number().int().min(0),
  })
  .refine((retries) => retries.maxDelayMs >= retries.baseDelayMs, { message: "must be at least baseDelayMs", path: ["maxDelayMs"] });

const OAuthSettingsSchema = z.object({
  /** Token endpoint path relative to the vendor's base URL, such as `/oauth/token`. */
  tokenPath: z.string().startsWith("/"),
  /** Default client credentials, used unless a request carries its own `credentials`. */
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
});

const RetryBudgetSchema = z.object({
  /** Retries allowed per first attempt over the window, such as 0.2 for one retry per five calls. */
  ratio: z.number().min(0),
  /** Retries always allowed per window, so a quiet vendor can still retry. */
  minRetries: z.number().int().min(0),
  /** Length of the sliding window the budget is counted over, in milliseconds. */
  windowMs: z.number().int().min(1),
});

const CircuitBreakerSettingsSchema = z.object({
  /** Consecutive retryable failures (5xx, 408, timeouts, network errors) that open the circuit. */
  consecutiveFailures: z.number().int().min(1),
  /** Time the circuit stays open before one trial call, in milliseconds. */
  halfOpenAfterMs: z.number().int().min(0),
});

/** Limits, retry policy, cost and authentication of one vendor. */
export const VendorConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected lowercase letters, digits and dashes, such as bureau-a"),
  baseUrl: httpUrl,
  /** Deadline of one attempt, in milliseconds. */
  timeoutMs: z.number().int().min(1),
  /** Maximum attempts in flight at once, across every run in this process. */
  maxInFlight: z.number().int().min(1),
  /** Maximum attempts started per second, or null for no rate limit. */
  ratePerSecond: z.number().positive().nullable(),
  /**
   * Milliseconds added to the rate window, so network jitter between sending an
   * attempt and its arrival at the vendor cannot push a vendor-side window over the limit.
   */
  rateWindowMarginMs: z.number().int().min(0).optional(),
  /** Wait after which a queued call gains one tier of priority, in milliseconds. */
  priorityAgingMs: z.number().int().min(1).optional(),
  retries: RetrySettingsSchema,
  /** Cap on retries across all calls to this vendor, so a failing vendor is not flooded with retries. */
  retryBudget: RetryBudgetSchema.optional(),
  /** Price of one successful billable call, in the ledger's currency unit. */
  costPerCall: z.number().min(0),
  /** Vendor id tried once this vendor gives up with a retryable failure. */
  fallback: z.string().optional(),
  oauth: OAuthSettingsSchema.optional(),
  circuitBreaker: CircuitBreakerSettingsSchema.optional(),
});
export type VendorConfig = z.infer<typeof VendorConfigSchema>;

/** Configuration of `createVendorGateway`. */
export const GatewayConfigSchema = z.object({ vendors: z.array(VendorConfigSchema).min(1) });
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

/** Retry budget used when a vendor's config has none: one retry per two calls, and at least 10 retries, per 10 s. */
export const DEFAULT_RETRY_BUDGET = { ratio: 0.5, minRetries: 10, windowMs: 10_000 } as const;

/** Rate window margin used when a vendor's config has none, in milliseconds. */
export const DEFAULT_RATE_WINDOW_MARGIN_MS = 40;

/** Priority ageing used when a vendor's config has none: a queued call gains one tier per 2 s of waiting. */
export const DEFAULT_PRIORITY_AGING_MS = 2_000;

/** Circuit breaker used when a vendor's config has none. */
export const DEFAULT_CIRCUIT_BREAKER = { consecutiveFailures: 5, halfOpenAfterMs: 30_000 } as const;

/**
 * Validates a gateway configuration. The error names the first invalid
 * option by its path, such as `vendors[0].retries.maxAttempts`.
 */
export function parseGatewayConfig(config: unknown): GatewayConfig {
  const parsed = GatewayConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalidOption(formatPath(issue.path), issue.message, readPath(config, issue.path));
  }

  const ids = new Set<string>();
  parsed.data.vendors.forEach((vendor, index) => {
    if (ids.has(vendor.id)) throw invalidOption(`vendors[${index}].id`, `duplicate vendor id ${vendor.id}`, undefined);
    ids.add(vendor.id);
  });
  parsed.data.vendors.forEach((vendor, index) => {
    if (vendor.fallback === undefined) return;
    if (vendor.fallback === vendor.id || !ids.has(vendor.fallback)) {
      throw invalidOption(`vendors[${index}].fallback`, "expected the id of another configured vendor", undefined);
    }
  });
  return parsed.data;
}

function invalidOption(path: string, message: string, value: unknown): CheckgraphError {
  // Only numbers and booleans are echoed: strings may be secrets or URLs with credentials.
  const got = typeof value === "number" || typeof value === "boolean" ? `, got ${value}` : "";
  return new CheckgraphError("INVALID_CONFIG", "input", `Invalid vendor gateway option \`${path}\`: ${message}${got}.`, {
    context: { option: path },
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}

function readPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
