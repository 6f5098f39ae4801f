import { describe, expect, it } from "vitest";
import { FaultTable, formatRetryAfter } from "./sandbox-faults.js";

const NOW = Date.parse("2025-06-01T12:00:00.400Z");

/** A random source that returns the given values in turn. */
function sequence(...values: number[]): () => number {
  return () => values.shift() ?? 0.99;
}

describe("FaultTable", () => {
  it("adds failure, throttle and hang rates", () => {
    const faults = { failureRate: 0.1, throttleRate: 0.1, hangRate: 0.02, retryAfterSeconds: 1 };
    const kinds = [0.05, 0.15, 0.21, 0.5].map((draw) => {
      const table = new FaultTable(sequence(draw));
      table.set("bureau-a", faults);
      const { action } = table.decide("bureau-a", "credit-report", NOW);
      return action.kind === "fail" ? action.status : action.kind;
    });

    expect(kinds).toEqual([503, 429, "hang", "serve"]);
  });

  it("prefers route faults over vendor faults", () => {
    const table = new FaultTable(sequence(0));
    table.set("bureau-a", { failureRate: 1, status: 500 });
    table.set("bureau-a", { failureRate: 1, status: 502, operation: "token" });

    expect(table.decide("bureau-a", "token", NOW).action).toMatchObject({ status: 502 });
    expect(table.decide("bureau-a", "credit-report", NOW).action).toMatchObject({ status: 500 });
  });

  it("answers 429 over the vendor's own rate limit", () => {
    const table = new FaultTable();
    table.set("bureau-a", { rateLimit: { requests: 2, intervalMs: 1_000 } });
    const decisions = [NOW, NOW + 100, NOW + 200, NOW + 1_000].map((at) => table.decide("bureau-a", "credit-report", at).action);

    expect(decisions.map((action) => action.kind)).toEqual(["serve", "serve", "fail", "serve"]);
    expect(decisions[2]).toMatchObject({ status: 429, retryAfter: "1" });
  });

  it("rejects an unknown fault field", () => {
    expect(() => new FaultTable().set("bureau-a", { hangs: 1 } as never)).toThrow(/bureau-a/);
  });
});

describe("formatRetryAfter", () => {
  it("rounds seconds up", () => {
    expect(formatRetryAfter(1_200, {}, NOW)).toBe("2");
  });

  it("rounds an HTTP-date up to the next second", () => {
    const value = formatRetryAfter(2_000, { retryAfterFormat: "http-date" }, NOW);

    expect(value).toBe("Sun, 01 Jun 2025 12:00:03 GMT");
    expect(Date.parse(value) - NOW).toBeGreaterThanOrEqual(2_000);
  });
});
