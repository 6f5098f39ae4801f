import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { CheckgraphError } from "../../../src/errors/checkgraph-error.js";
import { rootLogger } from "../../../src/logging/logger.js";
import type { LoadedWatchlist } from "../model/watchlist-entry.js";
import { CONSOLIDATED_FILES, readOfacCsv, SDN_FILES } from "./ofac/read-ofac-csv.js";
import { readUnXml } from "./un/read-un-xml.js";

/**
 * Readers by sub-folder name; the folder name is also the list id. A lists
 * directory contains any subset of these folders.
 */
export const LIST_READERS: Readonly<Record<string, (folder: string, listId: string) => Promise<LoadedWatchlist>>> = {
  us_ofac_sdn: (folder, listId) => readOfacCsv(folder, listId, SDN_FILES),
  us_ofac_non_sdn: (folder, listId) => readOfacCsv(folder, listId, CONSOLIDATED_FILES),
  un_sc: (folder, listId) => readUnXml(folder, listId),
};

/** Folders that hold a known list format with no reader yet; they are skipped with a warning. */
const UNSUPPORTED_FOLDERS = new Set(["uk_hmt", "eu_fsf"]);

/** Builds the `LISTS_UNAVAILABLE` error raised when no usable list can be loaded. */
export function listsUnavailable(message: string, context: Record<string, unknown>, cause?: unknown): CheckgraphError {
  return new CheckgraphError("LISTS_UNAVAILABLE", "input", message, { context, cause });
}

/**
 * Loads every recognised list in a lists directory (`us_ofac_sdn/`,
 * `us_ofac_non_sdn/`, `un_sc/`), logging per list its entry, alias and
 * orphan counts and its version. A directory that is missing, unreadable or
 * contains no recognised list is a `LISTS_UNAVAILABLE` error, so screening fails
 * closed.
 */
export async function loadWatchlists(directory: string): Promise<LoadedWatchlist[]> {
  let folders: string[];
  try {
    const dirents = await readdir(directory, { withFileTypes: true });
    folders = dirents.filter((dirent) => dirent.isDirectory()).map((dirent) => dirent.name);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "read failed";
    throw listsUnavailable(
      `Sanctions lists directory ${directory} could not be read (${reason}). ` +
        "Set SANCTIONS_LISTS_DIR to an existing, readable directory of lists, or run with --demo for the invented demo watchlist.",
      { directory, reason },
      error,
    );
  }

  const recognised = folders.filter((folder) => folder in LIST_READERS).sort();
  for (const folder of folders.filter((name) => UNSUPPORTED_FOLDERS.has(name))) {
    rootLogger.warn({ directory, folder }, "Skipped a watchlist folder whose format has no reader yet");
  }
  if (recognised.length === 0) {
    throw listsUnavailable(
      `Sanctions lists directory ${directory} contains no recognised list folder. ` +
        `Set SANCTIONS_LISTS_DIR to a directory with at least one of the folders ${Object.keys(LIST_READERS).join(", ")}.`,
      { directory, folders },
    );
  }

  const lists = await Promise.all(recognised.map((folder) => LIST_READERS[folder]!(join(directory, folder), folder)));
  for (const list of lists) {
    rootLogger.info(
      { listId: list.listId, entries: list.stats.entries, aliases: list.stats.aliases, orphansSkipped: list.stats.orphansSkipped, version: list.version },
      "Loaded watchlist",
    );
  }
  return lists;
}
