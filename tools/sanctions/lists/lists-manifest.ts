import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { rootLogger } from "../../../src/logging/logger.js";

/** File name of the manifest that `checkgraph lists update` writes into a lists directory. */
export const MANIFEST_FILE = "manifest.json";

const ManifestFileSchema = z.object({
  name: z.string(),
  url: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});

/** Schema of `manifest.json`: for each list folder, its entry count, download time and files. */
export const ListsManifestSchema = z.object({
  formatVersion: z.literal(1),
  updatedAt: z.string(),
  lists: z.record(
    z.string(),
    z.object({ entries: z.number().int().nonnegative(), downloadedAt: z.string(), files: z.array(ManifestFileSchema) }),
  ),
});

/** Contents of `manifest.json`. */
export type ListsManifest = z.infer<typeof ListsManifestSchema>;

/** A manifest as read from disk, with the SHA-256 of its bytes. */
export interface ReadManifest {
  manifest: ListsManifest;
  sha256: string;
}

/**
 * Reads `manifest.json` from a lists directory. Returns null when there is
 * none (lists copied in by hand) and also when it is invalid, after logging a
 * warning, because the lists themselves are still read and checked by their
 * readers.
 */
export async function readListsManifest(directory: string): Promise<ReadManifest | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(directory, MANIFEST_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    rootLogger.warn({ directory, err: error }, "Failed to read the lists manifest; list versions will lack download details");
    return null;
  }
  let parsed: ListsManifest;
  try {
    parsed = ListsManifestSchema.parse(JSON.parse(bytes.toString("utf8")));
  } catch (error) {
    rootLogger.warn({ directory, err: error }, "Ignored an invalid lists manifest; rerun `checkgraph lists update` to rewrite it");
    return null;
  }
  return { manifest: parsed, sha256: createHash("sha256").update(bytes).digest("hex") };
}
