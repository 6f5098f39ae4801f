import { AsyncLocalStorage } from "node:async_hooks";
import {
  CircuitState,
  circuitBreaker,
  ConsecutiveBreaker,
  handleWhen,
  isTaskCancelledError,
  timeout,
  TimeoutStrategy,
  type CircuitBreakerPolicy,
  type TimeoutPolicy,
} from "cockatiel";
import PQueue from "p-queue";
import type { Logger } from "../logging/logger.js";
import { createAgingQueueClass, type AgingQueueAddOptions, type PQueueCompatibleQueue } from "./aging-priority-queue.js";
import {
  DEFAULT_CIRCUIT_BREAKER,
  DEFAULT_PRIORITY_AGING_MS,
  DEFAULT_RATE_WINDOW_MARGIN_MS,
  DEFAULT_RETRY_BUDGET,
  type VendorConfig,
} from "./gateway-config.js";
import { isRetryableStatus } from "./retry-delay.js";
import { RetryBudget } from "./retry-budget.js";
import { StartPacer } from "./start-pacer.js";
import type { SharedStartPacer } from "./redis-start-pacer.js";
import { sendHttpAttempt, type HttpAttemptResult } from "./send-http-attempt.js";
import type { VendorRequest } from "./vendor-client.js";

/** Sends one HTTP attempt. Tests replace it to run the retry loop without sockets. */
export type SendAttempt = typeof sendHttpAttempt;

/** One vendor's shared machinery: the queue that bounds calls in flight, the pacer that spaces starts, the breaker, the per-attempt timeout and the retry budget. */
export interface VendorRuntime {
  config: VendorConfig;
  queue: PQueue<PQueueCompatibleQueue, AgingQueueAddOptions>;
  /** Spaces attempt starts to the vendor's rate limit; null when the vendor has none. */
  pacer: StartPacer | null;
  /** Pacer shared with other processes through Redis, or null to pace this process alone. */
  sharedPacer: SharedStartPacer | null;
  /** Spacing of attempt starts in milliseconds, or null without a rate limit. */
  spacingMs: number | null;
  breaker: CircuitBreakerPolicy;
  timeout: TimeoutPolicy;
  retryBudget: RetryBudget;
  send: SendAttempt;
}

/** Thrown inside the breaker for a retryable status, so the breaker counts it as a failure. */
export class RetryableStatusFailure extends Error {
  constructor(readonly result: HttpAttemptResult) {
    super(`HTTP ${result.status}`);
  }
}

/** Thrown inside the breaker when the task was cancelled, so the breaker does not count it. */
export class TaskAbortedFailure extends Error {}

/** Thrown inside the breaker when one attempt exceeded the vendor's `timeoutMs`. */
export class AttemptTimeoutFailure extends Error {}

/** The logger of the call running inside the breaker, so a breaker state change is logged with that call's run and task ids. */
const breakerCallLogger = new AsyncLocalStorage<Logger>();

/** Creates the runtime of one vendor. `logger` logs breaker changes that happen outside any call. */
export function createVendorRuntime(config: VendorConfig, send: SendAttempt, logger: Logger, sharedPacer: SharedStartPacer | null = null): VendorRuntime {
  const breakerSettings = config.circuitBreaker ?? DEFAULT_CIRCUIT_BREAKER;
  const agingMs = config.priorityAgingMs ?? DEFAULT_PRIORITY_AGING_MS;
  const spacingMs = computeStartSpacing(config);
  // A cancelled task is no sign of the vendor's health, so it never counts towards opening the circuit.
  const breaker = circuitBreaker(
    handleWhen((error) => !(error instanceof TaskAbortedFailure)),
    { halfOpenAfter: breakerSettings.halfOpenAfterMs, breaker: new ConsecutiveBreaker(breakerSettings.consecutiveFailures) },
  );
  breaker.onStateChange((state) => {
    const callLogger = breakerCallLogger.getStore() ?? logger;
    const fields = { vendor: config.id, breakerState: CircuitState[state] };
    if (state === CircuitState.Open) callLogger.error(fields, "Circuit breaker opened: calls to the vendor fail fast until the half-open trial");
    else if (state === CircuitState.HalfOpen) callLogger.warn(fields, "Circuit breaker half-open: sending one trial call to the vendor");
    // Warn level, as for the other changes, so the default log level (warn) shows the recovery too.
    else if (state === CircuitState.Closed) callLogger.warn(fields, "Circuit breaker closed: the trial call to the vendor succeeded");
  });

  return {
    config,
    // p-queue bounds the calls in flight and picks the next by aged priority; the pacer then spaces their starts.
    queue: new PQueue<PQueueCompatibleQueue, AgingQueueAddOptions>({ concurrency: config.maxInFlight, queueClass: createAgingQueueClass(agingMs) }),
    pacer: spacingMs === null ? null : new StartPacer(spacingMs, agingMs),
    sharedPacer: spacingMs === null ? null : sharedPacer,
    spacingMs,
    breaker,
    // abortOnReturn false keeps the attempt's signal unaborted after an ordinary failure, so an aborted signal means a timeout.
    timeout: timeout(config.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }),
    retryBudget: new RetryBudget(config.retryBudget ?? DEFAULT_RETRY_BUDGET),
    send,
  };
}

