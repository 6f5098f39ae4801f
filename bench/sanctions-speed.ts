/**
 * Sanctions screening speed: load and index time, resident memory, query
 * latency and throughput, and agreement with a brute-force scan that scores
 * every name. Run it with `npm run bench:sanctions`; it reads the lists and
 * evaluation files from ../shared/data and prints a skip line when they are
 * missing. `BENCH_SANCTIONS_QUERIES` caps the number of negatives timed, and
 * `BENCH_BRUTE_FORCE_STRIDE` (default 4) compares every Nth query with brute
 * force; 1 compares them all, which takes several minutes.
 */
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { readPeople, type EvalPerson } from "../evals/sanctions/read-eval-files.js";
import { SHARED_DATA_DIR } from "../src/testing/shared-data.js";
import { loadWatchlists } from "../tools/sanctions/lists/load-watchlists.js";
import { createScreeningEngine, type ScreeningEngine } from "../tools/sanctions/screening-engine.js";
import type { ScreeningQuery, ScreeningResult } from "../tools/sanctions/screening-types.js";

const LISTS_DIR = join(SHARED_DATA_DIR, "sanctions");
const EVAL_DIR = join(SHARED_DATA_DIR, "sanctions-eval");
const NEGATIVES_50K = join(EVAL_DIR, "negatives_us_50k.csv.gz");
const NEGATIVES_1K = join(EVAL_DIR, "negatives_us_1k.csv");
const UN_POSITIVES = join(EVAL_DIR, "positives_un_untreated.csv");

/** Returns the value at quantile `q` (0 to 1) of sorted numbers. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function queryOf(person: EvalPerson): ScreeningQuery {
  return { name: person.name, entityType: "person", birthDate: person.birthDate };
}

function topKey(result: ScreeningResult): string | null {
  const [top] = result.hits;
  return top === undefined ? null : `${top.listId}/${top.entryId}`;
}

/** Runs the sanctions speed benchmark and prints its table. */
export async function benchSanctionsSpeed(): Promise<void> {
  const missing = [LISTS_DIR, NEGATIVES_50K, NEGATIVES_1K, UN_POSITIVES].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    console.log(`Sanctions screening benchmark skipped: ${missing.join(", ")} not found (the shared data folder beside the repository).`);
    return;
  }

  const rssBefore = process.memoryUsage().rss;
  const loadStarted = performance.now();
  const lists = await loadWatchlists(LISTS_DIR);
  const loaded = performance.now();
  const engine = createScreeningEngine(lists);
  const indexed = performance.now();
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const entries = lists.reduce((sum, list) => sum + list.entries.length, 0);

  console.log(`\nSanctions screening (${lists.map((list) => list.listId).join(", ")}: ${entries} entries)`);
  console.log(`| Measure | Result | Target |`);
  console.log(`|---|---|---|`);
  console.log(`| Load (read and parse) | ${(loaded - loadStarted).toFixed(0)} ms | |`);
  console.log(`| Index | ${(indexed - loaded).toFixed(0)} ms | |`);
  console.log(`| Load and index | ${(indexed - loadStarted).toFixed(0)} ms | at most 3,000 ms |`);
  console.log(`| Resident memory after indexing | ${(rss / 2 ** 20).toFixed(0)} MB (${((rss - rssBefore) / 2 ** 20).toFixed(0)} MB added) | at most 400 MB |`);

  timeQueries(engine);
  compareWithBruteForce(engine);
}

function timeQueries(engine: ScreeningEngine): void {
  const limit = Number(process.env.BENCH_SANCTIONS_QUERIES ?? Infinity);
  const people = readPeople(NEGATIVES_50K).slice(0, limit);
  for (const person of people.slice(0, 500)) engine.screen(queryOf(person));

  const latencies = new Float64Array(people.length);
  const started = performance.now();
  people.forEach((person, index) => {
    const queryStarted = performance.now();
    engine.screen(queryOf(person));
    latencies[index] = performance.now() - queryStarted;
  });
  const elapsed = performance.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`| Query latency p50 (${people.length} negatives) | ${quantile(sorted, 0.5).toFixed(3)} ms | at most 0.5 ms |`);
  console.log(`| Query latency p99 | ${quantile(sorted, 0.99).toFixed(3)} ms | at most 5 ms |`);
  console.log(`| Query latency max | ${sorted[sorted.length - 1]!.toFixed(1)} ms | |`);
  console.log(`| Throughput, one thread | ${((people.length / elapsed) * 1000).toFixed(0)} queries/s | at least 2,000 |`);
}

function compareWithBruteForce(engine: ScreeningEngine): void {
  // Brute force costs about 0.2-0.3 s a query here, so by default every 4th query is compared.
  const stride = Math.max(1, Number(process.env.BENCH_BRUTE_FORCE_STRIDE ?? 4));
  const all = [...readPeople(UN_POSITIVES), ...readPeople(NEGATIVES_1K)].map(queryOf);
  const queries = all.filter((_, index) => index % stride === 0);
  let indexedTime = 0;
  let bruteTime = 0;
  let compared = 0;
  let same = 0;
  const differing: string[] = [];
  for (const query of queries) {
    const indexedStarted = performance.now();
    const indexed = engine.screen(query);
    const bruteStarted = performance.now();
    const brute = engine.bruteForceScreen(query);
    bruteTime += performance.now() - bruteStarted;
    indexedTime += bruteStarted - indexedStarted;
    // Brute force reports only hits at or above potential match, so a top hit means it reached one.
    if (brute.hits.length === 0) continue;
    compared += 1;
    if (topKey(indexed) === topKey(brute)) same += 1;
    else differing.push(`${query.name}: indexed ${topKey(indexed) ?? "none"}, brute force ${topKey(brute)}`);
  }
  console.log(`| Same top hit as brute force (${queries.length} of ${all.length} UN positives and 1k negatives, every ${stride}; ${compared} reach potential match) | ${same}/${compared} | all |`);
  console.log(`| Indexed / brute force time | ${indexedTime.toFixed(0)} ms / ${bruteTime.toFixed(0)} ms = **${(bruteTime / indexedTime).toFixed(0)}x** speed-up | |`);
  for (const line of differing.slice(0, 10)) console.log(`  differs: ${line}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"})`);
  await benchSanctionsSpeed();
}
