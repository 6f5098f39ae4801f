import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { CheckgraphError } from "../../../src/errors/checkgraph-error.js";
import { rootLogger } from "../../../src/logging/logger.js";
import type { LoadedWatchlist } from "../model/watchlist-entry.js";
import { readEuFsfXml } from "./eu/read-eu-fsf-xml.js";
import { readInternalRegister } from "./internal/read-internal-register.js";
import { readListsManifest } from "./lists-manifest.js";
import { CONSOLIDATED_FILES, readOfacCsv, SDN_FILES } from "./ofac/read-ofac-csv.js";
import { readUkHmtCsv } from "./uk/read-uk-hmt-csv.js";
import { readUkSanctionsListXml } from "./uk/read-uk-sanctions-list-xml.js";
import { readUnXml } from "./un/read-un-xml.js";

/**
 * Readers by sub-folder name; the folder name is also the list id. A lists
 * directory contains any subset of these folders.
 */
export const LIST_READERS: Readonly<Record<string, (folder: string, listId: string) => Promise<LoadedWatchlist>>> = {
  us_ofac_sdn: (folder, listId) => readOfacCsv(folder, listId, SDN_FILES),
  us_ofac_non_sdn: (folder, listId) => readOfacCsv(folder, listId, CONSOLIDATED_FILES),
  un_sc: (folder, listId) => readUnXml(folder, listId),
  uk_hmt: (folder, listId) => readUkHmtCsv(folder, listId),
  uk_sanctions_list: (folder, listId) => readUkSanctionsListXml(folder, listId),
  eu_fsf: (folder, listId) => readEuFsfXml(folder, listId),
  internal: (folder, listId) => readInternalRegister(folder, listId),
};

/** Builds the `LISTS_UNAVAILABLE` error raised when no usable list can be loaded. */
export function listsUnavailable(message: string, context: Record<string, unknown>, cause?: unknown): CheckgraphError {
  return new CheckgraphError("LISTS_UNAVAILABLE", "input", message, { context, cause });
}

/**
 * Adds to each list's version where and when `checkgraph lists update`
 * downloaded it, when the directory has a manifest that names the list.
 */
async function attachDownloads(directory: string, lists: LoadedWatchlist[]): Promise<void> {
  const read = await readListsManifest(directory);
  if (read === null) return;
  for (const list of lists) {
    const recorded = read.manifest.lists[list.listId];
    if (recorded === undefined) continue;
    list.version.download = {
      manifestSha256: read.sha256,
      downloadedAt: recorded.downloadedAt,
      sourceUrls: recorded.files.map((file) => file.url),
    };
  }
}

/**
 * Reads one list folder. A reader failure (a truncated or malformed file) and
 * a list without entries are both `LISTS_UNAVAILABLE` errors naming the
 * folder, because screening against a list that silently lost its entries
 * would approve people it should stop.
 */
async function readOneList(directory: string, folder: string): Promise<LoadedWatchlist> {
  let list: LoadedWatchlist;
  try {
    list = await LIST_READERS[folder]!(join(directory, folder), folder);
  } catch (error) {
    if (CheckgraphError.isInstance(error)) throw error;
    // Parser messages can quote file content, so only the parser's position is kept.
    const line = (error as { lines?: number }).lines;
    throw listsUnavailable(
      `Sanctions list ${folder} in ${directory} could not be parsed${line ? ` (near line ${line})` : ""}: the file is truncated or not in the list's published format. ` +
        "Replace it with a complete copy (checkgraph lists update), or remove the folder.",
      { directory, folder, line: line ?? null },
      error,
    );
  }
  if (list.entries.length === 0) {
    throw listsUnavailable(
      `Sanctions list ${folder} in ${directory} has no entries: its file is empty or not in the list's published format. ` +
        "Replace it with a complete copy (checkgraph lists update), or remove the folder.",
      { directory, folder },
    );
  }
  return list;
}

/**
 * Loads every recognised list in a lists directory (`us_ofac_sdn/`,
 * `us_ofac_non_sdn/`, `un_sc/`, `uk_hmt/`, `uk_sanctions_list/`, `eu_fsf/`,
 * `internal/`), logging per list its entry, alias and
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
  // A misspelt folder name would otherwise drop a list silently.
  for (const folder of folders.filter((name) => !(name in LIST_READERS) && !name.startsWith("."))) {
    rootLogger.warn({ directory, folder }, "Skipped a folder that is not a known watchlist folder");
  }
  if (recognised.length === 0) {
    throw listsUnavailable(
      `Sanctions lists directory ${directory} contains no recognised list folder. ` +
        `Set SANCTIONS_LISTS_DIR to a directory with at least one of the folders ${Object.keys(LIST_READERS).join(", ")}.`,
      { directory, folders },
    );
  }

  const lists = await Promise.all(recognised.map((folder) => readOneList(directory, folder)));
  await attachDownloads(directory, lists);
  for (const list of lists) {
    rootLogger.info(
      { listId: list.listId, entries: list.stats.entries, aliases: list.stats.aliases, orphansSkipped: list.stats.orphansSkipped, version: list.version },
      "Loaded watchlist",
    );
  }
  return lists;
}
