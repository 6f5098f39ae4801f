import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { planChecks } from "../plan/plan-checks.js";
import { toOnboardingRequest } from "../request/extracted-request.js";
import { todayUtc } from "../request/dates.js";
import type { CheckRequest } from "../request/check-request.js";
import type { TokenUsage } from "../model/planner.js";
import type { Usage } from "./outcome.js";
import type { CheckgraphRuntime } from "./runtime.js";
import type { CheckgraphStateType, CheckgraphUpdate } from "./state.js";

function textOf(message: BaseMessage): string {
  if (typeof message.content === "string") return message.content;
  return message.content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("\n");
}

/** Returns the newest human message's text, or null when there is none. */
export function lastHumanText(messages: readonly BaseMessage[]): string | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (HumanMessage.isInstance(message) || message.getType() === "human") return textOf(message);
  }
  return null;
}

function toUsage(calls: TokenUsage[], modelCalls: number): Partial<Usage> {
  return {
    modelCalls,
    inputTokens: calls.reduce((sum, call) => sum + call.inputTokens, 0),
    outputTokens: calls.reduce((sum, call) => sum + call.outputTokens, 0),
  };
}

/**
 * Builds the plan node: takes the structured request, or extracts one from
 * the newest chat message (asking for missing fields), then plans and
 * validates the checks.
 */
export function createPlanNode(runtime: CheckgraphRuntime) {
  return async (state: CheckgraphStateType, config: LangGraphRunnableConfig): Promise<CheckgraphUpdate> => {
    const tokenUsage: TokenUsage[] = [];
    let modelCalls = 0;
    let request: CheckRequest | null = state.request;
    if (!request) {
      const text = lastHumanText(state.messages);
      if (!text) {
        return { messages: [new AIMessage("Send an onboarding request: the applicant's name, date of birth, nationality, address, identity document (MRZ lines or type, number and expiry) and the product (deposit or credit).")] };
      }
      const extraction = await runtime.planner.extractRequest(text, todayUtc());
      modelCalls += runtime.planner.id.startsWith("offline") ? 0 : 1;
      if (extraction.usage) tokenUsage.push(extraction.usage);
      const built = toOnboardingRequest(extraction.extracted);
      if ("issues" in built) {
        const lines = built.issues.map((issue) => `- ${issue.field}: ${issue.message}. ${issue.fix}.`);
        return {
          messages: [new AIMessage(`I cannot run the checks yet. The request is missing or has invalid fields:\n${lines.join("\n")}\n(Extracted by ${runtime.planner.id}.)`)],
          usage: toUsage(tokenUsage, modelCalls),
        };
      }
      request = built.request;
    }

    const { plan, usage } = await planChecks(runtime.planner, request, runtime.tools);
    const today = todayUtc();
    // A past application date moves the expiry and age checks, so every output says so.
    const notices = request.applicationDate && request.applicationDate !== today
      ? [`Judged as of the application date ${request.applicationDate}, not today (${today}): document expiry and age are checked on that date.`]
      : [];
    tokenUsage.push(...usage);
    modelCalls += runtime.planner.id.startsWith("offline") ? 0 : plan.attempts;
    const at = new Date().toISOString();
    config.writer?.({ type: "plan_ready", at, tasks: plan.tasks.map((task) => ({ id: task.id, tool: task.tool, dependsOn: task.dependsOn })) });
    return {
      request,
      plan,
      usage: toUsage(tokenUsage, modelCalls),
      events: [{ type: "plan_ready", at, detail: `${plan.tasks.length} tasks planned by ${plan.plannedBy}` }],
      notices,
    };
  };
}
