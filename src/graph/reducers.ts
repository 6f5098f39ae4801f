import { CheckgraphError } from "../errors/checkgraph-error.js";
import type { TaskOutcome, TimelineEvent, Usage } from "./outcome.js";
import type { ReviewRecord } from "./review.js";

/** Compares two JSON-like values structurally. */
function isSameContent(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Merges check outcomes keyed by task id, in any order. Writing the same id
 * twice with identical content is a no-op, because a replayed write is
 * harmless. Writing it with different content raises an error instead of
 * overwriting.
 */
export function mergeResults(
  current: Record<string, TaskOutcome>,
  update: Record<string, TaskOutcome>,
): Record<string, TaskOutcome> {
  const merged = { ...current };
  for (const [taskId, outcome] of Object.entries(update)) {
    const existing = merged[taskId];
    if (existing && !isSameContent(existing, outcome)) {
      throw new CheckgraphError("DUPLICATE_RESULT", "internal", `Task ${taskId} produced two different outcomes`, {
        context: { taskId, statuses: [existing.status, outcome.status] },
      });
    }
    merged[taskId] = outcome;
  }
  return merged;
}

/** Merges analyst reviews keyed by task id; a second, different verdict for a task is an error. */
export function mergeReviews(
  current: Record<string, ReviewRecord>,
  update: Record<string, ReviewRecord>,
): Record<string, ReviewRecord> {
  const merged = { ...current };
  for (const [taskId, review] of Object.entries(update)) {
    const existing = merged[taskId];
    if (existing && !isSameContent(existing, review)) {
      throw new CheckgraphError("DUPLICATE_RESULT", "internal", `Task ${taskId} received two different analyst reviews`, { context: { taskId } });
    }
    merged[taskId] = review;
  }
  return merged;
}

/** Returns an empty usage record. */
export function emptyUsage(): Usage {
  return { modelCalls: 0, inputTokens: 0, outputTokens: 0, vendors: {} };
}

/** Sums two usage records, vendor by vendor. */
export function sumUsage(current: Usage, update: Partial<Usage>): Usage {
  const vendors = { ...current.vendors };
  for (const [vendor, usage] of Object.entries(update.vendors ?? {})) {
    const previous = vendors[vendor] ?? { calls: 0, retries: 0, failures: 0, cost: 0 };
    vendors[vendor] = {
      calls: previous.calls + usage.calls,
      retries: previous.retries + usage.retries,
      failures: previous.failures + usage.failures,
      cost: Math.round((previous.cost + usage.cost) * 1e6) / 1e6,
    };
  }
  return {
    modelCalls: current.modelCalls + (update.modelCalls ?? 0),
    inputTokens: current.inputTokens + (update.inputTokens ?? 0),
    outputTokens: current.outputTokens + (update.outputTokens ?? 0),
    vendors,
  };
}

function compareText(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}

function compareEvents(left: TimelineEvent, right: TimelineEvent): number {
  // ISO timestamps sort correctly as plain strings, and code-unit order is stable across locales.
  return compareText(left.at, right.at) || compareText(left.taskId ?? "", right.taskId ?? "") || compareText(left.type, right.type);
}

/** Appends timeline events, sorted by time, task id and type, so branch finishing order does not matter. */
export function appendEvents(current: TimelineEvent[], update: TimelineEvent[]): TimelineEvent[] {
  return [...current, ...update].sort(compareEvents);
}

/** Merges notice lines, keeping each once in first-seen order. */
export function mergeNotices(current: string[], update: string[]): string[] {
  return [...new Set([...current, ...update])];
}