/**
 * Returns the spacing of attempt starts for a rate limit, in milliseconds, or
 * null for none. A limit of `cap` per `windowMs` is paced as one start per
 * `(windowMs + margin) / cap`. The `cap`-th start after any start then comes
 * at least `windowMs + margin` later. So a vendor that counts arrivals in its
 * own window counts at most `cap`, even when arrivals drift by up to `margin` ms.
 */
export function computeStartSpacing(config: VendorConfig): number | null {
  if (config.ratePerSecond === null) return null;
  const cap = Math.max(1, Math.floor(config.ratePerSecond));
  const windowMs = (1000 * cap) / config.ratePerSecond;
  return (windowMs + (config.rateWindowMarginMs ?? DEFAULT_RATE_WINDOW_MARGIN_MS)) / cap;
}

/** The caller's side of one attempt: cancellation, queue priority, logger and a hook that counts the attempt once it starts. */
export interface AttemptCaller {
  signal: AbortSignal;
  /** p-queue priority, where a higher number runs first. */
  priority: number;
  /** Epoch milliseconds when the logical call first queued, so its retries keep their priority age. */
  queuedSince: number;
  logger: Logger;
  onStart(): void;
}

/** Sends one HTTP attempt through the vendor's queue (priority, in-flight and rate limits), breaker and timeout. */
export async function sendThroughPolicies(
  runtime: VendorRuntime,
  request: VendorRequest,
  headers: Record<string, string>,
  caller: AttemptCaller,
): Promise<HttpAttemptResult> {
  const { signal } = caller;
  try {
    return await runtime.queue.add(
      () => breakerCallLogger.run(caller.logger, () => runtime.breaker.execute(() => sendWithTimeout(runtime, request, headers, caller))),
      { priority: caller.priority, queuedSince: caller.queuedSince, signal },
    );
  } catch (error) {
    if (error instanceof RetryableStatusFailure) return error.result;
    throw error;
  }
}

async function sendWithTimeout(runtime: VendorRuntime, request: VendorRequest, headers: Record<string, string>, caller: AttemptCaller) {
  const { signal } = caller;
  if (runtime.pacer !== null) {
    try {
      await runtime.pacer.acquire(caller.priority, caller.queuedSince, signal);
      // With Redis configured, the slot must also be free across every process sharing the vendor.
      if (runtime.sharedPacer !== null) await runtime.sharedPacer.acquire(runtime.config.id, runtime.spacingMs!, signal);
    } catch (error) {
      if (signal.aborted) throw new TaskAbortedFailure();
      throw error;
    }
  }
  caller.onStart();
  const attempt: { signal: AbortSignal | null } = { signal: null };
  let result: HttpAttemptResult;
  try {
    result = await runtime.timeout.execute((context) => {
      attempt.signal = context.signal;
      return runtime.send(runtime.config.baseUrl, request, headers, context.signal);
    }, signal);
  } catch (error) {
    if (signal.aborted) throw new TaskAbortedFailure();
    // fetch may reject with its own AbortError before the policy raises TaskCancelledError, so check the attempt's signal too.
    if (attempt.signal?.aborted || isTaskCancelledError(error)) throw new AttemptTimeoutFailure();
    throw error;
  }
  // 429 is the vendor pacing us, not a sign that it is down, so it does not count towards opening the circuit.
  if (isRetryableStatus(result.status) && result.status !== 429) throw new RetryableStatusFailure(result);
  return result;
}
