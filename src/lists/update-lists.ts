import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import { rootLogger } from "../logging/logger.js";
import { LIST_READERS } from "../../tools/sanctions/lists/load-watchlists.js";
import { MANIFEST_FILE, readListsManifest, type ListsManifest } from "../../tools/sanctions/lists/lists-manifest.js";
import { downloadListFile, redactUrl } from "./download-list-file.js";
import type { ListsUpdateConfig } from "./lists-update-config.js";

/** A new list is rejected when it has fewer entries than this share of the installed one, unless forced. */
export const MIN_ENTRY_RATIO = 0.5;

/** Options of one lists update. */
export interface UpdateListsOptions {
  /** The lists directory to replace, normally `SANCTIONS_LISTS_DIR`. */
  directory: string;
  config: ListsUpdateConfig;
  /** Accept lists whose entry count fell below `MIN_ENTRY_RATIO` of the installed count. */
  force?: boolean;
}

/** Outcome for one list of a successful update. */
export interface UpdatedList {
  listId: string;
  entries: number;
  /** Entry count of the set that was replaced, or null when it had no such list. */
  previousEntries: number | null;
  files: ListsManifest["lists"][string]["files"];
}

/** Outcome of a successful update. The directory now contains exactly these lists. */
export interface UpdateListsResult {
  directory: string;
  updatedAt: string;
  lists: UpdatedList[];
}

/**
 * Downloads every list in the config into a temporary sibling of the lists
 * directory and swaps the new set in by renaming. Each list must parse with
 * its reader, have entries, and keep at least half of the installed count.
 * A `manifest.json` records each file's SHA-256, size, source URL without
 * query and download time. On any failure the installed set stays as it
 * was, and the error explains why. The new set contains only the configured lists.
 */
export async function updateLists(options: UpdateListsOptions): Promise<UpdateListsResult> {
  const directory = resolve(options.directory);
  const parent = dirname(directory);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(directory)}.incoming-`));
  rootLogger.info({ directory, lists: Object.keys(options.config.lists) }, "Started lists update");

  try {
    const previous = await readListsManifest(directory);
    const manifest: ListsManifest = { formatVersion: 1, updatedAt: new Date().toISOString(), lists: {} };
    const updated: UpdatedList[] = [];
    for (const [listId, files] of Object.entries(options.config.lists)) {
      const list = await downloadList(listId, files, staging, options.config.timeoutSeconds * 1000);
      const entries = await countEntries(listId, join(staging, listId));
      const previousEntries = previous?.manifest.lists[listId]?.entries ?? (await countInstalledEntries(directory, listId));
      checkEntryCount(listId, entries, previousEntries, options.force ?? false);
      manifest.lists[listId] = { entries, downloadedAt: list.downloadedAt, files: list.files };
      updated.push({ listId, entries, previousEntries, files: list.files });
    }
    await writeFile(join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
    await swapDirectory(staging, directory);
    rootLogger.info({ directory, lists: updated.map(({ listId, entries }) => ({ listId, entries })) }, "Finished lists update");
    return { directory, updatedAt: manifest.updatedAt, lists: updated };
  } catch (error) {
    rootLogger.error({ directory, err: error }, "Lists update failed; the installed lists were kept");
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function downloadList(listId: string, files: Record<string, string>, staging: string, timeoutMs: number) {
  const folder = join(staging, listId);
  await mkdir(folder);
  const downloadedAt = new Date().toISOString();
  // The first failure cancels the list's other downloads, so a hung server does not hold the update open.
  const cancel = new AbortController();
  const downloaded = await Promise.all(
    Object.entries(files).map(async ([name, url]) => {
      try {
        const file = await downloadListFile(listId, name, url, join(folder, name), timeoutMs, cancel.signal);
        rootLogger.info({ listId, file: name, bytes: file.bytes, url: redactUrl(url) }, "Downloaded list file");
        return { name, url: redactUrl(url), sha256: file.sha256, bytes: file.bytes };
      } catch (error) {
        cancel.abort();
        throw error;
      }
    }),
  );
  return { downloadedAt, files: downloaded };
}

/** Reads the downloaded list with its reader; a file that does not parse, or yields no entry, rejects the update. */
async function countEntries(listId: string, folder: string): Promise<number> {
  let entries: number;
  try {
    entries = (await LIST_READERS[listId]!(folder, listId)).entries.length;
  } catch (error) {
    throw invalidList(listId, `it could not be read (${(error as Error).message})`, error);
  }
  if (entries === 0) throw invalidList(listId, "it contains no entries, so the file is probably an error page or the wrong file");
  return entries;
}

/** Counts the installed list's entries when there is no manifest (lists copied in by hand); null when there is none. */
async function countInstalledEntries(directory: string, listId: string): Promise<number | null> {
  try {
    return (await LIST_READERS[listId]!(join(directory, listId), listId)).entries.length;
  } catch {
    return null;
  }
}

function checkEntryCount(listId: string, entries: number, previousEntries: number | null, force: boolean): void {
  if (previousEntries === null || entries >= previousEntries * MIN_ENTRY_RATIO) return;
  if (force) {
    rootLogger.warn({ listId, entries, previousEntries }, "Accepted a list that shrank by more than half because --force was given");
    return;
  }
  throw invalidList(
    listId,
    `it has ${entries} entries against ${previousEntries} installed, fewer than ${MIN_ENTRY_RATIO * 100}%. ` +
      "Check the source; if the drop is real, rerun with --force",
  );
}

/**
 * Replaces `directory` with `staging` by two renames, keeping the old set as
 * a backup until the second rename succeeds and moving it back if it fails.
 * NOTE: between the two renames (microseconds on one file system) the
 * directory does not exist, so a loader starting exactly then fails closed.
 */
async function swapDirectory(staging: string, directory: string): Promise<void> {
  const exists = await stat(directory).then(() => true, () => false);
  if (!exists) {
    await rename(staging, directory);
    return;
  }
  const backup = `${directory}.previous-${Date.now()}`;
  await rename(directory, backup);
  try {
    await rename(staging, directory);
  } catch (error) {
    await rename(backup, directory);
    throw error;
  }
  await rm(backup, { recursive: true, force: true });
}

function invalidList(listId: string, problem: string, cause?: unknown): CheckgraphError {
  return new CheckgraphError("VENDOR_FAILED", "vendor", `Rejected the downloaded ${listId} list: ${problem}.`, { context: { listId }, cause });
}
