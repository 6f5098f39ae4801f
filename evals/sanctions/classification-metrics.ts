import { createHash } from "node:crypto";

/** Precision, recall and F1 of a binary classifier, with the counts behind them. */
export interface ClassificationMetrics {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Computes precision, recall and F1 from predicted and actual labels, one pair per item. */
export function computeMetrics(items: readonly { predicted: boolean; actual: boolean }[]): ClassificationMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const { predicted, actual } of items) {
    if (predicted && actual) truePositives += 1;
    else if (predicted) falsePositives += 1;
    else if (actual) falseNegatives += 1;
    else trueNegatives += 1;
  }
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall, f1 };
}

/**
 * Puts about one item in four into the held-out part, chosen by a hash of its
 * id, so the split is the same on every run and independent of file order.
 */
export function isHeldOut(id: string): boolean {
  return createHash("sha256").update(id).digest()[0]! % 4 === 0;
}

/** Formats a rate as a percentage with three decimals, so 2 in 50,000 shows as 0.004%. */
export function formatPercent(numerator: number, denominator: number): string {
  return denominator === 0 ? "n/a" : `${((100 * numerator) / denominator).toFixed(3)}%`;
}
