import { describe, expect, it } from "vitest";
import type { TaskOutcome, TimelineEvent } from "./outcome.js";
import { appendEvents, emptyUsage, mergeResults, sumUsage } from "./reducers.js";

function outcome(taskId: string, status: TaskOutcome["status"] = "ok"): TaskOutcome {
  return {
    taskId, tool: "sanctions", status, output: { taskId }, findings: [], error: null, attempts: 1, vendor: null, cost: 0, notices: [],
    startedAt: "2026-12-01T10:00:00.000Z", endedAt: "2026-12-01T10:00:00.200Z", durationMs: 200,
  };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe("mergeResults", () => {
  it("gives the same state in every branch order", () => {
    const updates = ["a", "b", "c", "d"].map((id) => ({ [id]: outcome(id) }));
    const states = permutations(updates).map((order) => order.reduce(mergeResults, {}));
    const expected = JSON.stringify(Object.fromEntries(Object.entries(states[0]!).sort()));
    expect(states).toHaveLength(24);
    for (const state of states) {
      expect(Object.keys(state)).toHaveLength(4);
      expect(JSON.stringify(Object.fromEntries(Object.entries(state).sort()))).toBe(expected);
    }
  });

  it("accepts an identical replayed write", () => {
    const once = mergeResults({}, { a: outcome("a") });
    const twice = mergeResults(once, { a: outcome("a") });
    expect(twice).toEqual(once);
  });

  it("rejects a conflicting duplicate id", () => {
    const state = mergeResults({}, { a: outcome("a", "ok") });
    expect(() => mergeResults(state, { a: outcome("a", "failed") })).toThrow(/Task a produced two different outcomes/);
  });

  it("keeps outcomes written in one update", () => {
    const state = mergeResults({ a: outcome("a") }, { b: outcome("b"), c: outcome("c", "skipped") });
    expect(Object.keys(state).sort()).toEqual(["a", "b", "c"]);
    expect(state.c?.status).toBe("skipped");
  });
});

describe("sumUsage", () => {
  it("sums vendors in any order", () => {
    const first = { vendors: { "bureau-a": { calls: 2, retries: 1, failures: 0, cost: 0.5 } } };
    const second = { modelCalls: 1, inputTokens: 10, outputTokens: 4, vendors: { "bureau-a": { calls: 1, retries: 0, failures: 1, cost: 0.25 } } };
    const forward = sumUsage(sumUsage(emptyUsage(), first), second);
    const backward = sumUsage(sumUsage(emptyUsage(), second), first);
    expect(forward).toEqual(backward);
    expect(forward.vendors["bureau-a"]).toEqual({ calls: 3, retries: 1, failures: 1, cost: 0.75 });
    expect(forward.inputTokens).toBe(10);
  });
});

describe("appendEvents", () => {
  it("orders events independently of arrival", () => {
    const events: TimelineEvent[] = [
      { type: "check_finished", at: "2026-12-01T10:00:00.300Z", taskId: "b" },
      { type: "check_started", at: "2026-12-01T10:00:00.000Z", taskId: "a" },
      { type: "check_started", at: "2026-12-01T10:00:00.000Z", taskId: "b" },
    ];
    const one = appendEvents(appendEvents([], [events[0]!]), [events[1]!, events[2]!]);
    const other = appendEvents(appendEvents([], [events[2]!, events[1]!]), [events[0]!]);
    expect(one).toEqual(other);
    expect(one.map((event) => event.taskId)).toEqual(["a", "b", "b"]);
  });
});
