import { z } from "zod";

/** Operations the sandbox vendors serve. A fault can be limited to one of them. */
export const SANDBOX_OPERATIONS = ["token", "credit-report", "document-verification", "address-verification"] as const;
export type SandboxOperation = (typeof SANDBOX_OPERATIONS)[number];

const LatencySchema = z.union([
  z.number().int().min(0),
  z
    .object({ minMs: z.number().int().min(0), maxMs: z.number().int().min(0) })
    .refine((range) => range.minMs <= range.maxMs, "minMs must not exceed maxMs"),
  z
    .object({ distribution: z.literal("exponential"), meanMs: z.number().min(0), maxMs: z.number().int().min(0) })
    .refine((latency) => latency.meanMs <= latency.maxMs, "meanMs must not exceed maxMs"),
]);

const probability = z.number().min(0).max(1);

/** Latency, rate limit and failures the sandbox injects for one vendor, or for one of its routes. */
export const VendorFaultsSchema = z
  .object({
    /**
     * Delay before the sandbox responds, in milliseconds: fixed, drawn uniformly
     * from `{ minMs, maxMs }`, or exponential with `meanMs` cut off at `maxMs`.
     */
    latencyMs: LatencySchema.optional(),
    /** Probability that a request fails with `status`. */
    failureRate: probability.optional(),
    /** Number of next requests that fail with `status`, before any rate applies. */
    failNextRequests: z.number().int().min(0).optional(),
    /** HTTP status of an injected failure, 503 by default. */
    status: z.number().int().min(400).max(599).optional(),
    /** Probability that a request gets 429 with `Retry-After`, in addition to `failureRate`. */
    throttleRate: probability.optional(),
    /** `Retry-After` of injected failures and throttles, in seconds. Throttles default to 1. */
    retryAfterSeconds: z.number().int().min(0).optional(),
    /** Form of `Retry-After`: delay-seconds, or an HTTP-date rounded up to the next whole second. */
    retryAfterFormat: z.enum(["seconds", "http-date"]).optional(),
    /** Probability that a request never gets a response: the sandbox holds it until the client disconnects. */
    hangRate: probability.optional(),
    /** Probability that a successful response has a truncated JSON body. */
    malformedRate: probability.optional(),
    /** Probability that the caller's access token is revoked just before the request is checked, so it gets 401. */
    tokenExpiryRate: probability.optional(),
    /** The vendor's own sliding-window rate limit: requests over it are answered 429 with the wait in `Retry-After`. */
    rateLimit: z.object({ requests: z.number().int().min(1), intervalMs: z.number().int().min(1) }).optional(),
    /** The one operation the faults apply to, or every operation when absent. */
    operation: z.enum(SANDBOX_OPERATIONS).optional(),
  })
  .strict();
export type VendorFaults = z.infer<typeof VendorFaultsSchema>;

/** Action the sandbox takes on one request. */
export type FaultAction =
  | { kind: "serve"; malformed: boolean; expireToken: boolean }
  | { kind: "fail"; status: number; retryAfter: string | null }
  | { kind: "hang" };

/** The delay and action the sandbox applies to one request. */
export interface FaultDecision {
  delayMs: number;
  action: FaultAction;
}

interface FaultEntry {
  faults: VendorFaults;
  /** Arrival times of requests the vendor's own rate limit admitted, oldest first. */
  admitted: number[];
}

const NO_FAULT: FaultDecision = { delayMs: 0, action: { kind: "serve", malformed: false, expireToken: false } };

/**
 * Holds the fault settings of every vendor and route, and decides request by
 * request which fault applies. Route settings take precedence over the
 * vendor-wide ones.
 */
export class FaultTable {
  private readonly entries = new Map<string, FaultEntry>();

  constructor(private readonly random: () => number = Math.random) {}

