import type { Settings } from "../../src/config/settings.js";
import { loadDemoWatchlist } from "./lists/load-demo-watchlist.js";
import { listsUnavailable, loadWatchlists } from "./lists/load-watchlists.js";
import type { LoadedWatchlist } from "./model/watchlist-entry.js";
import { createScreeningEngine, type ScreeningEngine } from "./screening-engine.js";

const engines = new Map<string, Promise<ScreeningEngine>>();

/**
 * Returns the process-wide screening engine for these settings, loading
 * `sanctionsListsDir` (when set) and the demo watchlist (only when `demo` is
 * on) the first time. A failed load is not cached, so the next call retries.
 */
export function getScreeningEngine(settings: Pick<Settings, "sanctionsListsDir" | "demo">): Promise<ScreeningEngine> {
  const key = JSON.stringify([settings.sanctionsListsDir, settings.demo]);
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = buildEngine(settings);
    engines.set(key, engine);
    engine.catch(() => engines.delete(key));
  }
  return engine;
}

/** Forgets every cached engine, so the next call reloads the lists (after a list update, or between tests). */
export function clearScreeningEngines(): void {
  engines.clear();
}

async function buildEngine(settings: Pick<Settings, "sanctionsListsDir" | "demo">): Promise<ScreeningEngine> {
  if (settings.sanctionsListsDir === null && !settings.demo) {
    throw listsUnavailable(
      "No sanctions lists are configured, so screening cannot run. " +
        "Set SANCTIONS_LISTS_DIR to a directory of official lists, or use --demo (CHECKGRAPH_DEMO=1) for the invented demo watchlist.",
      { variable: "SANCTIONS_LISTS_DIR" },
    );
  }
  const lists: LoadedWatchlist[] = settings.sanctionsListsDir === null ? [] : await loadWatchlists(settings.sanctionsListsDir);
  if (settings.demo) lists.push(await loadDemoWatchlist());
  return createScreeningEngine(lists);
}
