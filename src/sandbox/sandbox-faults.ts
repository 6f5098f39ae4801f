import { z } from "zod";

/** Operations a sandbox vendor serves. A fault can be limited to one of them. */
export const SANDBOX_OPERATIONS = ["token", "credit-report"] as const;
export type SandboxOperation = (typeof SANDBOX_OPERATIONS)[number];

const LatencySchema = z.union([
  z.number().int().min(0),
  z
    .object({ minMs: z.number().int().min(0), maxMs: z.number().int().min(0) })
    .refine((range) => range.minMs <= range.maxMs, "minMs must not exceed maxMs"),
]);

/** Latency and failures the sandbox injects for one vendor. */
export const VendorFaultsSchema = z.object({
  /** Delay before the sandbox responds, in milliseconds: fixed, or drawn uniformly from a range. */
  latencyMs: LatencySchema.optional(),
  /** Probability from 0 to 1 that a request fails with `status`. */
  failureRate: z.number().min(0).max(1).optional(),
  /** Number of next requests that fail with `status`, before `failureRate` applies. */
  failNextRequests: z.number().int().min(0).optional(),
  /** HTTP status of an injected failure, 503 by default. */
  status: z.number().int().min(400).max(599).optional(),
  /** `Retry-After` header value, in seconds, sent with an injected failure. */
  retryAfterSeconds: z.number().int().min(0).optional(),
  /** The one operation the faults apply to, or every operation when absent. */
  operation: z.enum(SANDBOX_OPERATIONS).optional(),
});
export type VendorFaults = z.infer<typeof VendorFaultsSchema>;

/** The delay and failure the sandbox applies to one request. */
export interface FaultDecision {
  delayMs: number;
  failure: { status: number; retryAfterSeconds: number | null } | null;
}

/** Holds the fault settings of every vendor and decides, request by request, which fault applies. */
export class FaultTable {
  private readonly faultsByVendor = new Map<string, VendorFaults>();

  /** Replaces a vendor's faults, or removes them for `null`. Invalid settings throw an error naming the field. */
  set(vendor: string, faults: VendorFaults | null): void {
    if (faults === null) {
      this.faultsByVendor.delete(vendor);
      return;
    }
    const parsed = VendorFaultsSchema.safeParse(faults);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TypeError(`Invalid sandbox fault option \`${issue.path.join(".")}\` for vendor ${vendor}: ${issue.message}`);
    }
    this.faultsByVendor.set(vendor, { ...parsed.data });
  }

  clear(): void {
    this.faultsByVendor.clear();
  }

  /** Draws the delay and failure for one request, and counts down `failNextRequests`. */
  decide(vendor: string, operation: SandboxOperation): FaultDecision {
    const faults = this.faultsByVendor.get(vendor);
    if (!faults || (faults.operation !== undefined && faults.operation !== operation)) {
      return { delayMs: 0, failure: null };
    }

    const delayMs = drawLatency(faults.latencyMs);
    let fails = false;
    if (faults.failNextRequests !== undefined && faults.failNextRequests > 0) {
      faults.failNextRequests -= 1;
      fails = true;
    } else if (faults.failureRate !== undefined) {
      fails = Math.random() < faults.failureRate;
    }

    const failure = fails ? { status: faults.status ?? 503, retryAfterSeconds: faults.retryAfterSeconds ?? null } : null;
    return { delayMs, failure };
  }
}

function drawLatency(latency: VendorFaults["latencyMs"]): number {
  if (latency === undefined) return 0;
  if (typeof latency === "number") return latency;
  return latency.minMs + Math.floor(Math.random() * (latency.maxMs - latency.minMs + 1));
}
