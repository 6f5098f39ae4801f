/**
 * `npm run evals:promote [case ...]`: copies reviewed candidate fixtures from
 * evals/fixtures-candidates/ over evals/fixtures/. A candidate is reviewed
 * when its fixture.json contains `"reviewed": true`; others are listed and left.
 */
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readFixture } from "./fixture-files.js";

/** Result of a promotion: the cases copied and the cases still waiting for review. */
export interface PromotionResult {
  promoted: string[];
  unreviewed: string[];
}

/** Promotes the reviewed candidates in `candidatesRoot` (only `caseIds` when given) into `fixturesRoot`, removing each promoted candidate. */
export function promoteFixtures(candidatesRoot: string, fixturesRoot: string, caseIds: readonly string[] = []): PromotionResult {
  const result: PromotionResult = { promoted: [], unreviewed: [] };
  if (!existsSync(candidatesRoot)) return result;
  const available = readdirSync(candidatesRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const id of caseIds) {
    if (!available.includes(id)) throw new Error(`No candidate fixture for case ${id} in ${candidatesRoot}. Fix: record it first with npm run evals -- --record --case ${id}.`);
  }
  for (const caseId of caseIds.length ? caseIds : available) {
    // Reading validates the manifest and that every response file exists before anything is replaced.
    const { manifest } = readFixture(candidatesRoot, caseId);
    if (!manifest.reviewed) {
      result.unreviewed.push(caseId);
      continue;
    }
    rmSync(join(fixturesRoot, caseId), { recursive: true, force: true });
    cpSync(join(candidatesRoot, caseId), join(fixturesRoot, caseId), { recursive: true });
    rmSync(join(candidatesRoot, caseId), { recursive: true, force: true });
    result.promoted.push(caseId);
  }
  return result;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const evalsDir = resolve(fileURLToPath(import.meta.url), "..");
  const result = promoteFixtures(join(evalsDir, "fixtures-candidates"), join(evalsDir, "fixtures"), process.argv.slice(2));
  process.stdout.write(`promoted ${result.promoted.length} fixture(s)${result.promoted.length ? ": " + result.promoted.join(", ") : ""}\n`);
  if (result.unreviewed.length) {
    process.stdout.write(`not reviewed, left in evals/fixtures-candidates/: ${result.unreviewed.join(", ")}. Set "reviewed": true in their fixture.json after checking them.\n`);
  }
}
