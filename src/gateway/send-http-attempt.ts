import type { VendorRequest } from "./vendor-client.js";

/** The raw outcome of one HTTP attempt, whatever its status. */
export interface HttpAttemptResult {
  status: number;
  /** Parsed JSON, the text when the body is not JSON, or null when empty. */
  body: unknown;
  /** False when the vendor declared JSON but the body did not parse. */
  bodyParsed: boolean;
  requestId: string | null;
  retryAfter: string | null;
  /** Time the response headers arrived, in milliseconds since the Unix epoch. */
  receivedAt: number;
}

/**
 * Sends one HTTP request to `baseUrl + request.path` and reads the whole
 * response. Network failures and aborts reject with fetch's own errors;
 * the caller turns them into a `VendorError`.
 */
export async function sendHttpAttempt(
  baseUrl: string,
  request: VendorRequest,
  extraHeaders: Record<string, string>,
  signal: AbortSignal,
): Promise<HttpAttemptResult> {
  const headers: Record<string, string> = { accept: "application/json", ...request.headers, ...extraHeaders };
  let body: string | undefined;
  if (request.form !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(request.form).toString();
  } else if (request.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.body);
  }
  if (request.idempotencyKey !== undefined) headers["idempotency-key"] = request.idempotencyKey;

  const response = await fetch(`${baseUrl.replace(/\/+$/, "")}${request.path}`, {
    method: request.method,
    headers,
    body,
    signal,
    redirect: "error",
  });
  const receivedAt = Date.now();
  const text = await response.text();

  let parsedBody: unknown = text === "" ? null : text;
  let bodyParsed = true;
  if (text !== "" && (response.headers.get("content-type") ?? "").includes("json")) {
    try {
      parsedBody = JSON.parse(text);
    } catch {
      bodyParsed = false;
    }
  }

  return {
    status: response.status,
    body: parsedBody,
    bodyParsed,
    requestId: response.headers.get("x-request-id"),
    retryAfter: response.headers.get("retry-after"),
    receivedAt,
  };
}
