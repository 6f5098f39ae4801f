import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import { Overwrite, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { planChecks } from "../plan/plan-checks.js";
import type { Plan } from "../plan/plan-schema.js";
import { validatePlan } from "../plan/validate-plan.js";
import { toOnboardingRequest } from "../request/extracted-request.js";
import { todayUtc } from "../request/dates.js";
import { extractRequestOffline } from "../model/offline-extractor.js";
import type { CheckRequest } from "../request/check-request.js";
import type { TokenUsage } from "../model/planner.js";
import type { Usage } from "./outcome.js";
import type { CheckgraphRuntime } from "./runtime.js";
import { DECISION_MESSAGE_NAME } from "./synthesize-node.js";
import type { CheckgraphStateType, CheckgraphUpdate } from "./state.js";

function textOf(message: BaseMessage): string {
  if (typeof message.content === "string") return message.content;
  return message.content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("\n");
}

/**
 * Returns the text of every human message since the last decision, oldest
 * first, so fields given over several chat turns add up to one request.
 * Null when there is none.
 */
export function humanTextSinceDecision(messages: readonly BaseMessage[]): string | null {
  const texts: string[] = [];
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (message.getType() === "ai" && message.name === DECISION_MESSAGE_NAME) break;
    if (message.getType() === "human") texts.unshift(textOf(message));
  }
  if (texts.length === 0) return null;
  // A newest message that names another person starts a new application, so the
  // earlier messages' fields (another person's address or passport) are dropped.
  if (texts.length > 1) {
    const newest = nameIn(texts[texts.length - 1]!);
    const earlier = nameIn(texts.slice(0, -1).join("\n"));
    if (newest && earlier && newest !== earlier) return texts[texts.length - 1]!;
  }
  return texts.join("\n");
}

/** Returns the family name a chat text states (typed or in an MRZ), upper-cased, or null. */
function nameIn(text: string): string | null {
  const extracted = extractRequestOffline(text, todayUtc());
  return extracted.familyName?.trim().toUpperCase() || null;
}

/** Returns the newest human message's text, or null when there is none. */
export function lastHumanText(messages: readonly BaseMessage[]): string | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (HumanMessage.isInstance(message) || message.getType() === "human") return textOf(message);
  }
  return null;
}

/** Describes a plan for the chat: each task with its tool and dependencies, the rationale and any validator additions. */
export function describePlan(plan: Plan): string {
  const lines = [`Plan by ${plan.plannedBy}: ${plan.tasks.length} checks.`];
  for (const task of plan.tasks) {
    lines.push(`- ${task.id} (${task.tool})${task.dependsOn.length ? ` after ${task.dependsOn.join(", ")}` : ""}`);
  }
  for (const amendment of plan.amendments) lines.push(`- added by the validator: ${amendment.taskId}, ${amendment.reason}`);
  lines.push(`Rationale: ${plan.rationale || "none given"}`);
  return lines.join("\n");
}

/** Planner id recorded when the caller supplied the task graph in `planDraft`. */
export const CALLER_PLANNER_ID = "caller";

function toUsage(calls: TokenUsage[], modelCalls: number): Partial<Usage> {
  return {
    modelCalls,
    inputTokens: calls.reduce((sum, call) => sum + call.inputTokens, 0),
    outputTokens: calls.reduce((sum, call) => sum + call.outputTokens, 0),
  };
}

/**
 * Clears what a previous run on the same thread left behind, so a new run's
 * outcomes never mix with an old decision. Reducer keys need `Overwrite`,
 * because their reducers would otherwise merge the old values in.
 */
function resetRun(): CheckgraphUpdate {
  return {
    plan: null,
    decision: null,
    planDraft: null,
    results: new Overwrite({}),
    reviews: new Overwrite({}),
    events: new Overwrite([]),
    notices: new Overwrite([]),
  };
}

function formatIssues(heading: string, lines: string[], source: string): AIMessage {
  return new AIMessage(`${heading}\n${lines.join("\n")}\n(${source}.)`);
}

/**
 * Builds the planner node. It takes the structured request, or extracts one
 * from the newest chat message (asking for missing fields), then plans and
 * validates the checks. A caller may pass its own task graph as `planDraft`:
 * it goes through the same validation and mandatory checks, and the plan is
 * recorded as planned by `caller`.
 */
export function createPlanNode(runtime: CheckgraphRuntime) {
  return async (state: CheckgraphStateType, config: LangGraphRunnableConfig): Promise<CheckgraphUpdate> => {
    const reset = resetRun();
    const tokenUsage: TokenUsage[] = [];
    let modelCalls = 0;
    let request: CheckRequest | null = state.request;
    if (!request) {
      const text = humanTextSinceDecision(state.messages);
      if (!text) {
        return { ...reset, messages: [new AIMessage("Send an onboarding request: the applicant's name, date of birth, nationality, address, identity document (MRZ lines or type, number and expiry) and the product (deposit or credit).")] };
      }
      const extraction = await runtime.planner.extractRequest(text, todayUtc());
      modelCalls += runtime.planner.id.startsWith("offline") ? 0 : 1;
      if (extraction.usage) tokenUsage.push(extraction.usage);
      const built = toOnboardingRequest(extraction.extracted);
      if ("issues" in built) {
        const lines = built.issues.map((issue) => `- ${issue.field}: ${issue.message}. ${issue.fix}.`);
        return {
          ...reset,
          messages: [formatIssues("I cannot run the checks yet. The request is missing or has invalid fields:", lines, `Extracted by ${runtime.planner.id}`)],
          usage: toUsage(tokenUsage, modelCalls),
        };
      }
      request = built.request;
    }

    let plan: Plan;
    if (state.planDraft) {
      const checked = validatePlan(state.planDraft, runtime.tools, request);
      if (!checked.ok) {
        const lines = checked.issues.map((issue) => `- ${issue.message}`);
        return { ...reset, request, messages: [formatIssues("The task graph in planDraft is invalid:", lines, "Checked by the plan validator")] };
      }
      plan = { ...checked.plan, plannedBy: CALLER_PLANNER_ID, attempts: 1 };
    } else {
      const planned = await planChecks(runtime.planner, request, runtime.tools);
      plan = planned.plan;
      tokenUsage.push(...planned.usage);
      modelCalls += runtime.planner.id.startsWith("offline") ? 0 : plan.attempts;
    }

    const today = todayUtc();
    // A past application date moves the expiry and age checks, so every output states it.
    const notices = request.applicationDate && request.applicationDate !== today
      ? [`Judged as of the application date ${request.applicationDate}, not today (${today}): document expiry and age are checked on that date.`]
      : [];
    const at = new Date().toISOString();
    config.writer?.({ type: "plan_ready", at, plannedBy: plan.plannedBy, tasks: plan.tasks.map((task) => ({ id: task.id, tool: task.tool, dependsOn: task.dependsOn })) });
    return {
      ...reset,
      request,
      plan,
      messages: [new AIMessage({ content: describePlan(plan), name: "plan" })],
      usage: toUsage(tokenUsage, modelCalls),
      events: new Overwrite([{ type: "plan_ready", at, detail: `${plan.tasks.length} tasks planned by ${plan.plannedBy}` }]),
      notices: new Overwrite(notices),
    };
  };
}
