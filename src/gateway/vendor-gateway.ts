import { circuitBreaker, ConsecutiveBreaker, handleWhen, timeout, TimeoutStrategy } from "cockatiel";
import PQueue from "p-queue";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import type { Logger } from "../logging/logger.js";
import { DEFAULT_CIRCUIT_BREAKER, parseGatewayConfig, type GatewayConfig, type VendorConfig } from "./gateway-config.js";
import { TokenCache } from "./token-cache.js";
import { UsageLedger } from "./usage-ledger.js";
import { TaskAbortedFailure, VendorCaller, type VendorRuntime } from "./vendor-call.js";
import type { VendorClient, VendorUsage } from "./vendor-client.js";

/** The run and task a `VendorClient` is bound to. */
export interface VendorTask {
  runId: string;
  taskId: string;
  /** Customer tier. Tier 1 is served first when a vendor is saturated. */
  tier: number;
  /** Cancels queued calls, in-flight calls and waits between retries. */
  signal: AbortSignal;
  logger: Logger;
}

/** Every outbound vendor call goes through one gateway, so its limits apply across all runs in the process. */
export interface VendorGateway {
  /** Returns a client bound to one task, whose `usage()` covers only that task's calls. */
  forTask(task: VendorTask): VendorClient;
  /** Usage of every task since the gateway was created, keyed by vendor id. */
  usage(): Record<string, VendorUsage>;
}

/**
 * Creates the vendor gateway. The configuration is validated first, and an
 * invalid option raises an `INVALID_CONFIG` error naming it.
 */
export function createVendorGateway(config: GatewayConfig): VendorGateway {
  const parsed = parseGatewayConfig(config);
  const runtimes = new Map(parsed.vendors.map((vendor) => [vendor.id, createRuntime(vendor)]));
  const tokens = new TokenCache();
  const gatewayLedger = new UsageLedger();

  return {
    forTask(task) {
      if (!Number.isInteger(task.tier) || task.tier < 1) {
        throw new CheckgraphError("INVALID_INPUT", "input", `Invalid customer tier ${task.tier} for task ${task.taskId}: expected an integer of 1 or more.`, {
          context: { taskId: task.taskId },
        });
      }
      const taskLedger = new UsageLedger();
      const caller = new VendorCaller(runtimes, tokens, [gatewayLedger, taskLedger], {
        signal: task.signal,
        // p-queue runs higher priorities first, and tier 1 is the most important customer.
        priority: -task.tier,
        logger: bindTaskIds(task),
      });
      return {
        request: (request) => caller.request(request),
        usage: () => taskLedger.snapshot(),
      };
    },
    usage: () => gatewayLedger.snapshot(),
  };
}

function createRuntime(config: VendorConfig): VendorRuntime {
  const breakerSettings = config.circuitBreaker ?? DEFAULT_CIRCUIT_BREAKER;
  return {
    config,
    queue: new PQueue({ concurrency: config.maxInFlight, ...rateLimit(config.ratePerSecond) }),
    // A cancelled task is no sign of the vendor's health, so it never counts towards opening the circuit.
    breaker: circuitBreaker(
      handleWhen((error) => !(error instanceof TaskAbortedFailure)),
      { halfOpenAfter: breakerSettings.halfOpenAfterMs, breaker: new ConsecutiveBreaker(breakerSettings.consecutiveFailures) },
    ),
    // abortOnReturn false keeps the attempt's signal unaborted after an ordinary failure, so an aborted signal means a timeout.
    timeout: timeout(config.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }),
  };
}

/** Turns a rate per second into p-queue's sliding-window cap, so fractional rates such as 0.5 work too. */
function rateLimit(ratePerSecond: number | null): { intervalCap: number; interval: number; strict: boolean } | Record<string, never> {
  if (ratePerSecond === null) return {};
  const intervalCap = Math.max(1, Math.floor(ratePerSecond));
  return { intervalCap, interval: Math.round((1000 * intervalCap) / ratePerSecond), strict: true };
}

/** Adds the run and task ids to the task's logger unless it already carries them. */
function bindTaskIds(task: VendorTask): Logger {
  const bindings = task.logger.bindings();
  const missing: Record<string, string> = {};
  if (bindings.runId === undefined) missing.runId = task.runId;
  if (bindings.taskId === undefined) missing.taskId = task.taskId;
  return Object.keys(missing).length === 0 ? task.logger : task.logger.child(missing);
}
