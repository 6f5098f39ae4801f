import { END, ReducedValue, Send, START, StateGraph, StateSchema } from "@langchain/langgraph";
import { z } from "zod";
import { buildCheckGraph } from "../src/graph/build-graph.js";
import { SubjectSchema } from "../src/tools/subject.js";
import type { Tool } from "../src/tools/contract.js";
import { createScriptedPlanner, createTestRuntime } from "../src/testing/test-runtime.js";
import { syntheticOnboardingRequest } from "../src/testing/requests.js";
import { median, ms, timePairedRuns } from "./stats.js";

const TOOL_NAMES = ["idDocument", "sanctions", "address", "creditBureau"];

/** Creates a check that does nothing, so only orchestration is timed. */
function noOpTool(name: string): Tool {
  return {
    name, node: name, description: `no-op ${name}`,
    input: z.object({ subject: SubjectSchema }).loose(),
    output: z.object({}),
    run: async () => ({ output: {}, findings: [] }),
  };
}

function planOf(size: number) {
  const args: Record<string, Record<string, unknown>> = {
    idDocument: { subject: "applicant", verifyTaxId: false },
    sanctions: { subject: "applicant", entityType: "person" },
    address: { subject: "applicant" },
    creditBureau: { subject: "applicant", purpose: "credit_application" },
  };
  const tasks = Array.from({ length: size }, (_, i) => {
    const tool = TOOL_NAMES[i % TOOL_NAMES.length]!;
    return { id: `t${i}`, tool, args: args[tool], dependsOn: [] };
  });
  return { rationale: "benchmark", tasks };
}

/**
 * Builds a bare LangGraph graph with the same fan-out shape and nothing else:
 * an entry node, `size` no-op Sends merged by id, and a join node.
 */
function buildBareGraph() {
  const State = new StateSchema({
    size: z.number().default(0),
    results: new ReducedValue(z.record(z.string(), z.boolean()).default(() => ({})), {
      inputSchema: z.record(z.string(), z.boolean()),
      reducer: (current, update) => ({ ...current, ...update }),
    }),
  });
  return new StateGraph(State)
    .addNode("entry", async () => ({}))
    .addNode("work", async (input: { id: string }) => ({ results: { [input.id]: true } }))
    .addNode("join", async () => ({}))
    .addEdge(START, "entry")
    .addConditionalEdges("entry", (state) => Array.from({ length: state.size }, (_, i) => new Send("work", { id: `t${i}` })), ["work"])
    .addEdge("work", "join")
    .addEdge("join", END)
    .compile();
}

/**
 * Times checkgraph's orchestration (plan validation, scheduling, check nodes,
 * policy and template narration) with no-op checks, next to a bare graph
 * that fans out the same number of no-op Sends, in the same process.
 */
export async function benchOrchestrationOverhead(sizes: readonly number[], runs: number) {
  const bare = buildBareGraph();
  const request = syntheticOnboardingRequest();
  const rows: { tasks: number; checkgraphMs: number; bareMs: number; ratio: number }[] = [];
  for (const size of sizes) {
    const runtime = createTestRuntime({ tools: TOOL_NAMES.map(noOpTool), planner: createScriptedPlanner([planOf(size)]) });
    const graph = buildCheckGraph(runtime);
    const [ours, baseline] = await timePairedRuns(
      runs,
      20,
      async () => {
        const state = await graph.invoke({ request });
        if (Object.keys(state.results).length !== size) throw new Error(`expected ${size} outcomes`);
      },
      async () => {
        const state = await bare.invoke({ size });
        if (Object.keys(state.results).length !== size) throw new Error(`expected ${size} writes`);
      },
    );
    const checkgraphMs = median(ours);
    const bareMs = median(baseline);
    rows.push({ tasks: size, checkgraphMs, bareMs, ratio: checkgraphMs / bareMs });
  }
  console.log(`\nOrchestration overhead with no-op checks, median of ${runs} runs (goal: at most 1.5x the bare graph)`);
  console.log("  tasks  checkgraph     bare graph     ratio   goal");
  for (const row of rows) {
    const goal = row.ratio <= 1.5 ? "met" : "MISSED";
    console.log(`  ${String(row.tasks).padStart(5)}  ${ms(row.checkgraphMs).padEnd(13)}  ${ms(row.bareMs).padEnd(13)}  ${row.ratio.toFixed(2)}x   ${goal}`);
  }
  return rows;
}
