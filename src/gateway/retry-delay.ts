import { ExponentialBackoff, fullJitterGenerator, type IBackoff } from "cockatiel";
import type { VendorConfig } from "./gateway-config.js";

/** Checks whether an HTTP status may succeed on retry: 408, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * Parses a `Retry-After` header (RFC 9110, section 10.2.3): delay-seconds or
 * an HTTP-date. Returns the wait in milliseconds from `now`, 0 for a past
 * date, or null when the header is absent or unparseable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;

  // Every HTTP-date format names a weekday or month, while Date.parse would also read "-3" as a year.
  if (!/[A-Za-z]/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * Yields backoff delays for one call: capped exponential backoff with full
 * jitter, so retry n waits a random time in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))).
 */
export class BackoffSchedule {
  private backoff: IBackoff<unknown> | null = null;
  private readonly factory: ExponentialBackoff<number>;

  constructor(retries: VendorConfig["retries"]) {
    this.factory = new ExponentialBackoff({
      generator: fullJitterGenerator,
      initialDelay: retries.baseDelayMs,
      maxDelay: retries.maxDelayMs,
    });
  }

  /** Returns the next backoff delay in milliseconds. */
  nextDelayMs(): number {
    this.backoff = this.backoff === null ? this.factory.next() : this.backoff.next(undefined);
    return this.backoff.duration;
  }
}

/** Picks the wait before a retry: the vendor's `Retry-After` capped at `retryAfterCapMs` when given, else the backoff delay. */
export function chooseRetryDelay(retryAfterMs: number | null, backoffMs: number, retryAfterCapMs: number): number {
  if (retryAfterMs === null) return backoffMs;
  // NOTE: a Retry-After longer than the cap is shortened to the cap, so the retry may come before the vendor is ready again.
  return Math.min(retryAfterMs, retryAfterCapMs);
}
