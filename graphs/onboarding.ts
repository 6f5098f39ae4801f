import dotenv from "dotenv";
import { buildCheckGraph } from "../src/graph/build-graph.js";
import { createRuntime } from "../src/runtime/create-runtime.js";

dotenv.config({ quiet: true });

/**
 * The onboarding graph for langgraph.json (LangGraph Studio and the graph
 * API). The LangGraph server supplies its own checkpointer.
 */
const runtime = createRuntime();
// Loads lists and reference data in the background while the server starts.
void runtime.warmUp();
export const graph = buildCheckGraph(runtime);
