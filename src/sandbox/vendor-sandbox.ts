import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { rootLogger, type Logger } from "../logging/logger.js";
import { SandboxBureau, type BureauHttpResponse, type SandboxClient } from "./bureau-api.js";
import { FaultTable, type SandboxOperation, type VendorFaults } from "./sandbox-faults.js";
import { StatsRecorder, type SandboxStats } from "./sandbox-stats.js";

/** Vendor path prefixes the sandbox serves. Both bureaus share one API, so one can stand in for the other. */
export const SANDBOX_BUREAUS = ["bureau-a", "bureau-b"] as const;
export type SandboxVendor = (typeof SANDBOX_BUREAUS)[number];

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
  /** Base URL such as `http://127.0.0.1:53211`. The bureaus are under `/bureau-a` and `/bureau-b`. */
  url: string;
  port: number;
  stats(): SandboxStats;
  resetStats(): void;
  /** Replaces the faults of one vendor, or removes them for `null`. */
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

  const server = createServer((request, response) => {
    handleRequest(request, response, { bureaus, faults, stats }).catch((error: unknown) => {
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
    expireTokens: (vendor) => {
      for (const [id, bureau] of bureaus) if (vendor === undefined || vendor === id) bureau.expireTokens();
    },
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
}

async function handleRequest(request: IncomingMessage, response: ServerResponse, state: SandboxState): Promise<void> {
  const receivedAt = Date.now();
  const pathname = new URL(request.url ?? "/", "http://sandbox").pathname;
  const [, vendor = "", ...rest] = pathname.split("/");
  const operation = routeOperation(rest.join("/"));
  const bureau = state.bureaus.get(vendor);
  const idempotencyKey = request.headers["idempotency-key"];

  state.stats.recordRequest({
    route: `${request.method} ${pathname}`,
    vendor: bureau ? vendor : null,
    receivedAt,
    idempotencyKey: typeof idempotencyKey === "string" ? idempotencyKey : null,
  });

  if (!bureau || !operation) {
    writeJson(response, { status: 404, body: { error: "not_found", message: `no sandbox route for ${pathname}` } });
    return;
  }
  if (request.method !== "POST") {
    writeJson(response, { status: 405, headers: { allow: "POST" }, body: { error: "method_not_allowed" } });
    return;
  }

  const rawBody = await readBody(request);
  if (rawBody === null) {
    writeJson(response, { status: 413, body: { error: "payload_too_large", message: `body exceeds ${MAX_BODY_BYTES} bytes` } });
    return;
  }

  const decision = state.faults.decide(vendor, operation);
  if (decision.delayMs > 0 && !(await waitUnlessClosed(response, decision.delayMs))) return;
  if (decision.failure) {
    const headers: Record<string, string> = {};
    if (decision.failure.retryAfterSeconds !== null) headers["retry-after"] = String(decision.failure.retryAfterSeconds);
    writeJson(response, { status: decision.failure.status, headers, body: { error: "injected_fault", message: "failure injected by the sandbox fault settings" } });
    return;
  }

  const bureauRequest = { headers: request.headers, rawBody };
  writeJson(response, operation === "token" ? bureau.issueToken(bureauRequest) : bureau.pullCreditReport(bureauRequest));
}

function routeOperation(path: string): SandboxOperation | null {
  if (path === "oauth/token") return "token";
  if (path === "v1/credit-reports") return "credit-report";
  return null;
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

function writeJson(response: ServerResponse, result: BureauHttpResponse): void {
  const body = JSON.stringify(result.body);
  response.writeHead(result.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": `req_${randomUUID()}`,
    ...result.headers,
  });
  response.end(body);
}
