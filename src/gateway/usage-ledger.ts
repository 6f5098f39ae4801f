import type { VendorUsage } from "./vendor-client.js";

/** Running totals of vendor calls, retries, failures and cost, per vendor id. */
export class UsageLedger {
  private readonly totals = new Map<string, VendorUsage>();

  add(vendor: string, change: Partial<VendorUsage>): void {
    const current = this.totals.get(vendor) ?? { calls: 0, retries: 0, failures: 0, cost: 0 };
    this.totals.set(vendor, {
      calls: current.calls + (change.calls ?? 0),
      retries: current.retries + (change.retries ?? 0),
      failures: current.failures + (change.failures ?? 0),
      cost: current.cost + (change.cost ?? 0),
    });
  }

  snapshot(): Record<string, VendorUsage> {
    return Object.fromEntries([...this.totals].map(([vendor, usage]) => [vendor, { ...usage }]));
  }
}
