import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, found from this file's location. */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The shared test data folder, `../shared/data` beside the repository. */
export const SHARED_DATA_DIR = resolve(REPOSITORY_ROOT, "..", "shared", "data");

/**
 * Returns the absolute path of a file or folder under the shared test data,
 * and throws a clear error when it is missing (tests must not silently skip).
 */
export function sharedDataPath(...segments: string[]): string {
  const path = join(SHARED_DATA_DIR, ...segments);
  if (!existsSync(path)) {
    throw new Error(
      `Shared test data not found: ${path}. The tests read real data from ../shared/data beside the repository; ` +
        "clone or copy the shared folder there (it is not part of this repository).",
    );
  }
  return path;
}
