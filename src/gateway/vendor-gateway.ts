import { CheckgraphError } from "../errors/checkgraph-error.js";
import { rootLogger, type Logger } from "../logging/logger.js";
import { parseGatewayConfig, type GatewayConfig } from "./gateway-config.js";
import { RunCostBudget } from "./run-cost-budget.js";
import { sendHttpAttempt } from "./send-http-attempt.js";
import { TokenCache } from "./token-cache.js";
import { UsageLedger } from "./usage-ledger.js";
import { VendorCaller } from "./vendor-call.js";
import type { VendorClient, VendorUsage } from "./vendor-client.js";
import { createVendorRuntime, type SendAttempt } from "./vendor-runtime.js";
import type { SharedStartPacer } from "./redis-start-pacer.js";

/** The run and task a `VendorClient` is bound to. */
export interface VendorTask {
  runId: string;
  taskId: string;
  /** Customer tier. Tier 1 is served first when a vendor is saturated. */
  tier: number;
  /** Cancels queued calls, in-flight calls and waits between retries. */
  signal: AbortSignal;
  /** Epoch milliseconds of the task's deadline: a retry that would start at or after it is not made. */
  deadlineAt?: number | null;
  /** Maximum billable vendor cost of the whole run; a call that would pass it fails with `budget_exceeded`. */
  runBudget?: number | null;
  logger: Logger;
  /** Called before each retry, so a run can stream it as progress; never given applicant data. */
  onRetry?: (retry: { vendor: string; operation: string; attempt: number; delayMs: number; status: number | null }) => void;
}

/** Calls waiting in a vendor's queue, and calls holding one of its in-flight slots. */
export interface VendorQueueDepth {
  queued: number;
  /** Calls holding an in-flight slot, including those still waiting for their paced start. */
  inFlight: number;
}

/**
 * Every outbound vendor call goes through one gateway, so its limits apply
 * across all runs in the process, and across processes with a shared pacer.
 */
export interface VendorGateway {
  /** Returns a client bound to one task, whose `usage()` covers only that task's calls. */
  forTask(task: VendorTask): VendorClient;
  /** Usage of every task since the gateway was created, keyed by vendor id. */
  usage(): Record<string, VendorUsage>;
  /** Current queue depth of every vendor, keyed by vendor id. */
  queueDepths(): Record<string, VendorQueueDepth>;
  /** Billable cost booked for one run so far. */
  runCost(runId: string): number;
  /** Releases what the gateway holds outside the process, such as its Redis connection. */
  close(): Promise<void>;
}

/** Options of `createVendorGateway` that are not vendor configuration. */
export interface VendorGatewayOptions {
  /** Sends one HTTP attempt; tests replace it to drive the retry loop without sockets. */
  sendAttempt?: SendAttempt;
  /** Logs breaker changes that happen outside a call. */
  logger?: Logger;
  /** Start pacer shared across processes (Redis), so rate limits hold for all of them together. */
  sharedPacer?: SharedStartPacer;
}

/**
 * Creates the vendor gateway. The configuration is validated first, and an
 * invalid option raises an `INVALID_CONFIG` error naming it.
 */
export function createVendorGateway(config: GatewayConfig, options: VendorGatewayOptions = {}): VendorGateway {
  const parsed = parseGatewayConfig(config);
  const logger = options.logger ?? rootLogger.child({ component: "vendor-gateway" });
  const send = options.sendAttempt ?? sendHttpAttempt;
  const runtimes = new Map(parsed.vendors.map((vendor) => [vendor.id, createVendorRuntime(vendor, send, logger, options.sharedPacer ?? null)]));
  const tokens = new TokenCache();
  const gatewayLedger = new UsageLedger();
  const costBudget = new RunCostBudget();

  return {
    forTask(task) {
      if (!Number.isInteger(task.tier) || task.tier < 1) {
        throw new CheckgraphError("INVALID_INPUT", "input", `Invalid customer tier ${task.tier} for task ${task.taskId}: expected an integer of 1 or more.`, {
          context: { taskId: task.taskId },
        });
      }
      const taskLedger = new UsageLedger();
      const caller = new VendorCaller(runtimes, tokens, [gatewayLedger, taskLedger], costBudget, {
        runId: task.runId,
        signal: task.signal,
        deadlineAt: task.deadlineAt ?? null,
        // p-queue runs higher priorities first, and tier 1 is the most important customer.
        priority: -task.tier,
        runBudget: task.runBudget ?? null,
        logger: bindTaskIds(task),
        onRetry: task.onRetry,
      });
      return {
        request: (request) => caller.request(request),
        usage: () => taskLedger.snapshot(),
      };
    },
    usage: () => gatewayLedger.snapshot(),
    close: async () => {
      await options.sharedPacer?.close();
    },
    queueDepths: () =>
      Object.fromEntries([...runtimes].map(([id, runtime]) => [id, { queued: runtime.queue.size, inFlight: runtime.queue.pending }])),
    runCost: (runId) => costBudget.spentBy(runId),
  };
}

/** Adds the run and task ids to the task's logger unless it already carries them. */
function bindTaskIds(task: VendorTask): Logger {
  const bindings = task.logger.bindings();
  const missing: Record<string, string> = {};
  if (bindings.runId === undefined) missing.runId = task.runId;
  if (bindings.taskId === undefined) missing.taskId = task.taskId;
  return Object.keys(missing).length === 0 ? task.logger : task.logger.child(missing);
}
