import { describe, expect, it } from "vitest";
import { createAgingQueueClass } from "./aging-priority-queue.js";

function namedRun(name: string, order: string[]) {
  return async () => {
    order.push(name);
  };
}

describe("AgingPriorityQueue", () => {
  it("serves higher priority first, then by arrival", async () => {
    let now = 0;
    const Queue = createAgingQueueClass(1_000, () => now);
    const queue = new Queue();
    const order: string[] = [];
    queue.enqueue(namedRun("tier-3-a", order), { priority: -3 });
    queue.enqueue(namedRun("tier-1", order), { priority: -1 });
    queue.enqueue(namedRun("tier-3-b", order), { priority: -3 });
    queue.enqueue(namedRun("tier-2", order), { priority: -2 });
    while (queue.size > 0) await queue.dequeue()!();

    expect(order).toEqual(["tier-1", "tier-2", "tier-3-a", "tier-3-b"]);
  });

  it("ages a waiting call past later higher tiers", async () => {
    let now = 0;
    const Queue = createAgingQueueClass(1_000, () => now);
    const queue = new Queue();
    const order: string[] = [];
    queue.enqueue(namedRun("tier-3", order), { priority: -3 });
    now = 1_999;
    queue.enqueue(namedRun("tier-1-early", order), { priority: -1 });
    now = 2_000;
    queue.enqueue(namedRun("tier-1-late", order), { priority: -1 });
    while (queue.size > 0) await queue.dequeue()!();

    // After 2 s the tier-3 call has gained two levels: it ties with tier 1 and was queued first.
    expect(order).toEqual(["tier-3", "tier-1-early", "tier-1-late"]);
  });

  it("keeps tier 3 behind tier 1 before it has aged", async () => {
    let now = 0;
    const Queue = createAgingQueueClass(1_000, () => now);
    const queue = new Queue();
    const order: string[] = [];
    queue.enqueue(namedRun("tier-3", order), { priority: -3 });
    now = 1_500;
    queue.enqueue(namedRun("tier-1", order), { priority: -1 });
    while (queue.size > 0) await queue.dequeue()!();

    expect(order).toEqual(["tier-1", "tier-3"]);
  });

  it("removes a call by id", () => {
    const Queue = createAgingQueueClass(1_000);
    const queue = new Queue();
    queue.enqueue(async () => undefined, { id: "a" });
    queue.enqueue(async () => undefined, { id: "b" });
    queue.remove("a");

    expect(queue.size).toBe(1);
  });

  it("rejects a non-positive agingMs", () => {
    expect(() => createAgingQueueClass(0)).toThrow(/agingMs 0/);
  });
});
