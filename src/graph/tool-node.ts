import { createHash } from "node:crypto";
import { setMaxListeners } from "node:events";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import { loggerFor, type Logger } from "../logging/logger.js";
import { MAX_PLAN_TASKS, type PlanTask } from "../plan/plan-schema.js";
import type { CheckRequest } from "../request/check-request.js";
import { todayUtc } from "../request/dates.js";
import type { Tool, ToolContext } from "../tools/contract.js";
import type { TaskOutcome, TimelineEvent, Usage } from "./outcome.js";
import type { CheckgraphRuntime } from "./runtime.js";
import type { CheckgraphUpdate } from "./state.js";
import { createLazyVendorClient } from "./lazy-vendor-client.js";

/** Payload the schedule sends to a check node. */
export interface CheckInvocation {
  task: PlanTask;
  request: CheckRequest;
  runId: string;
}

/** Hashes the logical operation, so the same check of the same subject on the same day gets the same key. */
function idempotencyKeyFor(invocation: CheckInvocation, applicationDate: string): string {
  const material = JSON.stringify([invocation.task.tool, invocation.task.args, invocation.request, applicationDate]);
  return createHash("sha256").update(material).digest("hex").slice(0, 32);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

/** Rejects when the signal aborts, so a check that ignores its signal still ends at the deadline. */
function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

function describeError(error: unknown, timeoutMs: number, vendor: string | undefined): { code: string; message: string } {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    // Naming the vendor shows the reviewer which outage or queue held the check up.
    return { code: "TIMEOUT", message: `timed out after ${timeoutMs} ms${vendor ? ` waiting for vendor ${vendor}` : ""}` };
  }
  if (CheckgraphError.isInstance(error)) return { code: error.code, message: error.message };
  // Messages of unexpected errors can quote input values, so only the error's class is kept.
  const name = error instanceof Error ? error.name : typeof error;
  return { code: "CHECK_FAILED", message: `unexpected ${name} inside the check` };
}

/**
 * Builds the graph node that runs one tool. An error thrown by the check, or
 * its deadline passing, becomes a `failed` outcome instead of an exception,
 * so the other branches' outcomes are kept and the policy refers with the
 * check named (tested in fan-out.test.ts).
 */
export function createToolNode(tool: Tool, runtime: CheckgraphRuntime) {
  return async (invocation: CheckInvocation, config: LangGraphRunnableConfig) => {
    const { task, request, runId } = invocation;
    const settings = runtime.settings;
    const applicationDate = request.applicationDate ?? todayUtc();
    let logger: Logger | null = null;
    const getLogger = () => (logger ??= loggerFor({ runId, taskId: task.id, tool: tool.name }));
    // One controller per check: it aborts at the check's deadline or when the run is cancelled.
    // Listeners on the run's shared signal are removed afterwards, so wide plans do not pile them up.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException("check deadline passed", "TimeoutError")), settings.checkTimeoutMs);
    const onRunAbort = () => controller.abort(config.signal?.reason);
    if (config.signal) {
      // Every check of a wave listens on the run's signal at once (a plan may have MAX_PLAN_TASKS),
      // and LangGraph adds listeners of its own per task, so Node's default warning limit of 10 is too low.
      setMaxListeners(4 * MAX_PLAN_TASKS, config.signal);
      config.signal.addEventListener("abort", onRunAbort, { once: true });
    }
    const signal = controller.signal;
    const vendor = createLazyVendorClient(runtime, {
      runId, taskId: task.id, tier: request.customerTier, signal,
      deadlineAt: Date.now() + settings.checkTimeoutMs, runBudget: settings.vendorBudgetPerRun ?? null,
      get logger() { return getLogger(); },
      onRetry: (retry) => config.writer?.({ type: "vendor_retry", taskId: task.id, tool: tool.name, at: new Date().toISOString(), ...retry }),
    });
    let idempotencyKey: string | null = null;
    // The logger and the idempotency key are built on first use: most checks need neither.
    const context: ToolContext = {
      runId, taskId: task.id, request, applicationDate, signal, vendor, settings,
      get logger() {
        return getLogger();
      },
      get idempotencyKey() {
        return (idempotencyKey ??= idempotencyKeyFor(invocation, applicationDate));
      },
    };

    const started = new Date();
    config.writer?.({ type: "check_started", taskId: task.id, tool: tool.name, at: started.toISOString() });
    let outcome: Omit<TaskOutcome, "startedAt" | "endedAt" | "durationMs">;
    try {
      if (!tool.vendor && runtime.localCheckDelayMs > 0) await sleep(runtime.localCheckDelayMs, signal);
      const report = await Promise.race([tool.run(task.args, context), rejectOnAbort(signal)]);
      outcome = {
        taskId: task.id, tool: tool.name, status: "ok", output: report.output, findings: report.findings,
        error: null, attempts: 1, vendor: null, cost: 0, notices: report.notices ?? [],
      };
    } catch (error) {
      const calledVendors = Object.keys(vendor.usage());
      const described = describeError(error, settings.checkTimeoutMs, calledVendors.length > 0 ? calledVendors.join(" and ") : tool.vendor);
      getLogger().warn({ err: { code: described.code } }, "check failed");
      outcome = {
        taskId: task.id, tool: tool.name, status: "failed", output: null, findings: [],
        error: described, attempts: 1, vendor: null, cost: 0, notices: [],
      };
    }
    const ended = new Date();
    clearTimeout(timer);
    config.signal?.removeEventListener("abort", onRunAbort);
    // Ends anything the check left running, such as a vendor call it stopped awaiting.
    controller.abort();
    // A failed check may have left a vendor call that is only now being aborted: one turn of the
    // event loop lets the gateway record that failure before usage is read.
    if (outcome.status === "failed") await new Promise((resolve) => setImmediate(resolve));

    const vendorUsage = vendor.usage();
    const vendorIds = Object.keys(vendorUsage);
    outcome.vendor = vendorIds[vendorIds.length - 1] ?? null;
    outcome.cost = Object.values(vendorUsage).reduce((sum, usage) => sum + usage.cost, 0);
    outcome.attempts = Math.max(1, Object.values(vendorUsage).reduce((sum, usage) => sum + usage.calls, 0));
    const result: TaskOutcome = {
      ...outcome,
      startedAt: started.toISOString(),
      endedAt: ended.toISOString(),
      durationMs: ended.getTime() - started.getTime(),
    };

    const finished: TimelineEvent = {
      type: "check_finished", at: result.endedAt, taskId: task.id, tool: tool.name, status: result.status, durationMs: result.durationMs,
    };
    config.writer?.(finished);
    const update: CheckgraphUpdate = {
      results: { [task.id]: result },
      events: [{ type: "check_started", at: result.startedAt, taskId: task.id, tool: tool.name }, finished],
    };
    // Empty writes are left out: each written key costs a reducer call per task in wide plans.
    if (vendorIds.length) update.usage = { vendors: vendorUsage } satisfies Partial<Usage>;
    if (result.notices.length) update.notices = result.notices;
    return update;
  };
}
