import { loadSettings, type Settings } from "../config/settings.js";
import { createDefaultGateway } from "../gateway/default-gateway.js";
import type { VendorGateway } from "../gateway/vendor-gateway.js";
import type { CheckgraphRuntime } from "../graph/runtime.js";
import { rootLogger } from "../logging/logger.js";
import { createModels } from "../model/create-models.js";
import { startVendorSandbox, type VendorSandbox } from "../sandbox/vendor-sandbox.js";
import type { Tool } from "../tools/contract.js";
import { TOOL_REGISTRY } from "../../tools/registry.js";

/** Options of `createRuntime`; everything defaults to the environment's settings. */
export interface RuntimeOptions {
  settings?: Settings;
  tools?: readonly Tool[];
  /** Latency the in-process vendor sandbox adds to every bureau response, in milliseconds (benchmarks). */
  sandboxLatencyMs?: number;
  /** Delay before each check that calls no vendor, in milliseconds (benchmarks). */
  localCheckDelayMs?: number;
  /** A gateway to use instead of the default one; no sandbox is started then (batch runs, benchmarks). */
  gateway?: VendorGateway;
}

/**
 * Creates the services a graph runs on. The vendor gateway is created on the
 * first vendor call. Without `CHECKGRAPH_BUREAU_URL`, that call also starts
 * the vendor sandbox in this process, on 127.0.0.1 and an ephemeral port.
 */
export function createRuntime(options: RuntimeOptions = {}): CheckgraphRuntime {
  const settings = options.settings ?? loadSettings();
  const { planner, narrator } = createModels(settings);
  let sandbox: VendorSandbox | null = null;
  let gateway: Promise<VendorGateway> | null = null;

  const startGateway = async (): Promise<VendorGateway> => {
    if (options.gateway) return options.gateway;
    if (settings.bureauUrl) return createDefaultGateway(settings, null);
    const latencyMs = options.sandboxLatencyMs;
    sandbox = await startVendorSandbox(latencyMs ? { faults: { "bureau-a": { latencyMs }, "bureau-b": { latencyMs } } } : {});
    rootLogger.info({ url: sandbox.url }, "vendor sandbox started in process");
    return createDefaultGateway(settings, sandbox.url);
  };

  return {
    settings,
    tools: options.tools ?? TOOL_REGISTRY,
    planner,
    narrator,
    vendorGateway: () => (gateway ??= startGateway()),
    localCheckDelayMs: options.localCheckDelayMs ?? 0,
    async warmUp() {
      const tools = options.tools ?? TOOL_REGISTRY;
      // A list that fails to load here fails again, with its message, when the check runs.
      await Promise.allSettled(tools.map((tool) => tool.warmUp?.(settings)));
    },
    async close() {
      const started = sandbox as VendorSandbox | null;
      const opened = gateway;
      sandbox = null;
      gateway = null;
      // A gateway passed in by the caller is the caller's to close.
      if (opened && !options.gateway) await (await opened).close();
      await started?.close();
    },
  };
}