  /**
   * Sets a vendor's faults. With `operation`, only that route's faults are
   * replaced; without it, every fault of the vendor is. `null` removes them
   * all. Invalid settings throw an error naming the field.
   */
  set(vendor: string, faults: VendorFaults | null): void {
    if (faults === null) {
      this.deleteVendor(vendor);
      return;
    }
    const parsed = VendorFaultsSchema.safeParse(faults);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TypeError(`Invalid sandbox fault option \`${issue.path.join(".") || "(root)"}\` for vendor ${vendor}: ${issue.message}`);
    }
    if (parsed.data.operation === undefined) this.deleteVendor(vendor);
    this.entries.set(entryKey(vendor, parsed.data.operation), { faults: { ...parsed.data }, admitted: [] });
  }

  clear(): void {
    this.entries.clear();
  }

  /** Returns every vendor's settings, keyed by `vendor` or `vendor operation`. */
  snapshot(): Record<string, VendorFaults> {
    return Object.fromEntries([...this.entries].map(([key, entry]) => [key, { ...entry.faults }]));
  }

  /** Draws the delay and action for one request arriving at `now`, and counts down `failNextRequests`. */
  decide(vendor: string, operation: SandboxOperation, now: number = Date.now()): FaultDecision {
    const entry = this.entries.get(entryKey(vendor, operation)) ?? this.entries.get(entryKey(vendor, undefined));
    if (!entry) return NO_FAULT;
    const { faults } = entry;
    const delayMs = drawLatency(faults.latencyMs, this.random);

    const limited = this.checkRateLimit(entry, now);
    if (limited !== null) return { delayMs: 0, action: { kind: "fail", status: 429, retryAfter: formatRetryAfter(limited, faults, now) } };

    if (faults.failNextRequests !== undefined && faults.failNextRequests > 0) {
      faults.failNextRequests -= 1;
      return { delayMs, action: this.injectedFailure(faults, now) };
    }
    // One draw picks at most one fault, so the configured rates add up instead of overlapping.
    const draw = this.random();
    let threshold = 0;
    for (const [rate, action] of [
      [faults.failureRate, () => this.injectedFailure(faults, now)],
      [faults.throttleRate, () => ({ kind: "fail", status: 429, retryAfter: formatRetryAfter((faults.retryAfterSeconds ?? 1) * 1000, faults, now) })],
      [faults.hangRate, () => ({ kind: "hang" })],
    ] as const) {
      threshold += rate ?? 0;
      if (draw < threshold) return { delayMs, action: action() as FaultAction };
    }

    const malformed = faults.malformedRate !== undefined && this.random() < faults.malformedRate;
    const expireToken = faults.tokenExpiryRate !== undefined && this.random() < faults.tokenExpiryRate;
    return { delayMs, action: { kind: "serve", malformed, expireToken } };
  }

  private injectedFailure(faults: VendorFaults, now: number): FaultAction {
    const retryAfter = faults.retryAfterSeconds === undefined ? null : formatRetryAfter(faults.retryAfterSeconds * 1000, faults, now);
    return { kind: "fail", status: faults.status ?? 503, retryAfter };
  }

  /** Admits the request under the vendor's own rate limit, or returns the wait in milliseconds until it would be admitted. */
  private checkRateLimit(entry: FaultEntry, now: number): number | null {
    const limit = entry.faults.rateLimit;
    if (limit === undefined) return null;
    while (entry.admitted.length > 0 && entry.admitted[0]! <= now - limit.intervalMs) entry.admitted.shift();
    if (entry.admitted.length < limit.requests) {
      entry.admitted.push(now);
      return null;
    }
    return entry.admitted[0]! + limit.intervalMs - now;
  }

  private deleteVendor(vendor: string): void {
    for (const key of [...this.entries.keys()]) if (key === vendor || key.startsWith(`${vendor} `)) this.entries.delete(key);
  }
}

function entryKey(vendor: string, operation: SandboxOperation | undefined): string {
  return operation === undefined ? vendor : `${vendor} ${operation}`;
}

/**
 * Formats a wait as `Retry-After`. Delay-seconds round up to a whole second.
 * An HTTP-date has one-second resolution, so it is rounded up to the next
 * whole second after `now + waitMs`, and a client never retries early.
 */
export function formatRetryAfter(waitMs: number, faults: VendorFaults, now: number): string {
  if (faults.retryAfterFormat === "http-date") return new Date(Math.ceil((now + waitMs) / 1000) * 1000).toUTCString();
  return String(Math.ceil(waitMs / 1000));
}

function drawLatency(latency: VendorFaults["latencyMs"], random: () => number): number {
  if (latency === undefined) return 0;
  if (typeof latency === "number") return latency;
  if ("distribution" in latency) return Math.min(latency.maxMs, Math.round(-latency.meanMs * Math.log(1 - random())));
  return latency.minMs + Math.floor(random() * (latency.maxMs - latency.minMs + 1));
}
