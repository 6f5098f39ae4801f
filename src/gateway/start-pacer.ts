interface Waiter {
  priority: number;
  queuedSince: number;
  release(): void;
  reject(reason: unknown): void;
  signal: AbortSignal;
  onAbort(): void;
}

/**
 * Spaces attempt starts `spacingMs` apart on a fixed schedule. While calls
 * wait, slot k is due at `first + k * spacingMs`. A timer that fires up to
 * one slot late does not shift later slots, so the rate stays close to
 * `1000 / spacingMs` per second. No start comes before its slot, and missed
 * slots are never made up. So any window of `n * spacingMs` contains at most
 * `n + 1` starts, and `n` when the timers fire on time. When several
 * calls wait, the next slot goes to the highest priority, aged by
 * `agingMs` per level as in the aging queue, and ties go to the longest wait.
 */
export class StartPacer {
  private nextSlotAt = Number.NEGATIVE_INFINITY;
  private readonly waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly spacingMs: number,
    private readonly agingMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(spacingMs > 0) || !(agingMs > 0)) {
      throw new RangeError(`Invalid pacing: spacingMs ${spacingMs} and agingMs ${agingMs} must both be positive.`);
    }
  }

  /** Resolves when the caller may start its attempt, or rejects with the signal's reason when it aborts first. */
  acquire(priority: number, queuedSince: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const waiter: Waiter = {
        priority,
        queuedSince,
        signal,
        release: resolve,
        reject,
        onAbort: () => {
          this.remove(waiter);
          reject(signal.reason);
        },
      };
      signal.addEventListener("abort", waiter.onAbort, { once: true });
      // An idle pacer restarts its schedule now, so time spent idle never turns into a burst.
      if (this.waiters.length === 0 && this.timer === null) this.nextSlotAt = Math.max(this.nextSlotAt, this.now());
      this.waiters.push(waiter);
      this.schedule();
    });
  }

  /** Number of calls waiting for a start slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  private schedule(): void {
    if (this.timer !== null || this.waiters.length === 0) return;
    const at = this.now();
    const wait = this.nextSlotAt - at;
    if (wait <= 0) {
      this.releaseNext(at);
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.releaseNext(this.now());
    }, Math.ceil(wait));
  }

  private releaseNext(at: number): void {
    if (this.waiters.length === 0) return;
    // A timer that fired less than one slot late keeps the fixed schedule, so its lateness is not carried into the next slot.
    // A start more than one slot late (a blocked event loop) restarts the schedule instead of catching up in a burst.
    const slotAt = at - this.nextSlotAt < this.spacingMs ? this.nextSlotAt : at;
    this.nextSlotAt = slotAt + this.spacingMs;
    const waiter = this.pickNext(at);
    this.remove(waiter);
    waiter.signal.removeEventListener("abort", waiter.onAbort);
    waiter.release();
    this.schedule();
  }

  private pickNext(at: number): Waiter {
    let best = this.waiters[0]!;
    let bestPriority = best.priority + Math.floor((at - best.queuedSince) / this.agingMs);
    for (const waiter of this.waiters.slice(1)) {
      const priority = waiter.priority + Math.floor((at - waiter.queuedSince) / this.agingMs);
      if (priority > bestPriority || (priority === bestPriority && waiter.queuedSince < best.queuedSince)) {
        best = waiter;
        bestPriority = priority;
      }
    }
    return best;
  }

  private remove(waiter: Waiter): void {
    const index = this.waiters.indexOf(waiter);
    if (index >= 0) this.waiters.splice(index, 1);
  }
}
