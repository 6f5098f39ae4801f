import type { QueueAddOptions } from "p-queue";

type RunFunction = () => Promise<unknown>;

interface QueuedCall {
  run: RunFunction;
  id: string | undefined;
  priority: number;
  enqueuedAt: number;
}

/** p-queue's add options plus the time a call first queued, so a retried call keeps the age it earned. */
export type AgingQueueAddOptions = QueueAddOptions & {
  /** Epoch milliseconds when the logical call first queued; its age counts from here. Defaults to now. */
  queuedSince?: number;
};

/** The queue interface p-queue 9 expects from its `queueClass` option. */
export interface PQueueCompatibleQueue {
  readonly size: number;
  enqueue(run: RunFunction, options?: Partial<AgingQueueAddOptions>): void;
  dequeue(): RunFunction | undefined;
  filter(options: Readonly<Partial<QueueAddOptions>>): RunFunction[];
  setPriority(id: string, priority: number): void;
  remove(idOrRun: string | RunFunction): void;
}

/**
 * Builds a p-queue `queueClass` whose calls gain one priority level for every
 * `agingMs` they wait. The next call is the one with the highest effective
 * priority, `priority + floor(waitMs / agingMs)`, and ties go to the call queued
 * first. A retried call passes `queuedSince` and keeps its age. So no priority starves: a call `k` levels below another is served
 * ahead of any call of that higher level queued more than `k * agingMs` after it.
 */
export function createAgingQueueClass(agingMs: number, now: () => number = Date.now): new () => PQueueCompatibleQueue {
  if (!Number.isFinite(agingMs) || agingMs <= 0) {
    throw new RangeError(`Invalid agingMs ${agingMs}: expected a positive number of milliseconds.`);
  }

  return class AgingPriorityQueue implements PQueueCompatibleQueue {
    /** Queued calls in the order they were added, which breaks ties between equal effective priorities. */
    private readonly calls: QueuedCall[] = [];

    get size(): number {
      return this.calls.length;
    }

    enqueue(run: RunFunction, options: Partial<AgingQueueAddOptions> = {}): void {
      this.calls.push({ run, id: options.id, priority: options.priority ?? 0, enqueuedAt: options.queuedSince ?? now() });
    }

    dequeue(): RunFunction | undefined {
      if (this.calls.length === 0) return undefined;
      const at = now();
      let bestIndex = 0;
      let bestPriority = effectivePriority(this.calls[0]!, at, agingMs);
      // A linear scan is fine for queues of a few thousand calls, and the effective priorities change with time, so no heap order would stay valid.
      for (let index = 1; index < this.calls.length; index += 1) {
        const priority = effectivePriority(this.calls[index]!, at, agingMs);
        if (priority > bestPriority) {
          bestIndex = index;
          bestPriority = priority;
        }
      }
      const [chosen] = this.calls.splice(bestIndex, 1);
      return chosen!.run;
    }

    filter(options: Readonly<Partial<QueueAddOptions>>): RunFunction[] {
      return this.calls.filter((call) => call.priority === options.priority).map((call) => call.run);
    }

    setPriority(id: string, priority: number): void {
      const call = this.calls.find((candidate) => candidate.id === id);
      if (!call) throw new ReferenceError(`No queued call with id ${id}: it may have started or been removed.`);
      call.priority = priority;
    }

    remove(idOrRun: string | RunFunction): void {
      const index = this.calls.findIndex((call) => (typeof idOrRun === "string" ? call.id === idOrRun : call.run === idOrRun));
      if (index >= 0) this.calls.splice(index, 1);
    }
  };
}

function effectivePriority(call: QueuedCall, at: number, agingMs: number): number {
  return call.priority + Math.floor((at - call.enqueuedAt) / agingMs);
}
