import { createServer } from "node:net";
import type { RequestHandler } from "msw";
import { loadSettings } from "../src/config/settings.js";
import { createTestHttpServer } from "../src/testing/msw-server.js";
import type { EvalCase, EvalDataset } from "./eval-dataset.js";
import { readFixture } from "./fixture-files.js";
import { createFixtureReplay } from "./fixture-replay.js";
import { runCase, type CaseRun, type ModelSetup } from "./run-case.js";
import { scoreRuns, type Scorecard } from "./score-suite.js";

/** Base URL of the OpenAI client in replay. msw intercepts it, and the `.test` domain never resolves. */
export const REPLAY_BASE_URL = "https://llm.eval.test/v1";

/** One column of the scorecard: how its models are reached. */
export type Column =
  | { name: "fixtures"; fixturesRoot: string; model: string }
  | { name: "offline" }
  | { name: "live"; model: string; apiKey: string; baseUrl: string | null };

/** Options of `runEvalSuite`. */
export interface SuiteOptions {
  dataset: EvalDataset;
  columns: Column[];
  /** Only these case ids, in dataset order; every case when absent. */
  caseIds?: string[];
  /** Folder of official list files; cases that need real lists are skipped without it. */
  sanctionsListsDir: string | null;
  /** Replays the streamed (SSE) form of the fixtures. */
  stream?: boolean;
  /** Extra msw handlers, such as the recorder in record mode. */
  handlers?: RequestHandler[];
  /** Called before each case, so a recorder files the model calls under the right case. */
  onCaseStart?: (column: Column["name"], caseId: string) => void;
  /** Called after each case, for progress output. */
  onCase?: (column: Column["name"], run: CaseRun) => void;
}

/** Runs and scorecard of one column. */
export interface ColumnResult {
  column: Column["name"];
  runs: CaseRun[];
  scorecard: Scorecard;
  /** Model requests without a fixture response, and fixture responses no request used, per case. */
  fixtureProblems: string[];
}

/** Result of a suite run: one entry per column, and the cases skipped with the reason. */
export interface SuiteResult {
  columns: ColumnResult[];
  skipped: { caseId: string; reason: string }[];
}

/** Finds a TCP port on 127.0.0.1 that nothing listens on, for the unreachable-bureau cases. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("could not read the probe server's port");
  return address.port;
}

function toModelSetup(column: Column): ModelSetup {
  if (column.name === "offline") return { kind: "offline" };
  if (column.name === "fixtures") return { kind: "openai", model: column.model, apiKey: "eval-replay-key", baseUrl: REPLAY_BASE_URL, maxRetries: 0 };
  return { kind: "openai", model: column.model, apiKey: column.apiKey, baseUrl: column.baseUrl, maxRetries: 2 };
}

/**
 * Runs the selected cases through the real graph once per column, one case at
 * a time so each case's latency is its own. msw answers
 * the model's requests in the fixtures column, forwards it through the recorder in record
 * mode, and fails any other request to a host other than 127.0.0.1.
 */
export async function runEvalSuite(options: SuiteOptions): Promise<SuiteResult> {
  const selected = options.caseIds ? new Set(options.caseIds) : null;
  const skipped: SuiteResult["skipped"] = [];
  const cases: EvalCase[] = [];
  for (const item of options.dataset.cases) {
    if (selected && !selected.has(item.id)) continue;
    if (item.requiresLists && !options.sanctionsListsDir) {
      skipped.push({ caseId: item.id, reason: "needs real sanctions lists; set SANCTIONS_LISTS_DIR" });
      continue;
    }
    cases.push(item);
  }

  const replay = createFixtureReplay(REPLAY_BASE_URL);
  const live = options.columns.some((column) => column.name === "live");
  const http = live && !options.handlers?.length ? null : createTestHttpServer(replay.handler, ...(options.handlers ?? []));
  // A live column without a recorder reaches the model's host directly, so msw is not started then.
  http?.listen();
  const base = loadSettings({});
  const context = { closedPort: await findClosedPort(), sanctionsListsDir: options.sanctionsListsDir, stream: options.stream ?? false };

  const columns: ColumnResult[] = [];
  try {
    for (const column of options.columns) {
      const runs: CaseRun[] = [];
      const fixtureProblems: string[] = [];
      for (const item of cases) {
        options.onCaseStart?.(column.name, item.id);
        if (column.name === "fixtures") replay.load(item.id, readFixture(column.fixturesRoot, item.id).answers);
        const run = await runCase(item, base, toModelSetup(column), context);
        if (column.name === "fixtures" && replay.unused().length) fixtureProblems.push(`${item.id}: unused ${replay.unused().join(", ")} answer(s)`);
        runs.push(run);
        options.onCase?.(column.name, run);
      }
      for (const miss of replay.misses()) fixtureProblems.push(`${miss.caseId}: no ${miss.role} answer left`);
      columns.push({ column: column.name, runs, scorecard: scoreRuns(cases, runs), fixtureProblems: [...new Set(fixtureProblems)] });
    }
  } finally {
    http?.server.close();
  }
  return { columns, skipped };
}
