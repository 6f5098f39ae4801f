/** One request the sandbox received, recorded when it arrived. */
export interface SandboxRequestRecord {
  /** Route as `METHOD /path`, such as `POST /bureau-a/v1/credit-reports`. */
  route: string;
  vendor: string | null;
  /** Arrival time, in milliseconds since the Unix epoch. */
  receivedAt: number;
  idempotencyKey: string | null;
}

/** A snapshot of what the sandbox served since it started or was last reset. */
export interface SandboxStats {
  /** Number of requests per route. */
  requests: Record<string, number>;
  /** Arrival times per route, in milliseconds since the Unix epoch, oldest first. */
  requestTimes: Record<string, number[]>;
  /** Every request in arrival order. */
  log: SandboxRequestRecord[];
  /** Billable credit pulls per idempotency key, summed over vendors. A key repeated at the same vendor is billed once. */
  billablePulls: Record<string, number>;
  /** Requests per idempotency key that returned a stored report without a new billable pull. */
  idempotentReplays: Record<string, number>;
  /** Sum of `billablePulls`. */
  billablePullCount: number;
}

/** Collects the sandbox's request counts and billable pulls. */
export class StatsRecorder {
  private log: SandboxRequestRecord[] = [];
  private billablePulls = new Map<string, number>();
  private replays = new Map<string, number>();

  recordRequest(record: SandboxRequestRecord): void {
    this.log.push(record);
  }

  recordBillablePull(billingKey: string): void {
    this.billablePulls.set(billingKey, (this.billablePulls.get(billingKey) ?? 0) + 1);
  }

  recordReplay(billingKey: string): void {
    this.replays.set(billingKey, (this.replays.get(billingKey) ?? 0) + 1);
  }

  reset(): void {
    this.log = [];
    this.billablePulls.clear();
    this.replays.clear();
  }

  snapshot(): SandboxStats {
    const requests: Record<string, number> = {};
    const requestTimes: Record<string, number[]> = {};
    for (const record of this.log) {
      requests[record.route] = (requests[record.route] ?? 0) + 1;
      (requestTimes[record.route] ??= []).push(record.receivedAt);
    }

    let billablePullCount = 0;
    for (const count of this.billablePulls.values()) billablePullCount += count;

    return {
      requests,
      requestTimes,
      log: this.log.map((record) => ({ ...record })),
      billablePulls: Object.fromEntries(this.billablePulls),
      idempotentReplays: Object.fromEntries(this.replays),
      billablePullCount,
    };
  }
}

/**
 * Returns the largest number of `times` (epoch milliseconds) that fall in any
 * window `[t, t + windowMs)`. Checking windows that start at each time is
 * enough, because a window holding the most times can always be slid right
 * until it starts at one of them.
 */
export function countMaxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start += 1) {
    while (end < sorted.length && sorted[end]! < sorted[start]! + windowMs) end += 1;
    max = Math.max(max, end - start);
  }
  return max;
}
