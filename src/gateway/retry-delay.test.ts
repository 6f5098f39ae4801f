import { afterEach, describe, expect, it, vi } from "vitest";
import { BackoffSchedule, chooseRetryDelay, isRetryableStatus, parseRetryAfter } from "./retry-delay.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("isRetryableStatus", () => {
  it.each([408, 429, 500, 502, 503, 504, 599])("retries %i", (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });

  it.each([200, 400, 401, 403, 404, 409, 422])("does not retry %i", (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-06-01T12:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
  });

  it("reads an HTTP-date", () => {
    expect(parseRetryAfter("Sun, 01 Jun 2025 12:00:05 GMT", now)).toBe(5000);
  });

  it("treats a past HTTP-date as no wait", () => {
    expect(parseRetryAfter("Sun, 01 Jun 2025 11:59:00 GMT", now)).toBe(0);
  });

  it("ignores absent or invalid values", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-3", now)).toBeNull();
  });
});

describe("chooseRetryDelay", () => {
  it("prefers Retry-After over backoff", () => {
    expect(chooseRetryDelay(3000, 50, 10_000)).toBe(3000);
  });

  it("caps Retry-After", () => {
    expect(chooseRetryDelay(60_000, 50, 10_000)).toBe(10_000);
  });

  it("uses backoff without Retry-After", () => {
    expect(chooseRetryDelay(null, 75, 10_000)).toBe(75);
  });
});

describe("BackoffSchedule", () => {
  it("doubles the jitter bound up to the maximum", () => {
    // Math.random just below 1 shows each delay's upper bound.
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const schedule = new BackoffSchedule({ maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 350, retryAfterCapMs: 1000 });
    const delays = [1, 2, 3, 4].map(() => schedule.nextDelayMs());

    expect(delays).toEqual([99, 199, 349, 349]);
  });

  it("draws full jitter from zero", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const schedule = new BackoffSchedule({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, retryAfterCapMs: 1000 });

    expect(schedule.nextDelayMs()).toBe(0);
  });
});
