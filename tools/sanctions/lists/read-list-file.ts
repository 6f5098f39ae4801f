import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { CheckgraphError } from "../../../src/errors/checkgraph-error.js";
import type { ListFile } from "./list-version.js";

/**
 * Reads one file of a watchlist. A missing or unreadable file is a
 * `LISTS_UNAVAILABLE` error naming the list folder and file, because
 * screening against a partial list must fail closed.
 */
export async function readListFile(folder: string, name: string): Promise<ListFile> {
  const path = join(folder, name);
  try {
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    return { name, bytes, modified: info.mtime };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "read failed";
    throw new CheckgraphError(
      "LISTS_UNAVAILABLE",
      "input",
      `Failed to read watchlist file ${name} in ${folder} (${reason}). ` +
        "Restore the file, or point SANCTIONS_LISTS_DIR at a complete lists directory.",
      { context: { folder, file: name, reason }, cause: error },
    );
  }
}

/** Reads an optional list file, returning null when it does not exist. */
export async function readOptionalListFile(folder: string, name: string): Promise<ListFile | null> {
  try {
    return await readListFile(folder, name);
  } catch (error) {
    if (CheckgraphError.isInstance(error) && error.context.reason === "ENOENT") return null;
    throw error;
  }
}
