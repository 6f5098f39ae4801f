/** One call to a vendor's HTTP API, described without its base URL. */
export interface VendorRequest {
  /** Vendor id from the gateway configuration, such as `bureau-a`. */
  vendor: string;
  /** Operation name for logs, errors and cost, such as `token` or `credit-report`. */
  operation: string;
  method: "GET" | "POST";
  /** Path relative to the vendor's base URL, starting with `/`. */
  path: string;
  headers?: Record<string, string>;
  /** JSON-serialisable body, or form fields sent as application/x-www-form-urlencoded. */
  body?: unknown;
  form?: Record<string, string>;
  /** Sent as the `Idempotency-Key` header so the vendor can de-duplicate a retried call. */
  idempotencyKey?: string;
  /** Whether the call costs money; billable calls are counted in the cost ledger. */
  billable?: boolean;
  /**
   * OAuth2 client credentials for a vendor whose gateway config has `oauth`;
   * the gateway fetches and caches the bearer token. Overrides the configured ones.
   */
  credentials?: { clientId: string; clientSecret: string };
}

/** A vendor's response after the gateway's retries. */
export interface VendorResponse<Body = unknown> {
  status: number;
  body: Body;
  /** Vendor that responded: the fallback vendor's id when the primary was unavailable. */
  vendor: string;
  /** The vendor's own request id, from the `x-request-id` header. */
  requestId: string | null;
  attempts: number;
}

/** Calls, retries and cost for one vendor. */
export interface VendorUsage {
  calls: number;
  retries: number;
  failures: number;
  cost: number;
}

/** Gateway interface a check uses, bound to one run and task. */
export interface VendorClient {
  request<Body = unknown>(request: VendorRequest): Promise<VendorResponse<Body>>;
  /** Usage this client recorded so far, keyed by vendor id. */
  usage(): Record<string, VendorUsage>;
}
