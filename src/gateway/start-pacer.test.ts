import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StartPacer } from "./start-pacer.js";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

function acquireAll(pacer: StartPacer, calls: Array<{ name: string; priority: number }>, signal = new AbortController().signal) {
  const starts: Array<{ name: string; at: number }> = [];
  const done = calls.map(({ name, priority }) =>
    pacer.acquire(priority, Date.now(), signal).then(
      () => starts.push({ name, at: Date.now() }),
      () => starts.push({ name: `${name} aborted`, at: Date.now() }),
    ),
  );
  return { starts, done: Promise.all(done) };
}

describe("StartPacer", () => {
  it("spaces starts on a fixed schedule", async () => {
    const pacer = new StartPacer(20.8, 2_000);
    const { starts, done } = acquireAll(pacer, Array.from({ length: 6 }, (_, index) => ({ name: `call-${index}`, priority: 0 })));
    await vi.runAllTimersAsync();
    await done;

    // Slots fall at 0, 20.8, 41.6, 62.4, 83.2 and 104 ms, and timers fire on the next whole millisecond.
    expect(starts.map((start) => start.at)).toEqual([0, 21, 42, 63, 84, 104]);
  });

  it("gives the next slot to the highest priority", async () => {
    const pacer = new StartPacer(10, 2_000);
    const { starts, done } = acquireAll(pacer, [
      { name: "first", priority: -2 },
      { name: "tier-3", priority: -3 },
      { name: "tier-1", priority: -1 },
    ]);
    await vi.runAllTimersAsync();
    await done;

    expect(starts.map((start) => start.name)).toEqual(["first", "tier-1", "tier-3"]);
  });

  it("restarts the schedule after idling", async () => {
    const pacer = new StartPacer(20, 2_000);
    await pacer.acquire(0, 0, new AbortController().signal);
    vi.setSystemTime(1_000);
    const { starts, done } = acquireAll(pacer, [
      { name: "a", priority: 0 },
      { name: "b", priority: 0 },
    ]);
    await vi.runAllTimersAsync();
    await done;

    expect(starts.map((start) => start.at)).toEqual([1_000, 1_020]);
  });

  it("drops a waiter whose signal aborts", async () => {
    const pacer = new StartPacer(50, 2_000);
    const controller = new AbortController();
    await pacer.acquire(0, 0, new AbortController().signal);
    const { starts, done } = acquireAll(pacer, [{ name: "waiting", priority: 0 }], controller.signal);
    controller.abort();
    await vi.runAllTimersAsync();
    await done;

    expect(starts).toEqual([{ name: "waiting aborted", at: 0 }]);
    expect(pacer.waiting).toBe(0);
  });

  it("rejects a spacing of 0", () => {
    expect(() => new StartPacer(0, 2_000)).toThrow(/spacingMs 0/);
  });
});
