import { z } from "zod";
import { loadSettings, type Settings } from "../config/settings.js";
import type { CheckgraphRuntime, VendorGatewayLike } from "../graph/runtime.js";
import type { Planner } from "../model/planner.js";
import { createOfflinePlanner } from "../model/offline-planner.js";
import { createOfflineNarrator } from "../model/offline-narrator.js";
import { SubjectSchema } from "../tools/subject.js";
import type { Tool } from "../tools/contract.js";

/** A planner that returns the given drafts in order (the last one repeats), for plan-shape tests. */
export function createScriptedPlanner(drafts: unknown[], id = "test/scripted"): Planner & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    id,
    calls,
    async draftPlan(input) {
      calls.push(input);
      return { draft: drafts[Math.min(calls.length - 1, drafts.length - 1)], usage: null };
    },
    async extractRequest() {
      throw new Error("the scripted planner does not extract requests");
    },
  };
}

/** Behaviour of a timed test tool. */
export interface TimedToolOptions {
  delayMs: number;
  fail?: boolean;
  /** Records start and end times of every run, for overlap assertions. */
  log?: { tool: string; taskId: string; start: number; end: number }[];
  /** Extra output fields, such as `{ pulled: true }` for a credit check double. */
  output?: Record<string, unknown>;
}

/** Creates a test double of a check: the real tool's name, a loose argument schema, a wait, then no findings. */
export function createTimedTool(name: string, options: TimedToolOptions): Tool {
  return {
    name,
    node: name,
    description: `test double of ${name}`,
    input: z.object({ subject: SubjectSchema }).passthrough(),
    output: z.object({ waitedMs: z.number() }).loose(),
    async run(_input, context) {
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const end = performance.now();
      options.log?.push({ tool: name, taskId: context.taskId, start, end });
      if (options.fail) throw new Error(`${name} test double failed on purpose`);
      return { output: { waitedMs: end - start, ...options.output }, findings: [] };
    },
  };
}

const unusedGateway: VendorGatewayLike = {
  forTask() {
    throw new Error("this test runtime has no vendor gateway");
  },
};

/** Builds a runtime from test parts; settings come from an empty environment unless given. */
export function createTestRuntime(parts: { tools: Tool[]; planner?: Planner; settings?: Partial<Settings>; gateway?: VendorGatewayLike }): CheckgraphRuntime {
  return {
    settings: { ...loadSettings({}), ...parts.settings },
    tools: parts.tools,
    planner: parts.planner ?? createOfflinePlanner(),
    narrator: createOfflineNarrator(),
    vendorGateway: async () => parts.gateway ?? unusedGateway,
    localCheckDelayMs: 0,
    warmUp: async () => {},
    close: async () => {},
  };
}
