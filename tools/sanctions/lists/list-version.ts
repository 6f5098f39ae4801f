import { createHash } from "node:crypto";
import type { ListVersion } from "../model/watchlist-entry.js";

/** A file's bytes and modification time, as read by a list reader. */
export interface ListFile {
  name: string;
  bytes: Buffer;
  modified: Date;
}

/**
 * Computes a list's version: SHA-256 over its files in the given order, and
 * the publication date from the list when known, else the newest file
 * modification time (OFAC's legacy CSV files carry no date).
 */
export function computeListVersion(files: ListFile[], publishedDate: string | null): ListVersion {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file.name);
    hash.update("\0");
    hash.update(file.bytes);
  }
  if (publishedDate !== null) {
    return { sha256: hash.digest("hex"), date: publishedDate, dateSource: "list" };
  }
  const newest = Math.max(...files.map((file) => file.modified.getTime()));
  return { sha256: hash.digest("hex"), date: new Date(newest).toISOString().slice(0, 10), dateSource: "file-modified" };
}
