import { z } from "zod";
import type { Tool } from "../tools/contract.js";

/** Maximum number of tasks in one plan. Deeper or wider plans are rejected, not truncated. */
export const MAX_PLAN_TASKS = 64;

/** One task of a validated plan. */
export interface PlanTask {
  id: string;
  tool: string;
  args: Record<string, unknown>;
  dependsOn: string[];
}

/** A change the validator made to the model's plan, kept so reviewers can see it. */
export interface PlanAmendment {
  kind: "mandatory_check_added";
  taskId: string;
  tool: string;
  reason: string;
}

/** A validated task graph, ready to schedule. */
export interface Plan {
  tasks: PlanTask[];
  rationale: string;
  /** Planner id, such as `openai/gpt-4o-mini` or `offline/rules-v1`. */
  plannedBy: string;
  amendments: PlanAmendment[];
  /** Validation attempts the planner needed: 1, or 2 after a repair. */
  attempts: number;
}

const TASK_ID = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_-]{0,39}$/, "task ids are 1-40 characters: a lower-case letter, then letters, digits, - or _");

/**
 * Builds the model-facing task schema: a union of one object per tool, so each
 * tool's arguments keep their own strict object schema (OpenAI strict mode
 * rejects free-form records).
 */
export function buildTaskSchema(tools: readonly Tool[]) {
  const variants = tools.map((tool) =>
    z.object({
      id: TASK_ID.describe("Unique task id, such as sanctions-1"),
      tool: z.literal(tool.name),
      args: tool.input as z.ZodType<Record<string, unknown>>,
      dependsOn: z.array(z.string()).describe("Ids of tasks that must finish before this one starts; [] when none"),
    }),
  );
  if (variants.length === 0) throw new Error("Cannot build a plan schema without tools");
  return variants.length === 1 ? variants[0]! : z.union(variants as unknown as [z.ZodTypeAny, z.ZodTypeAny, ...z.ZodTypeAny[]]);
}

/** Builds the schema of a whole plan as the model must return it. */
export function buildPlanSchema(tools: readonly Tool[]) {
  return z.object({
    tasks: z.array(buildTaskSchema(tools)).describe("The checks to run"),
    rationale: z.string().describe("One or two sentences: why these checks, and why any applicable check was left out"),
  });
}
