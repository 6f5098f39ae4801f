import type { VendorClient, VendorRequest, VendorUsage } from "../gateway/vendor-client.js";
import type { CheckgraphRuntime } from "./runtime.js";
import type { VendorTask } from "../gateway/vendor-gateway.js";

/** Run and task a vendor client is bound to: the gateway's own task binding. */
export type VendorBinding = VendorTask;

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
