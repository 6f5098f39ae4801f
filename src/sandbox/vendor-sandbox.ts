import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { rootLogger, type Logger } from "../logging/logger.js";
import { SandboxBureau, type BureauHttpResponse, type SandboxClient } from "./bureau-api.js";
import { verifyAddress, verifyDocument } from "./document-address-vendors.js";
import { ADMIN_PREFIX, handleAdminRequest } from "./sandbox-admin.js";
import { FaultTable, type FaultAction, type SandboxOperation, type VendorFaults } from "./sandbox-faults.js";
import { StatsRecorder, type SandboxStats } from "./sandbox-stats.js";

/** Credit bureau path prefixes. Both bureaus share one API, so one can stand in for the other. */
export const SANDBOX_BUREAUS = ["bureau-a", "bureau-b"] as const;
/** Every vendor path prefix the sandbox serves: the bureaus, a document-verification vendor and an address vendor. */
export const SANDBOX_VENDORS = [...SANDBOX_BUREAUS, "docverify", "address"] as const;
export type SandboxVendor = (typeof SANDBOX_VENDORS)[number];

/** Route of each operation, below its vendor's prefix. */
const OPERATION_PATHS: Record<SandboxVendor, Partial<Record<string, SandboxOperation>>> = {
  "bureau-a": { "oauth/token": "token", "v1/credit-reports": "credit-report" },
  "bureau-b": { "oauth/token": "token", "v1/credit-reports": "credit-report" },
  docverify: { "v1/verifications": "document-verification" },
  address: { "v1/verify": "address-verification" },
};

/** Client registered by default, matching the default bureau credentials in the settings. */
export const DEFAULT_SANDBOX_CLIENT: SandboxClient = { clientId: "checkgraph-sandbox", clientSecret: "sandbox-secret" };

const MAX_BODY_BYTES = 64 * 1024;

/** Options of `startVendorSandbox`. */
export interface VendorSandboxOptions {
  /** Interface to listen on, 127.0.0.1 by default. */
  host?: string;
  /** TCP port. The default 0 lets the operating system choose a free one. */
  port?: number;
  /** OAuth2 clients the bureaus accept, `DEFAULT_SANDBOX_CLIENT` when absent. */
  clients?: SandboxClient[];
  /** Lifetime of issued access tokens in seconds, 3600 by default. */
  tokenTtlSeconds?: number;
  /** Faults to inject from the start, per vendor. */
  faults?: Partial<Record<SandboxVendor, VendorFaults>>;
  logger?: Logger;
}

