import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { ChatOpenAI } from "@langchain/openai";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import { buildPlanSchema, MAX_PLAN_TASKS } from "../plan/plan-schema.js";
import { mandatoryToolNames } from "../plan/mandatory-checks.js";
import { ExtractedRequestSchema } from "../request/extracted-request.js";
import type { Tool } from "../tools/contract.js";
import type { PlanDraftInput, Planner } from "./planner.js";
import { renderPrompt } from "./prompts.js";
import { summariseRequest } from "./request-summary.js";
import { readTokenUsage } from "./openai-models.js";
import { toPassThroughSchema } from "./structured-output-schema.js";

/** Lists the tools for the prompt, one line each, from the registry. */
export function describeTools(tools: readonly Tool[]): string {
  return tools.map((tool) => `- ${tool.name}: ${tool.description}`).join("\n");
}

/** Parses the JSON text of a structured-output response, keeping the raw text when it is not JSON. */
function parseContent(content: unknown): unknown {
  if (typeof content !== "string") return content;
  try {
    return JSON.parse(content);
  } catch {
    return { unparsable: content.slice(0, 2000) };
  }
}

/** Creates the planner for any OpenAI-compatible chat completions server, using `withStructuredOutput`. */
export function createOpenAiPlanner(model: ChatOpenAI, id: string): Planner {
  return {
    id,
    async draftPlan(input: PlanDraftInput) {
      const structured = model.withStructuredOutput(toPassThroughSchema(buildPlanSchema(input.tools)), { name: "plan", strict: true, includeRaw: true });
      const system = renderPrompt("planner.v1", {
        tools: describeTools(input.tools),
        max_tasks: String(MAX_PLAN_TASKS),
        mandatory: mandatoryToolNames(input.request.kind).join(", "),
      });
      const messages = [new SystemMessage(system), new HumanMessage(JSON.stringify({ request: summariseRequest(input.request) }, null, 2))];
      if (input.repair) {
        const issues = input.repair.issues.map((issue) => `- ${issue.message}`).join("\n");
        messages.push(new HumanMessage(renderPrompt("planner-repair.v1", { issues, previous: JSON.stringify(input.repair.previous) })));
      }
      try {
        const answer = await structured.invoke(messages);
        // Validation is checkgraph's own, so the raw JSON is used even when LangChain's parse failed.
        const draft = answer.parsed ?? parseContent(answer.raw.content);
        return { draft, usage: readTokenUsage(answer.raw) };
      } catch (error) {
        throw new CheckgraphError("MODEL_FAILED", "model", `Planner model ${id} failed: ${(error as Error).message}`, { cause: error });
      }
    },
    async extractRequest(text: string, today: string) {
      const structured = model.withStructuredOutput(toPassThroughSchema(ExtractedRequestSchema), {
        name: "onboarding_request",
        strict: true,
        includeRaw: true,
      });
      try {
        const answer = await structured.invoke([
          new SystemMessage(renderPrompt("extractor.v1", { today })),
          new HumanMessage(text),
        ]);
        const parsed = ExtractedRequestSchema.safeParse(answer.parsed ?? parseContent(answer.raw.content));
        if (!parsed.success) throw new Error(`extraction did not match its schema: ${parsed.error.issues[0]?.message}`);
        return { extracted: parsed.data, usage: readTokenUsage(answer.raw) };
      } catch (error) {
        throw new CheckgraphError("MODEL_FAILED", "model", `Extraction model ${id} failed: ${(error as Error).message}`, { cause: error });
      }
    },
  };
}
