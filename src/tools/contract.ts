import type { z } from "zod";
import type { Logger } from "../logging/logger.js";
import type { ReasonCode } from "../policy/reason-codes.js";
import type { CheckRequest } from "../request/check-request.js";
import type { Settings } from "../config/settings.js";
import type { VendorClient } from "../gateway/vendor-client.js";

/** How much a finding matters to a reviewer; the decision itself comes from the policy table. */
export type Severity = "info" | "low" | "medium" | "high";

/** One fact a check established, in the shape `{ code, severity, message, evidence }`. */
export interface Finding {
  code: ReasonCode;
  severity: Severity;
  /** Human-readable text, free of personal data beyond what the operator supplied. */
  message: string;
  evidence: Record<string, unknown>;
}

/** Result of a check's `run`: its typed output and the findings the policy reads. */
export interface CheckReport<Output> {
  output: Output;
  findings: Finding[];
  /** One-line notices the CLI prints, such as "demo watchlist used". */
  notices?: string[];
}

/** Everything a check gets besides its arguments. */
export interface ToolContext {
  runId: string;
  taskId: string;
  /** The validated structured request; checks read subject data from here, never from model output. */
  request: CheckRequest;
  /** YYYY-MM-DD, the day the request is judged at. */
  applicationDate: string;
  /** Aborts when the run's deadline passes or the run is cancelled. */
  signal: AbortSignal;
  logger: Logger;
  /** Vendor gateway bound to this run and task: rate limits, retries, cost accounting. */
  vendor: VendorClient;
  /** Stable key for the logical operation, so a retry or a resumed run never repeats a billable call. */
  idempotencyKey: string;
  settings: Settings;
}

/** A check the planner can schedule. One graph node runs each tool. */
export interface Tool<Input = unknown, Output = unknown> {
  /** Name used in plans, such as `idDocument`. */
  name: string;
  /** Graph node that runs it; equal to `name` for the built-in tools. */
  node: string;
  /** One line for the planner prompt: what the check establishes and when it applies. */
  description: string;
  /**
   * Model-facing argument schema. It must be valid for OpenAI strict structured
   * output: an object, no `.optional()` (use `.nullable()`), no `.default()`.
   */
  input: z.ZodType<Input>;
  output: z.ZodType<Output>;
  /** Vendor id when the check calls one through the gateway. */
  vendor?: string;
  run(input: Input, context: ToolContext): Promise<CheckReport<Output>>;
  /**
   * Loads what the check needs before the first run (list files, reference
   * data), so the first request does not pay for it. Failures are ignored
   * here; `run` reports them.
   */
  warmUp?(settings: Settings): Promise<void>;
}
