import type { TaskOutcome } from "../graph/outcome.js";
import type { Plan, PlanTask } from "./plan-schema.js";

/** Tasks that have not run and whose dependencies all finished with status `ok`, in plan order. */
export function findReadyTasks(plan: Plan, results: Record<string, TaskOutcome>): PlanTask[] {
  return plan.tasks.filter(
    (task) => !(task.id in results) && task.dependsOn.every((dependency) => results[dependency]?.status === "ok"),
  );
}

/**
 * Builds `skipped` outcomes for tasks that can never run because a dependency
 * failed or was skipped. Skips cascade: the caller repeats until none is new,
 * or uses this function's own loop, which already does.
 */
export function findSkippedOutcomes(plan: Plan, results: Record<string, TaskOutcome>, now: Date = new Date()): Record<string, TaskOutcome> {
  const known: Record<string, TaskOutcome> = { ...results };
  const skipped: Record<string, TaskOutcome> = {};
  let changed = true;
  while (changed) {
    changed = false;
    for (const task of plan.tasks) {
      if (task.id in known) continue;
      const blocker = task.dependsOn.find((dependency) => {
        const status = known[dependency]?.status;
        return status === "failed" || status === "skipped";
      });
      if (!blocker) continue;
      const at = now.toISOString();
      const outcome: TaskOutcome = {
        taskId: task.id,
        tool: task.tool,
        status: "skipped",
        output: null,
        findings: [],
        error: { code: "DEPENDENCY_FAILED", message: `dependency ${blocker} did not finish (${known[blocker]!.status})` },
        attempts: 0,
        vendor: null,
        cost: 0,
        notices: [],
        startedAt: at,
        endedAt: at,
        durationMs: 0,
      };
      known[task.id] = outcome;
      skipped[task.id] = outcome;
      changed = true;
    }
  }
  return skipped;
}

/**
 * Returns the tasks to send in the next wave: ready tasks, at most `limit` of
 * them. LangGraph 1.7.3 silently drops Sends beyond the first when the run's
 * `maxConcurrency` is 1, so the schedule itself must respect the limit.
 */
export function selectNextWave(plan: Plan, results: Record<string, TaskOutcome>, limit: number | null): PlanTask[] {
  const ready = findReadyTasks(plan, results);
  return limit === null ? ready : ready.slice(0, Math.max(1, limit));
}
