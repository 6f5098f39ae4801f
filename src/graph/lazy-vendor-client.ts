import type { Logger } from "../logging/logger.js";
import type { VendorClient, VendorRequest, VendorUsage } from "../gateway/vendor-client.js";
import type { CheckgraphRuntime } from "./runtime.js";

/** Run and task a vendor client is bound to. */
export interface VendorBinding {
  runId: string;
  taskId: string;
  tier: number;
  signal: AbortSignal;
  /** Epoch milliseconds of the check's deadline; the gateway starts no retry at or after it. */
  deadlineAt?: number | null;
  /** Maximum billable vendor cost of the run, or null for no limit. */
  runBudget?: number | null;
  logger: Logger;
  /** Called before each vendor retry, for the run's progress stream. */
  onRetry?: (retry: { vendor: string; operation: string; attempt: number; delayMs: number; status: number | null }) => void;
}

/**
 * Returns a vendor client that creates the gateway (and, by default, starts the
 * in-process vendor sandbox) only when a check makes its first vendor call.
 */
export function createLazyVendorClient(runtime: CheckgraphRuntime, binding: VendorBinding): VendorClient {
  let client: VendorClient | null = null;
  return {
    async request<Body>(request: VendorRequest) {
      client ??= (await runtime.vendorGateway()).forTask(binding);
      return client.request<Body>(request);
    },
    usage(): Record<string, VendorUsage> {
      return client ? client.usage() : {};
    },
  };
}
