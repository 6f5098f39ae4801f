import { readFileSync } from "node:fs";
import { loadSettings } from "../src/config/settings.js";
import { buildCheckGraph } from "../src/graph/build-graph.js";
import type { TaskOutcome } from "../src/graph/outcome.js";
import { parseCheckRequest } from "../src/request/parse-request.js";
import { createRuntime } from "../src/runtime/create-runtime.js";
import { median, ms, timeRuns } from "./stats.js";

/** Simulated vendor time of every check, in milliseconds. */
export const CHECK_LATENCY_MS = 200;

/**
 * Runs the four onboarding checks, each taking CHECK_LATENCY_MS (the sandbox's
 * latency for the credit bureau, an injected delay for the local checks), in
 * parallel and then one at a time in the same process.
 */
export async function benchParallelVsSequential(runs: number) {
  const settings = { ...loadSettings({}), demo: true };
  const runtime = createRuntime({ settings, sandboxLatencyMs: CHECK_LATENCY_MS, localCheckDelayMs: CHECK_LATENCY_MS });
  const graph = buildCheckGraph(runtime);
  const request = parseCheckRequest(JSON.parse(readFileSync(new URL("../examples/clean-applicant.json", import.meta.url), "utf8")));
  const slowest: number[] = [];

  const parallel = await timeRuns(runs, 2, async () => {
    const state = await graph.invoke({ request });
    const outcomes = Object.values(state.results) as TaskOutcome[];
    if (outcomes.length !== 4 || state.decision?.outcome !== "approve") throw new Error("benchmark run did not finish all four checks");
    slowest.push(Math.max(...outcomes.map((outcome) => outcome.durationMs)));
  });
  const sequential = await timeRuns(runs, 1, () => graph.invoke({ request }, { maxConcurrency: 1 }));
  await runtime.close();

  const result = {
    parallelMs: median(parallel),
    sequentialMs: median(sequential),
    slowestCheckMs: median(slowest),
  };
  const speedUp = result.sequentialMs / result.parallelMs;
  const overSlowest = result.parallelMs / result.slowestCheckMs;
  console.log(`\nParallel against sequential: 4 checks of ${CHECK_LATENCY_MS} ms each, median of ${runs} runs`);
  console.log(`  parallel (whole graph)   ${ms(result.parallelMs)}`);
  console.log(`  sequential (whole graph) ${ms(result.sequentialMs)}`);
  console.log(`  slowest single check     ${ms(result.slowestCheckMs)}`);
  console.log(`  speed-up                 ${speedUp.toFixed(2)}x (goal at least 3.6x: ${speedUp >= 3.6 ? "met" : "MISSED"})`);
  console.log(`  parallel / slowest check ${overSlowest.toFixed(3)} (goal at most 1.10: ${overSlowest <= 1.1 ? "met" : "MISSED"})`);
  return { ...result, speedUp, overSlowest };
}
