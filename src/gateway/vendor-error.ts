import { CheckgraphError } from "../errors/checkgraph-error.js";

/** Cause of a vendor call failure. */
export type VendorFailureReason =
  | "http_status"
  | "timeout"
  | "network"
  | "circuit_open"
  | "aborted"
  | "invalid_response"
  | "missing_credentials"
  | "budget_exceeded";

/** Reason the gateway stopped retrying a retryable failure. */
export type RetryStopReason = "max_attempts" | "retry_budget" | "deadline";

/** Diagnostic fields of a failed vendor call for on-call. They never include a URL, a body or subject data. */
export interface VendorErrorDetails {
  vendor: string;
  operation: string;
  reason: VendorFailureReason;
  /** HTTP status of the last response, or null when none arrived. */
  status: number | null;
  /** The vendor's `x-request-id` of the last response, for the vendor's support desk. */
  requestId: string | null;
  /** Whether the same call may succeed later. False for 4xx other than 408 and 429. */
  retryable: boolean;
  attempts: number;
  /** Per-attempt timeout in milliseconds, set when `reason` is `timeout`. */
  timeoutMs?: number;
  /** System error code of a network failure, such as `ECONNREFUSED`. */
  networkCode?: string;
  /** Set when a retryable failure was not retried again: attempts used up, the vendor's retry budget spent, or the task's deadline too close. */
  retriesStoppedBy?: RetryStopReason;
  /** The run's vendor budget, set when `reason` is `budget_exceeded`. */
  runBudget?: number;
}

/**
 * Raised by the vendor gateway when a call fails after its retries. The
 * message and context are built only from the fields above (ids, status,
 * counts), never from the request's URL, headers or body, and it has no `cause`.
 */
export class VendorError extends CheckgraphError {
  readonly vendor: string;
  readonly operation: string;
  readonly reason: VendorFailureReason;
  readonly status: number | null;
  readonly requestId: string | null;
  readonly retryable: boolean;
  readonly attempts: number;
  readonly retriesStoppedBy: RetryStopReason | null;

  constructor(details: VendorErrorDetails) {
    super("VENDOR_FAILED", "vendor", describeFailure(details), { context: { ...details } });
    this.vendor = details.vendor;
    this.operation = details.operation;
    this.reason = details.reason;
    this.status = details.status;
    this.requestId = details.requestId;
    this.retryable = details.retryable;
    this.attempts = details.attempts;
    this.retriesStoppedBy = details.retriesStoppedBy ?? null;
  }

  /** Checks for a `VendorError`, also one raised by another copy of this module. */
  static isVendorError(value: unknown): value is VendorError {
    return CheckgraphError.isInstance(value) && value.code === "VENDOR_FAILED";
  }
}

function describeFailure(details: VendorErrorDetails): string {
  const call = `Vendor call ${details.vendor} ${details.operation}`;
  const attempts = `after ${details.attempts} attempt${details.attempts === 1 ? "" : "s"}`;
  const requestId = details.requestId ? ` (vendor request id ${details.requestId})` : "";
  const stopped = details.retriesStoppedBy === undefined ? "" : `; ${STOP_DESCRIPTIONS[details.retriesStoppedBy]}`;

  switch (details.reason) {
    case "http_status":
      return `${call} failed with HTTP ${details.status} ${attempts}${stopped}${requestId}. Fix: ${statusFix(details.status)}`;
    case "timeout":
      return `${call} timed out after ${details.timeoutMs ?? "?"} ms ${attempts}${stopped}. Fix: retry later, or raise the vendor's timeoutMs.`;
    case "network":
      return `${call} failed to connect (${details.networkCode ?? "network error"}) ${attempts}${stopped}. Fix: check the vendor's baseUrl and that the vendor is reachable.`;
    case "circuit_open":
      return `${call} was not sent because the circuit breaker is open after repeated failures. Fix: retry after the breaker's halfOpenAfterMs.`;
    case "aborted":
      return `${call} was cancelled ${attempts} because the task's deadline passed or the run was cancelled.`;
    case "invalid_response":
      return `${call} returned a response body that is not the expected shape${requestId}. Fix: report the vendor request id to the vendor.`;
    case "budget_exceeded":
      return `${call} was not sent because it would exceed the run's vendor budget of ${details.runBudget ?? "?"}. Fix: refer the application, or raise the run budget.`;
    case "missing_credentials":
      return `${call} needs OAuth2 client credentials. Fix: set oauth.clientId and oauth.clientSecret in the vendor's gateway config, or pass credentials with the request.`;
  }
}

const STOP_DESCRIPTIONS: Record<RetryStopReason, string> = {
  max_attempts: "no attempts left",
  retry_budget: "retries stopped because the vendor's retry budget is spent",
  deadline: "retries stopped because the next retry would pass the task's deadline",
};

function statusFix(status: number | null): string {
  if (status === 401 || status === 403) return "check the vendor client id and secret.";
  if (status === 408 || status === 429 || (status !== null && status >= 500)) return "retry later, because the vendor is overloaded or unavailable.";
  return "the vendor rejected the request, so check the request fields against the vendor's API.";
}
