import { describe, expect, it } from "vitest";
import { computeMetrics, formatPercent, isHeldOut } from "./classification-metrics.js";

describe("computeMetrics", () => {
  it("computes precision, recall and F1 from counts", () => {
    const items = [
      ...Array.from({ length: 8 }, () => ({ predicted: true, actual: true })),
      ...Array.from({ length: 2 }, () => ({ predicted: true, actual: false })),
      ...Array.from({ length: 4 }, () => ({ predicted: false, actual: true })),
      { predicted: false, actual: false },
    ];
    const metrics = computeMetrics(items);
    expect(metrics.truePositives).toBe(8);
    expect(metrics.falsePositives).toBe(2);
    expect(metrics.falseNegatives).toBe(4);
    expect(metrics.trueNegatives).toBe(1);
    expect(metrics.precision).toBeCloseTo(0.8, 10);
    expect(metrics.recall).toBeCloseTo(8 / 12, 10);
    expect(metrics.f1).toBeCloseTo(16 / 22, 10);
  });

  it("returns 0 rather than NaN with no positives", () => {
    const metrics = computeMetrics([{ predicted: false, actual: false }]);
    expect(metrics.precision).toBe(0);
    expect(metrics.recall).toBe(0);
    expect(metrics.f1).toBe(0);
  });
});

describe("isHeldOut", () => {
  it("holds out about a quarter, the same on every call", () => {
    const ids = Array.from({ length: 2_000 }, (_, index) => `case-${index}`);
    const heldOut = ids.filter(isHeldOut);
    expect(heldOut.length).toBeGreaterThan(400);
    expect(heldOut.length).toBeLessThan(600);
    expect(ids.filter(isHeldOut)).toEqual(heldOut);
  });
});

describe("formatPercent", () => {
  it("formats a rate with three decimals", () => {
    expect(formatPercent(1, 8)).toBe("12.500%");
    expect(formatPercent(2, 50_000)).toBe("0.004%");
    expect(formatPercent(0, 0)).toBe("n/a");
  });
});
