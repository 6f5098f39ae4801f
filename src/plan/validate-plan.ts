import type { z } from "zod";
import type { Tool } from "../tools/contract.js";
import type { CheckRequest } from "../request/check-request.js";
import { MAX_PLAN_TASKS, type Plan, type PlanAmendment, type PlanTask } from "./plan-schema.js";
import { mandatoryTasksFor } from "./mandatory-checks.js";

/** One reason a plan was rejected, tied to the task it concerns when there is one. */
export interface PlanIssue {
  taskId: string | null;
  message: string;
}

export type PlanValidation =
  | { ok: true; plan: Omit<Plan, "plannedBy" | "attempts"> }
  | { ok: false; issues: PlanIssue[] };

function formatZodIssues(error: z.ZodError, taskId: string | null, prefix: string): PlanIssue[] {
  return error.issues.map((issue) => ({
    taskId,
    message: `${prefix}${issue.path.length ? issue.path.join(".") + ": " : ""}${issue.message}`,
  }));
}

/** Returns the ids of tasks on a dependency cycle, or an empty list when the graph is acyclic. */
export function findCycle(tasks: readonly PlanTask[]): string[] {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];

  const visit = (id: string): string[] => {
    if (state.get(id) === "done") return [];
    if (state.get(id) === "visiting") return stack.slice(stack.indexOf(id)).concat(id);
    state.set(id, "visiting");
    stack.push(id);
    for (const dependency of byId.get(id)?.dependsOn ?? []) {
      const cycle = visit(dependency);
      if (cycle.length) return cycle;
    }
    stack.pop();
    state.set(id, "done");
    return [];
  };

  for (const task of tasks) {
    const cycle = visit(task.id);
    if (cycle.length) return cycle;
  }
  return [];
}

/**
 * Validates a plan as the model returned it: closed tool set, each tool's
 * argument schema, unique ids, known dependencies, no cycle, the task limit.
 * Then adds the request kind's mandatory checks the model left out, recording
 * each addition. Every problem is reported, not only the first.
 */
export function validatePlan(raw: unknown, tools: readonly Tool[], request: CheckRequest): PlanValidation {
  const issues: PlanIssue[] = [];
  const toolsByName = new Map(tools.map((tool) => [tool.name, tool]));

  if (typeof raw !== "object" || raw === null || !Array.isArray((raw as { tasks?: unknown }).tasks)) {
    return { ok: false, issues: [{ taskId: null, message: "expected an object with a `tasks` array and a `rationale` string" }] };
  }
  const draft = raw as { tasks: unknown[]; rationale?: unknown };
  const rationale = typeof draft.rationale === "string" ? draft.rationale : "";
  const tasks: PlanTask[] = [];
  const seen = new Set<string>();

  draft.tasks.forEach((entry, index) => {
    const candidate = (entry ?? {}) as Record<string, unknown>;
    const id = typeof candidate.id === "string" && candidate.id ? candidate.id : null;
    const label = id ?? `#${index}`;
    if (!id) {
      issues.push({ taskId: null, message: `task ${label}: missing id` });
      return;
    }
    if (seen.has(id)) issues.push({ taskId: id, message: `task ${id}: duplicate id` });
    seen.add(id);

    const tool = typeof candidate.tool === "string" ? toolsByName.get(candidate.tool) : undefined;
    if (!tool) {
      const known = [...toolsByName.keys()].join(", ");
      issues.push({ taskId: id, message: `task ${id}: unknown tool ${JSON.stringify(candidate.tool)}; expected one of ${known}` });
      return;
    }
    const args = tool.input.safeParse(candidate.args ?? {});
    if (!args.success) {
      issues.push(...formatZodIssues(args.error, id, `task ${id}: invalid args for ${tool.name}: `));
      return;
    }
    const dependsOn = Array.isArray(candidate.dependsOn) ? candidate.dependsOn.filter((d): d is string => typeof d === "string") : [];
    tasks.push({ id, tool: tool.name, args: args.data as Record<string, unknown>, dependsOn });
  });

  for (const task of tasks) {
    for (const dependency of task.dependsOn) {
      if (dependency === task.id) issues.push({ taskId: task.id, message: `task ${task.id}: depends on itself` });
      else if (!seen.has(dependency)) issues.push({ taskId: task.id, message: `task ${task.id}: depends on unknown task ${JSON.stringify(dependency)}` });
    }
  }
  if (issues.length === 0) {
    const cycle = findCycle(tasks);
    if (cycle.length) issues.push({ taskId: cycle[0] ?? null, message: `dependency cycle: ${cycle.join(" -> ")}` });
  }

  const amendments: PlanAmendment[] = [];
  for (const mandatory of mandatoryTasksFor(request, tasks)) {
    tasks.push(mandatory.task);
    amendments.push({ kind: "mandatory_check_added", taskId: mandatory.task.id, tool: mandatory.task.tool, reason: mandatory.reason });
  }
  if (tasks.length > MAX_PLAN_TASKS) {
    issues.push({ taskId: null, message: `plan has ${tasks.length} tasks; the maximum is ${MAX_PLAN_TASKS}` });
  }

  if (issues.length) return { ok: false, issues };
  return { ok: true, plan: { tasks, rationale, amendments } };
}
