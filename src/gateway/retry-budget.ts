import type { VendorConfig } from "./gateway-config.js";

type RetryBudgetSettings = NonNullable<VendorConfig["retryBudget"]>;

/**
 * Limits one vendor's retries to `minRetries + ratio * firstAttempts` within
 * a sliding window of `windowMs`, counted over every call in the process. When
 * a vendor fails broadly, retries stop growing its load and calls give up
 * (and go to the fallback vendor) instead.
 */
export class RetryBudget {
  private firstAttempts: number[] = [];
  private retries: number[] = [];

  constructor(
    private readonly settings: RetryBudgetSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts the first attempt of a call. */
  recordFirstAttempt(): void {
    this.firstAttempts.push(this.now());
  }

  /** Takes one retry from the budget. Returns false, taking nothing, when the budget is spent. */
  tryTakeRetry(): boolean {
    const at = this.now();
    this.firstAttempts = dropBefore(this.firstAttempts, at - this.settings.windowMs);
    this.retries = dropBefore(this.retries, at - this.settings.windowMs);
    const allowed = this.settings.minRetries + this.settings.ratio * this.firstAttempts.length;
    if (this.retries.length + 1 > allowed) return false;
    this.retries.push(at);
    return true;
  }
}

function dropBefore(times: number[], cutoff: number): number[] {
  let start = 0;
  while (start < times.length && times[start]! <= cutoff) start += 1;
  return start === 0 ? times : times.slice(start);
}
