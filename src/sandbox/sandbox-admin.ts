import type { BureauHttpResponse } from "./bureau-api.js";
import type { FaultTable, VendorFaults } from "./sandbox-faults.js";
import type { StatsRecorder } from "./sandbox-stats.js";

/** Path prefix of the admin endpoint. Requests under it are not counted in the statistics. */
export const ADMIN_PREFIX = "/_admin";

/** Sandbox state the admin endpoint controls. */
export interface AdminTargets {
  vendors: readonly string[];
  faults: FaultTable;
  stats: StatsRecorder;
  expireTokens(vendor?: string): void;
}

/**
 * Handles the admin endpoint, which sets faults and reads statistics of a
 * sandbox running in another process:
 *
 * - `GET /_admin/faults`, `PUT /_admin/faults/{vendor}` with a JSON fault body, `DELETE /_admin/faults[/{vendor}]`
 * - `GET /_admin/stats`, `DELETE /_admin/stats`
 * - `POST /_admin/tokens/expire[/{vendor}]`
 */
export function handleAdminRequest(method: string, path: string, rawBody: string, targets: AdminTargets): BureauHttpResponse {
  const [resource = "", vendor, ...extra] = path.slice(ADMIN_PREFIX.length + 1).split("/");
  if (extra.length > 0) return notFound(path);
  if (vendor !== undefined && !targets.vendors.includes(vendor)) {
    return { status: 404, body: { error: "unknown_vendor", message: `no sandbox vendor ${vendor}; expected one of ${targets.vendors.join(", ")}` } };
  }

  if (resource === "faults") return handleFaults(method, vendor, rawBody, targets);
  if (resource === "stats" && vendor === undefined) {
    if (method === "GET") return { status: 200, body: targets.stats.snapshot() };
    if (method === "DELETE") {
      targets.stats.reset();
      return { status: 204, body: null };
    }
    return methodNotAllowed("GET, DELETE");
  }
  if (path.startsWith(`${ADMIN_PREFIX}/tokens/expire`) && method === "POST") {
    const tokenVendor = path.split("/")[4];
    targets.expireTokens(tokenVendor);
    return { status: 204, body: null };
  }
  return notFound(path);
}

function handleFaults(method: string, vendor: string | undefined, rawBody: string, targets: AdminTargets): BureauHttpResponse {
  if (method === "GET" && vendor === undefined) return { status: 200, body: targets.faults.snapshot() };
  if (method === "DELETE") {
    if (vendor === undefined) targets.faults.clear();
    else targets.faults.set(vendor, null);
    return { status: 204, body: null };
  }
  if (method !== "PUT" || vendor === undefined) return methodNotAllowed("GET, PUT, DELETE");

  try {
    targets.faults.set(vendor, JSON.parse(rawBody) as VendorFaults);
  } catch (error) {
    const message = error instanceof SyntaxError ? "body is not valid JSON" : (error as Error).message;
    return { status: 400, body: { error: "invalid_faults", message } };
  }
  return { status: 200, body: targets.faults.snapshot() };
}

function notFound(path: string): BureauHttpResponse {
  return { status: 404, body: { error: "not_found", message: `no admin route for ${path}` } };
}

function methodNotAllowed(allowed: string): BureauHttpResponse {
  return { status: 405, headers: { allow: allowed }, body: { error: "method_not_allowed", message: `expected ${allowed}` } };
}
