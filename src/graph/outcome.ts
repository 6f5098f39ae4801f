import type { Finding } from "../tools/contract.js";

export type TaskStatus = "ok" | "failed" | "skipped";

/** Outcome of one planned task, merged into state by task id. */
export interface TaskOutcome {
  taskId: string;
  tool: string;
  status: TaskStatus;
  output: unknown;
  findings: Finding[];
  /** Reason the task failed or was skipped, free of personal data. */
  error: { code: string; message: string } | null;
  attempts: number;
  /** Vendor that served the check, when it called one. */
  vendor: string | null;
  cost: number;
  notices: string[];
  /** ISO timestamps; equal for skipped tasks. */
  startedAt: string;
  endedAt: string;
  durationMs: number;
}

/** Tokens, vendor calls and cost of a run, summed over every node. */
export interface Usage {
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  vendors: Record<string, { calls: number; retries: number; failures: number; cost: number }>;
}

/** One entry of the run's timeline, for the progress view. */
export interface TimelineEvent {
  type: "plan_ready" | "check_started" | "check_finished" | "check_skipped" | "decision";
  at: string;
  taskId?: string;
  tool?: string;
  status?: TaskStatus;
  durationMs?: number;
  detail?: string;
}
