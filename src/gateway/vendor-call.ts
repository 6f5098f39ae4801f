import { isBrokenCircuitError } from "cockatiel";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import type { Logger } from "../logging/logger.js";
import { BackoffSchedule, chooseRetryDelay, isRetryableStatus, parseRetryAfter } from "./retry-delay.js";
import type { RunCostBudget } from "./run-cost-budget.js";
import type { HttpAttemptResult } from "./send-http-attempt.js";
import { DEFAULT_TOKEN_LIFETIME_SECONDS, TokenResponseSchema, type TokenCache } from "./token-cache.js";
import type { UsageLedger } from "./usage-ledger.js";
import type { VendorRequest, VendorResponse, VendorUsage } from "./vendor-client.js";
import { VendorError, type RetryStopReason, type VendorErrorDetails } from "./vendor-error.js";
import type { VendorTask } from "./vendor-gateway.js";
import { AttemptTimeoutFailure, sendThroughPolicies, TaskAbortedFailure, type VendorRuntime } from "./vendor-runtime.js";

/** The task a call belongs to: its run, cancellation signal, deadline, queue priority, cost budget and logger. */
export interface CallerTask {
  runId: string;
  signal: AbortSignal;
  /** Epoch milliseconds after which no retry is started, or null for none besides `signal`. */
  deadlineAt: number | null;
  /** p-queue priority, where a higher number runs first. */
  priority: number;
  /** Maximum billable vendor cost of the run, or null for no limit. */
  runBudget: number | null;
  logger: Logger;
  onRetry?: VendorTask["onRetry"];
}

type AttemptOutcome =
  | { ok: true; result: HttpAttemptResult }
  | { ok: false; error: VendorError; retryAfterMs: number | null; failedAt: number };

/**
 * Runs vendor calls for one task: fallback vendor, retries with backoff and
 * `Retry-After`, OAuth2 tokens, usage accounting and one log line per retry and give-up.
 */
export class VendorCaller {
  constructor(
    private readonly runtimes: ReadonlyMap<string, VendorRuntime>,
    private readonly tokens: TokenCache,
    private readonly ledgers: readonly UsageLedger[],
    private readonly costBudget: RunCostBudget,
    private readonly task: CallerTask,
  ) {}

  /** Sends the request to its vendor and, after a retryable give-up, once to the configured fallback vendor. */
  async request<Body>(request: VendorRequest): Promise<VendorResponse<Body>> {
    const runtime = this.runtimeFor(request.vendor);
    try {
      return await this.callWithRetries<Body>(runtime, request, true);
    } catch (error) {
      const fallback = runtime.config.fallback;
      if (fallback === undefined || !VendorError.isVendorError(error) || !error.retryable || this.task.signal.aborted) throw error;

      this.task.logger.warn(
        { vendor: request.vendor, fallbackVendor: fallback, operation: request.operation, reason: error.reason, status: error.status },
        "Vendor unavailable, sending the call to its fallback vendor",
      );
      return await this.callWithRetries<Body>(this.runtimeFor(fallback), { ...request, vendor: fallback }, true);
    }
  }

  private runtimeFor(vendor: string): VendorRuntime {
    const runtime = this.runtimes.get(vendor);
    if (!runtime) {
      throw new CheckgraphError("INVALID_CONFIG", "internal", `Unknown vendor id ${vendor}: add it to the vendor gateway's vendors.`, {
        context: { vendor },
      });
    }
    return runtime;
  }

  private async callWithRetries<Body>(runtime: VendorRuntime, request: VendorRequest, authenticate: boolean): Promise<VendorResponse<Body>> {
    const { id, costPerCall } = runtime.config;
    // The cost is reserved before the first attempt, so parallel checks of one run cannot overspend its budget together.
    const reservation = request.billable ? this.costBudget.reserve(this.task.runId, costPerCall, this.task.runBudget) : null;
    if (request.billable && reservation === null) {
      const error = new VendorError({
        vendor: id, operation: request.operation, reason: "budget_exceeded", status: null, requestId: null,
        retryable: false, attempts: 0, ...(this.task.runBudget === null ? {} : { runBudget: this.task.runBudget }),
      });
      this.task.logger.warn({ vendor: id, operation: request.operation, runBudget: this.task.runBudget }, "Vendor call not sent: it would exceed the run's vendor budget");
      throw error;
    }

    try {
      const response = await this.retryUntilDone<Body>(runtime, request, authenticate);
      if (request.billable) this.record(id, { cost: costPerCall });
      reservation?.commit();
      return response;
    } finally {
      reservation?.release();
    }
  }

