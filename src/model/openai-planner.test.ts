import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HumanMessage } from "@langchain/core/messages";
import { loadSettings } from "../config/settings.js";
import { buildCheckGraph } from "../graph/build-graph.js";
import { createRuntime } from "../runtime/create-runtime.js";
import { createTestHttpServer } from "../testing/msw-server.js";
import { chatCompletionsHandler, findStrictSchemaViolations, type ChatCompletionBody } from "../testing/openai-wire.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { TOOL_REGISTRY } from "../../tools/registry.js";
import { createModels } from "./create-models.js";
import { planChecks } from "../plan/plan-checks.js";

const BASE_URL = "https://llm.test/v1";
const seen: ChatCompletionBody[] = [];
let answers: ((body: ChatCompletionBody) => string)[] = [];
const http = createTestHttpServer(
  chatCompletionsHandler(BASE_URL, (body) => (answers.shift() ?? (() => "{}"))(body), seen),
);
const settings = { ...loadSettings({}), openaiApiKey: "test-key", openaiBaseUrl: BASE_URL, demo: true };

const validPlan = JSON.stringify({
  rationale: "All four checks apply; they are independent.",
  tasks: [
    { id: "doc", tool: "idDocument", args: { subject: "applicant", verifyTaxId: true }, dependsOn: [] },
    { id: "screen", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
    { id: "addr", tool: "address", args: { subject: "applicant" }, dependsOn: [] },
  ],
});

beforeAll(() => http.listen());
afterEach(() => {
  http.server.resetHandlers();
  seen.length = 0;
  answers = [];
});
afterAll(() => http.server.close());

describe("OpenAI planner", () => {
  it("sends a strict JSON schema and parses the plan", async () => {
    answers = [() => validPlan];
    const { planner } = createModels(settings, { maxRetries: 0 });
    const { plan } = await planChecks(planner, syntheticOnboardingRequest(), TOOL_REGISTRY);

    const format = seen[0]!.response_format!;
    expect(format.type).toBe("json_schema");
    expect(format.json_schema!.strict).toBe(true);
    expect(format.json_schema!.schema.type).toBe("object");
    require("node:fs").writeFileSync("/tmp/sent.json", JSON.stringify(format.json_schema!.schema, null, 1));
    expect(plan.plannedBy).toBe("openai/gpt-4o-mini");
    expect(plan.tasks.map((task) => task.id)).toEqual(["doc", "screen", "addr"]);
  });

  it("lists every registry tool in the prompt", async () => {
    answers = [() => validPlan];
    const { planner } = createModels(settings, { maxRetries: 0 });
    await planChecks(planner, syntheticOnboardingRequest(), TOOL_REGISTRY);

    const system = String(seen[0]!.messages[0]!.content);
    for (const tool of TOOL_REGISTRY) expect(system).toContain(`- ${tool.name}: ${tool.description}`);
  });

  it("keeps applicant data out of the planner request", async () => {
    answers = [() => validPlan];
    const { planner } = createModels(settings, { maxRetries: 0 });
    const request = syntheticOnboardingRequest();
    await planChecks(planner, request, TOOL_REGISTRY);

    const sent = JSON.stringify(seen[0]!.messages);
    expect(sent).not.toContain(request.applicant.name.family);
    expect(sent).not.toContain(request.applicant.birthDate);
    expect(sent).not.toContain("772-12-3456");
  });

  it("repairs an invalid plan with the errors shown", async () => {
    answers = [() => JSON.stringify({ rationale: "x", tasks: [{ id: "doc", tool: "teleport", args: { subject: "applicant" }, dependsOn: [] }] }), () => validPlan];
    const { planner } = createModels(settings, { maxRetries: 0 });
    const { plan } = await planChecks(planner, syntheticOnboardingRequest(), TOOL_REGISTRY);

    expect(plan.attempts).toBe(2);
    expect(seen).toHaveLength(2);
    expect(JSON.stringify(seen[1]!.messages)).toContain("unknown tool");
  });

  it("plans through the streamed SSE form", async () => {
    answers = [() => validPlan, () => "Refer: this text must not replace the policy's outcome."];
    const runtime = createRuntime({ settings: { ...settings, model: "openai/gpt-4o-mini" } });
    const graph = buildCheckGraph(runtime);
    const request = syntheticOnboardingRequest({ product: "deposit" });
    const stream = await graph.stream({ request }, { streamMode: ["messages", "values"] });
    let last: Record<string, unknown> | null = null;
    for await (const [mode, chunk] of stream) if (mode === "values") last = chunk as Record<string, unknown>;
    await runtime.close();

    expect(seen[0]!.stream).toBe(true);
    expect((last!.plan as { plannedBy: string }).plannedBy).toBe("openai/gpt-4o-mini");
    const decision = last!.decision as { outcome: string; explainedBy: string; explanation: string };
    expect(decision.outcome).toBe("approve");
    // The narrator stated another outcome, so the template text replaced it.
    expect(decision.explanation).toMatch(/^Decision: APPROVE/);
  });

  it("extracts a chat request through the model", async () => {
    const extracted = {
      givenName: "Jordan", familyName: "Whitfield", birthDate: "1988-03-14", nationality: "US",
      address: { line1: "350 Fifth Avenue", line2: null, city: "New York", region: "NY", postalCode: "10118", country: "US" },
      taxIdType: null, taxId: null,
      mrzLines: ["P<USAWHITFIELD<<JORDAN<<<<<<<<<<<<<<<<<<<<<<", "X123456785USA8803148M3105205<<<<<<<<<<<<<<<8"],
      documentType: null, documentNumber: null, documentIssuingCountry: null, documentExpiryDate: null,
      product: "deposit", customerTier: null, applicationDate: null,
    };
    answers = [() => JSON.stringify(extracted), () => validPlan, () => "Approved: every check passed."];
    const runtime = createRuntime({ settings });
    const graph = buildCheckGraph(runtime);
    const state = await graph.invoke({ messages: [new HumanMessage("Onboard Jordan Whitfield ...")] });
    await runtime.close();

    expect(seen[0]!.response_format!.json_schema!.name).toBe("onboarding_request");
    expect(findStrictSchemaViolations(seen[0]!.response_format!.json_schema!.schema)).toEqual([]);
    expect(state.request?.applicant.name.family).toBe("Whitfield");
    expect(state.decision?.outcome).toBe("approve");
    expect(state.decision?.explainedBy).toBe("openai/gpt-4o-mini");
    expect(state.decision?.explanation).toBe("Approved: every check passed.");
  });
});
