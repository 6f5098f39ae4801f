import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedWatchlist } from "../model/watchlist-entry.js";
import { readOfacCsv, SDN_FILES } from "./ofac/read-ofac-csv.js";

/** Folder of the bundled demo watchlist: invented entries in OFAC's SDN CSV layout. */
export const DEMO_WATCHLIST_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "demo");

/** Loads the bundled demo watchlist (list id `demo`); callers use it only when demo mode is on. */
export function loadDemoWatchlist(): Promise<LoadedWatchlist> {
  return readOfacCsv(DEMO_WATCHLIST_DIR, "demo", SDN_FILES);
}