  private async retryUntilDone<Body>(runtime: VendorRuntime, request: VendorRequest, authenticate: boolean): Promise<VendorResponse<Body>> {
    const { id, retries } = runtime.config;
    const backoff = new BackoffSchedule(retries);
    const queuedSince = Date.now();
    runtime.retryBudget.recordFirstAttempt();

    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.attemptOnce(runtime, request, attempt, authenticate, queuedSince);
      if (outcome.ok) {
        const { status, body, requestId } = outcome.result;
        return { status, body: body as Body, vendor: id, requestId, attempts: attempt };
      }

      const { error } = outcome;
      const fields = { vendor: id, operation: request.operation, reason: error.reason, status: error.status, vendorRequestId: error.requestId };
      const delayMs = chooseRetryDelay(outcome.retryAfterMs, backoff.nextDelayMs(), retries.retryAfterCapMs);
      const stopReason = error.retryable && error.reason !== "circuit_open" ? this.findRetryStop(runtime, attempt, outcome.failedAt + delayMs) : null;
      if (!error.retryable || error.reason === "circuit_open" || stopReason !== null) {
        const finalError = stopReason === null ? error : new VendorError({ ...(error.context as unknown as VendorErrorDetails), retriesStoppedBy: stopReason });
        this.record(id, { failures: 1 });
        this.task.logger.error(
          { ...fields, attempts: attempt, retryable: error.retryable, ...(stopReason === null ? {} : { retriesStoppedBy: stopReason }) },
          "Vendor call failed, giving up",
        );
        throw finalError;
      }

      this.record(id, { retries: 1 });
      this.task.logger.warn({ ...fields, attempt, maxAttempts: retries.maxAttempts, delayMs }, "Retrying vendor call after a failed attempt");
      this.task.onRetry?.({ vendor: id, operation: request.operation, attempt, delayMs, status: error.status ?? null });
      await this.waitUntil(outcome.failedAt + delayMs, runtime, request, attempt);
    }
  }

  /** Returns why a retryable failure may not be retried at `retryAt`, or null when it may. Takes one retry from the vendor's budget when it may. */
  private findRetryStop(runtime: VendorRuntime, attempt: number, retryAt: number): RetryStopReason | null {
    if (attempt >= runtime.config.retries.maxAttempts) return "max_attempts";
    if (this.task.deadlineAt !== null && retryAt >= this.task.deadlineAt) return "deadline";
    if (!runtime.retryBudget.tryTakeRetry()) return "retry_budget";
    return null;
  }

  private async attemptOnce(runtime: VendorRuntime, request: VendorRequest, attempt: number, authenticate: boolean, queuedSince: number): Promise<AttemptOutcome> {
    const details = { vendor: runtime.config.id, operation: request.operation, attempts: attempt };
    const oauth = authenticate ? runtime.config.oauth : undefined;
    const credentials = request.credentials ?? (oauth?.clientId && oauth.clientSecret ? { clientId: oauth.clientId, clientSecret: oauth.clientSecret } : null);
    if (oauth && !credentials) {
      throw new VendorError({ ...details, reason: "missing_credentials", status: null, requestId: null, retryable: false });
    }

    try {
      let result: HttpAttemptResult;
      if (oauth && credentials) {
        // Token failures propagate as they are: the token call already had its own retries.
        const tokenKey = `${runtime.config.id}\u0000${credentials.clientId}`;
        const token = await this.tokens.getToken(tokenKey, () => this.requestToken(runtime, oauth.tokenPath, credentials));
        result = await this.sendThroughPolicies(runtime, request, { authorization: `Bearer ${token}` }, queuedSince);
        if (result.status === 401) {
          // The vendor may revoke or expire a token before its stated lifetime: renew it once.
          this.tokens.invalidate(tokenKey, token);
          const renewed = await this.tokens.getToken(tokenKey, () => this.requestToken(runtime, oauth.tokenPath, credentials));
          result = await this.sendThroughPolicies(runtime, request, { authorization: `Bearer ${renewed}` }, queuedSince);
        }
      } else {
        result = await this.sendThroughPolicies(runtime, request, {}, queuedSince);
      }

      if (result.status >= 200 && result.status < 300) {
        if (result.bodyParsed) return { ok: true, result };
        // The vendor accepted the call and bills it even though its body is unreadable.
        if (request.billable) this.record(runtime.config.id, { cost: runtime.config.costPerCall });
        const error = new VendorError({ ...details, reason: "invalid_response", status: result.status, requestId: result.requestId, retryable: false });
        return { ok: false, error, retryAfterMs: null, failedAt: result.receivedAt };
      }
      const error = new VendorError({
        ...details,
        reason: "http_status",
        status: result.status,
        requestId: result.requestId,
        retryable: isRetryableStatus(result.status),
      });
      return { ok: false, error, retryAfterMs: parseRetryAfter(result.retryAfter, result.receivedAt), failedAt: result.receivedAt };
    } catch (thrown) {
      if (VendorError.isVendorError(thrown)) throw thrown;
      return { ok: false, error: this.classifyThrown(thrown, runtime, details), retryAfterMs: null, failedAt: Date.now() };
    }
  }

  private sendThroughPolicies(runtime: VendorRuntime, request: VendorRequest, headers: Record<string, string>, queuedSince: number): Promise<HttpAttemptResult> {
    return sendThroughPolicies(runtime, request, headers, {
      signal: this.task.signal,
      priority: this.task.priority,
      queuedSince,
      logger: this.task.logger,
      onStart: () => this.record(runtime.config.id, { calls: 1 }),
    });
  }

  private async requestToken(runtime: VendorRuntime, tokenPath: string, credentials: { clientId: string; clientSecret: string }) {
    // RFC 6749 section 2.3.1: form-encode the id and secret, then send them with HTTP Basic authentication.
    const basic = Buffer.from(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`).toString("base64");
    const tokenRequest: VendorRequest = {
      vendor: runtime.config.id,
      operation: "token",
      method: "POST",
      path: tokenPath,
      headers: { authorization: `Basic ${basic}` },
      form: { grant_type: "client_credentials" },
    };
    const response = await this.retryUntilDone<unknown>(runtime, tokenRequest, false);
    const parsed = TokenResponseSchema.safeParse(response.body);
    if (!parsed.success) {
      throw new VendorError({
        vendor: runtime.config.id,
        operation: "token",
        reason: "invalid_response",
        status: response.status,
        requestId: response.requestId,
        retryable: false,
        attempts: response.attempts,
      });
    }
    return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in ?? DEFAULT_TOKEN_LIFETIME_SECONDS };
  }

  private classifyThrown(thrown: unknown, runtime: VendorRuntime, details: Pick<VendorErrorDetails, "vendor" | "operation" | "attempts">): VendorError {
    const base = { ...details, status: null, requestId: null };
    if (this.task.signal.aborted || thrown instanceof TaskAbortedFailure) return new VendorError({ ...base, reason: "aborted", retryable: false });
    if (isBrokenCircuitError(thrown)) return new VendorError({ ...base, reason: "circuit_open", retryable: true });
    if (thrown instanceof AttemptTimeoutFailure) return new VendorError({ ...base, reason: "timeout", retryable: true, timeoutMs: runtime.config.timeoutMs });

    const cause = thrown instanceof Error ? (thrown.cause as { code?: unknown } | undefined) : undefined;
    const networkCode = typeof cause?.code === "string" ? cause.code : undefined;
    return new VendorError({ ...base, reason: "network", retryable: true, ...(networkCode ? { networkCode } : {}) });
  }

  /** Waits until `deadline` (epoch milliseconds). The task's signal ends the wait with an `aborted` error. */
  private async waitUntil(deadline: number, runtime: VendorRuntime, request: VendorRequest, attempt: number): Promise<void> {
    try {
      // Timers may fire a millisecond early against the wall clock, and Retry-After is a wall-clock promise.
      for (let remaining = deadline - Date.now(); remaining > 0; remaining = deadline - Date.now()) {
        await delay(remaining, this.task.signal);
      }
    } catch {
      throw new VendorError({
        vendor: runtime.config.id,
        operation: request.operation,
        reason: "aborted",
        status: null,
        requestId: null,
        retryable: false,
        attempts: attempt,
      });
    }
  }

  private record(vendor: string, change: Partial<VendorUsage>): void {
    for (const ledger of this.ledgers) ledger.add(vendor, change);
  }
}

/** Resolves after `ms`, or rejects when `signal` aborts. It uses the global timers, so fake timers in tests control it. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
