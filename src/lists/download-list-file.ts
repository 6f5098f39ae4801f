import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { CheckgraphError } from "../errors/checkgraph-error.js";

/** A downloaded file: its SHA-256 and size in bytes. */
export interface DownloadedFile {
  sha256: string;
  bytes: number;
}

/**
 * Returns a URL without its query string and fragment, for messages, logs
 * and the manifest, because some publishers put access tokens in the query.
 */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * Downloads one list file to `destination` with Node's fetch. A status
 * other than 2xx, a body shorter than its Content-Length, an empty body,
 * a network error or passing `timeoutMs` (headers and body together) is a
 * `VENDOR_FAILED` error that names the list, the file and the URL without
 * its query. Aborting `cancel` stops the download.
 */
export async function downloadListFile(
  listId: string,
  file: string,
  url: string,
  destination: string,
  timeoutMs: number,
  cancel?: AbortSignal,
): Promise<DownloadedFile> {
  const source = redactUrl(url);
  const fail = (problem: string, cause?: unknown): CheckgraphError =>
    new CheckgraphError("VENDOR_FAILED", "vendor", `Failed to download ${listId}/${file} from ${source}: ${problem}.`, {
      context: { listId, file, url: source },
      cause,
    });

  let body: Buffer;
  let expectedLength: number | null;
  try {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(url, { signal: cancel ? AbortSignal.any([timeout, cancel]) : timeout, redirect: "follow" });
    if (!response.ok) {
      await response.body?.cancel();
      throw fail(`the server returned HTTP ${response.status}; check the URL in the lists update config`);
    }
    const header = response.headers.get("content-length");
    expectedLength = header === null ? null : Number(header);
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (CheckgraphError.isInstance(error)) throw error;
    const name = (error as Error).name;
    if (cancel?.aborted) throw fail("cancelled because another file of the update failed", error);
    if (name === "TimeoutError" || name === "AbortError") throw fail(`timed out after ${timeoutMs / 1000} s; retry later or raise timeoutSeconds`, error);
    throw fail(`the connection failed or closed early (${(error as Error).message}); retry later`, error);
  }

  if (expectedLength !== null && Number.isFinite(expectedLength) && body.length !== expectedLength) {
    throw fail(`received ${body.length} of ${expectedLength} bytes, so the file is truncated; retry later`);
  }
  if (body.length === 0) throw fail("the file is empty; check the URL in the lists update config");
  await writeFile(destination, body);
  return { sha256: createHash("sha256").update(body).digest("hex"), bytes: body.length };
}