/** A running sandbox: its address, counters and fault controls. */
export interface VendorSandbox {
  /** Base URL such as `http://127.0.0.1:53211`. Each vendor is under its own prefix, such as `/bureau-a`. */
  url: string;
  port: number;
  stats(): SandboxStats;
  resetStats(): void;
  /** Replaces the faults of one vendor, or of one route with `operation`; `null` removes all of the vendor's faults. */
  setFaults(vendor: SandboxVendor, faults: VendorFaults | null): void;
  clearFaults(): void;
  /** Invalidates issued access tokens of one vendor, or of every vendor when none is given. */
  expireTokens(vendor?: SandboxVendor): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Starts the vendor sandbox HTTP server and resolves once it listens. */
export async function startVendorSandbox(options: VendorSandboxOptions = {}): Promise<VendorSandbox> {
  const logger = (options.logger ?? rootLogger).child({ component: "vendor-sandbox" });
  const stats = new StatsRecorder();
  const faults = new FaultTable();
  const clients = options.clients ?? [DEFAULT_SANDBOX_CLIENT];
  const bureaus = new Map<string, SandboxBureau>(
    SANDBOX_BUREAUS.map((vendor) => [vendor, new SandboxBureau(vendor, clients, options.tokenTtlSeconds ?? 3600, stats)]),
  );
  for (const [vendor, vendorFaults] of Object.entries(options.faults ?? {})) {
    faults.set(vendor, vendorFaults);
  }
  const expireTokens = (vendor?: string): void => {
    for (const [id, bureau] of bureaus) if (vendor === undefined || vendor === id) bureau.expireTokens();
  };

  const server = createServer((request, response) => {
    handleRequest(request, response, { bureaus, faults, stats, expireTokens }).catch((error: unknown) => {
      logger.error({ err: error, route: `${request.method} ${request.url?.split("?")[0]}` }, "Vendor sandbox failed to handle a request");
      if (!response.headersSent) writeJson(response, { status: 500, body: { error: "internal_error" } });
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  logger.info({ url }, "Vendor sandbox started");

  return {
    url,
    port,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFaults: (vendor, vendorFaults) => faults.set(vendor, vendorFaults),
    clearFaults: () => faults.clear(),
    expireTokens,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      logger.info({ url }, "Vendor sandbox stopped");
    },
  };
}

/**
 * Starts the sandbox for the `checkgraph sandbox` command and closes it on
 * SIGINT or SIGTERM. Resolves with the running sandbox so the caller can print its URL.
 */
export async function runSandboxServer(options: VendorSandboxOptions = {}): Promise<VendorSandbox> {
  const sandbox = await startVendorSandbox(options);
  const stop = (): void => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    sandbox.close().catch((error: unknown) => (options.logger ?? rootLogger).error({ err: error }, "Vendor sandbox failed to stop"));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return sandbox;
}

interface SandboxState {
  bureaus: Map<string, SandboxBureau>;
  faults: FaultTable;
  stats: StatsRecorder;
  expireTokens(vendor?: string): void;
}

async function handleRequest(request: IncomingMessage, response: ServerResponse, state: SandboxState): Promise<void> {
  const receivedAt = Date.now();
  const method = request.method ?? "GET";
  const pathname = new URL(request.url ?? "/", "http://sandbox").pathname;
  if (pathname === ADMIN_PREFIX || pathname.startsWith(`${ADMIN_PREFIX}/`)) {
    const rawBody = await readBody(request);
    const targets = { vendors: SANDBOX_VENDORS, faults: state.faults, stats: state.stats, expireTokens: state.expireTokens };
    writeJson(response, rawBody === null ? tooLarge() : handleAdminRequest(method, pathname, rawBody, targets));
    return;
  }

  const [, vendorPrefix = "", ...rest] = pathname.split("/");
  const vendor = (SANDBOX_VENDORS as readonly string[]).includes(vendorPrefix) ? (vendorPrefix as SandboxVendor) : null;
  const operation = vendor === null ? undefined : OPERATION_PATHS[vendor][rest.join("/")];
  const idempotencyKey = request.headers["idempotency-key"];
  state.stats.recordRequest({
    route: `${method} ${pathname}`,
    vendor,
    receivedAt,
    idempotencyKey: typeof idempotencyKey === "string" ? idempotencyKey : null,
  });

  if (vendor === null || operation === undefined) {
    writeJson(response, { status: 404, body: { error: "not_found", message: `no sandbox route for ${pathname}` } });
    return;
  }
  if (method !== "POST") {
    writeJson(response, { status: 405, headers: { allow: "POST" }, body: { error: "method_not_allowed" } });
    return;
  }

  const rawBody = await readBody(request);
  if (rawBody === null) {
    writeJson(response, tooLarge());
    return;
  }

  const decision = state.faults.decide(vendor, operation, receivedAt);
  if (decision.delayMs > 0 && !(await waitUnlessClosed(response, decision.delayMs))) return;
  if (decision.action.kind === "hang") {
    // The request never gets a response, as with a vendor that accepted the connection and stalled. The client's timeout ends it.
    await new Promise((resolve) => response.once("close", resolve));
    return;
  }
  if (decision.action.kind === "fail") {
    writeJson(response, injectedFailure(decision.action));
    return;
  }

  if (decision.action.expireToken) state.expireTokens(vendor);
  const result = serveOperation(state, vendor, operation, { headers: request.headers, rawBody });
  if (decision.action.malformed && result.status === 200) {
    writeMalformedJson(response, result);
    return;
  }
  writeJson(response, result);
}

function serveOperation(state: SandboxState, vendor: SandboxVendor, operation: SandboxOperation, request: { headers: IncomingMessage["headers"]; rawBody: string }) {
  switch (operation) {
    case "token":
      return state.bureaus.get(vendor)!.issueToken(request);
    case "credit-report":
      return state.bureaus.get(vendor)!.pullCreditReport(request);
    case "document-verification":
      return verifyDocument(request.rawBody);
    case "address-verification":
      return verifyAddress(request.rawBody);
  }
}

function injectedFailure(action: Extract<FaultAction, { kind: "fail" }>): BureauHttpResponse {
  const headers: Record<string, string> = action.retryAfter === null ? {} : { "retry-after": action.retryAfter };
  const error = action.status === 429 ? "rate_limited" : "injected_fault";
  return { status: action.status, headers, body: { error, message: "failure injected by the sandbox fault settings" } };
}

function tooLarge(): BureauHttpResponse {
  return { status: 413, body: { error: "payload_too_large", message: `body exceeds ${MAX_BODY_BYTES} bytes` } };
}

/** Reads the body as UTF-8, or resolves null when it exceeds `MAX_BODY_BYTES`. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Waits `delayMs`, or resolves false early when the client closes the connection, so slow faults end with their callers. */
async function waitUnlessClosed(response: ServerResponse, delayMs: number): Promise<boolean> {
  const controller = new AbortController();
  const onClose = (): void => controller.abort();
  response.once("close", onClose);
  try {
    await sleep(delayMs, undefined, { signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    response.off("close", onClose);
  }
}

/** Writes the first half of the JSON body, as a vendor whose response was cut off would. */
function writeMalformedJson(response: ServerResponse, result: BureauHttpResponse): void {
  const body = JSON.stringify(result.body);
  writeJson(response, result, body.slice(0, Math.max(1, Math.floor(body.length / 2))));
}

function writeJson(response: ServerResponse, result: BureauHttpResponse, rawBody?: string): void {
  if (result.status === 204) {
    response.writeHead(204, { "x-request-id": `req_${randomUUID()}` });
    response.end();
    return;
  }
  const body = rawBody ?? JSON.stringify(result.body);
  response.writeHead(result.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": `req_${randomUUID()}`,
    ...result.headers,
  });
  response.end(body);
}
