import type { CheckgraphStateType } from "../graph/state.js";

/** Version of the `--json` output shape; raised only on a breaking change. */
export const RUN_JSON_VERSION = 1;

/**
 * Builds the documented, stable `checkgraph run --json` object from a run's
 * final state. Fields are only ever added; see docs/run-json.md.
 */
export function toRunJson(state: CheckgraphStateType, wallTimeMs: number) {
  const plan = state.plan;
  const last = state.messages[state.messages.length - 1];
  return {
    version: RUN_JSON_VERSION,
    reference: state.request?.reference ?? null,
    decision: state.decision,
    /** The AI message of the run: the explained decision, or what is missing from a chat request. */
    answer: last && last.getType() === "ai" ? String(last.content) : null,
    plan: plan && {
      plannedBy: plan.plannedBy,
      attempts: plan.attempts,
      rationale: plan.rationale,
      tasks: plan.tasks,
      amendments: plan.amendments,
    },
    checks: (plan?.tasks ?? []).map((task) => {
      const outcome = state.results[task.id];
      return {
        taskId: task.id,
        tool: task.tool,
        status: outcome?.status ?? "skipped",
        startedAt: outcome?.startedAt ?? null,
        endedAt: outcome?.endedAt ?? null,
        durationMs: outcome?.durationMs ?? 0,
        vendor: outcome?.vendor ?? null,
        cost: outcome?.cost ?? 0,
        findings: outcome?.findings ?? [],
        error: outcome?.error ?? null,
        output: outcome?.output ?? null,
      };
    }),
    usage: state.usage,
    notices: state.notices,
    wallTimeMs,
  };
}

export type RunJson = ReturnType<typeof toRunJson>;
