/** Runs whose spending the gateway remembers; the oldest is forgotten first. */
const MAX_TRACKED_RUNS = 10_000;

interface RunSpending {
  spent: number;
  reserved: number;
}

/** A reservation of one billable call's cost, settled once the call ends. */
export interface CostReservation {
  /** Books the reserved cost as spent. */
  commit(): void;
  /** Returns the reserved cost to the run's budget. */
  release(): void;
}

/**
 * Tracks billable vendor cost per run, so a run with a budget never starts a
 * call it could not pay for. Costs are reserved before a call and booked when
 * it succeeds, so parallel checks of one run cannot overspend together.
 */
export class RunCostBudget {
  private readonly runs = new Map<string, RunSpending>();

  /**
   * Reserves `cost` for `runId`. Returns null, reserving nothing, when spent
   * plus reserved plus `cost` would exceed `limit`. A null `limit` always reserves.
   */
  reserve(runId: string, cost: number, limit: number | null): CostReservation | null {
    const spending = this.spendingOf(runId);
    if (limit !== null && spending.spent + spending.reserved + cost > limit + 1e-9) return null;

    spending.reserved += cost;
    let settled = false;
    const settle = (spent: boolean): void => {
      if (settled) return;
      settled = true;
      spending.reserved -= cost;
      if (spent) spending.spent += cost;
    };
    return { commit: () => settle(true), release: () => settle(false) };
  }

  /** Returns the cost booked for `runId` so far. */
  spentBy(runId: string): number {
    return this.runs.get(runId)?.spent ?? 0;
  }

  private spendingOf(runId: string): RunSpending {
    let spending = this.runs.get(runId);
    if (spending) return spending;

    spending = { spent: 0, reserved: 0 };
    this.runs.set(runId, spending);
    if (this.runs.size > MAX_TRACKED_RUNS) {
      // Maps iterate in insertion order, so the first key is the oldest run.
      const oldest = this.runs.keys().next().value as string;
      this.runs.delete(oldest);
    }
    return spending;
  }
}
