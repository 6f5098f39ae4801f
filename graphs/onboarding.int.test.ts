import { Client } from "@langchain/langgraph-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startDevServer, type DevServer } from "../src/testing/langgraph-dev-server.js";
import { REPOSITORY_ROOT } from "../src/testing/shared-data.js";
import { MAX_PLAN_TASKS } from "../src/plan/plan-schema.js";

let server: DevServer;
let client: Client;

function example(name: string) {
  return JSON.parse(readFileSync(join(REPOSITORY_ROOT, "examples", name), "utf8")).request;
}

beforeAll(async () => {
  server = await startDevServer({ CHECKGRAPH_DEMO: "1", CHECKGRAPH_LOG_LEVEL: "silent", OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHECKGRAPH_MODEL: "" });
  client = new Client({ apiUrl: server.url });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** An invented applicant who shares the demo entry's name and birth year but not its birth day: a potential match. */
const nearMissRequest = {
  kind: "onboarding",
  reference: "near-miss",
  applicant: {
    name: { given: "Ivan", family: "Petrov" },
    birthDate: "1971-07-01",
    nationality: "RU",
    address: { line1: "221B Baker Street", city: "London", postalCode: "NW1 6XE", country: "GB" },
    document: { mrz: ["P<RUSPETROV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<", "7204153965RUS7107012M3202115<<<<<<<<<<<<<<<0"] },
  },
  product: "deposit",
};

describe("onboarding graph on the LangGraph server", () => {
  it("answers a chat message with the decision", async () => {
    const mrz = example("watchlist-match.json").applicant.document.mrz as string[];
    const text = ["Please open a savings account.", "Address: 221B Baker Street, London, NW1 6XE, UK", ...mrz].join("\n");
    const thread = await client.threads.create();
    const state = (await client.runs.wait(thread.thread_id, "onboarding", {
      input: { messages: [{ role: "human", content: text }] },
    })) as { decision: { outcome: string; plannedBy: string }; messages: { type: string; content: string }[] };

    expect(state.decision.outcome).toBe("decline");
    expect(state.decision.plannedBy).toBe("offline/rules-v1");
    const answer = state.messages[state.messages.length - 1]!;
    expect(answer.type).toBe("ai");
    expect(answer.content).toContain("Decision: DECLINE");
    const planMessage = state.messages.find((message) => message.type === "ai" && message.content.startsWith("Plan by"));
    expect(planMessage?.content).toContain("sanctions (sanctions)");
    expect(answer.content).toContain("demo watchlist");

    const saved = await client.threads.getState<{ decision: { outcome: string } }>(thread.thread_id);
    expect(saved.values.decision.outcome).toBe("decline");
  });

  it("runs a structured request", async () => {
    const thread = await client.threads.create();
    const state = (await client.runs.wait(thread.thread_id, "onboarding", {
      input: { request: example("expired-passport.json") },
    })) as { decision: { outcome: string; reasons: { code: string }[] } };

    expect(state.decision.outcome).toBe("refer");
    expect(state.decision.reasons.map((reason) => reason.code)).toContain("DOC_EXPIRED");
  });

  it("asks for missing fields in chat", async () => {
    const thread = await client.threads.create();
    const state = (await client.runs.wait(thread.thread_id, "onboarding", {
      input: { messages: [{ role: "human", content: "Onboard a new customer for a loan please." }] },
    })) as { decision: unknown; messages: { type: string; content: string }[] };

    expect(state.decision).toBeNull();
    expect(state.messages[state.messages.length - 1]!.content).toContain("applicant.birthDate: missing");
  });
});

describe("streaming, review and deep plans on the LangGraph server", () => {
  it("streams check events and resumes an analyst review", async () => {
    const thread = await client.threads.create();
    const config = { configurable: { review: true } };
    const events: { event: string; data: Record<string, unknown> }[] = [];
    for await (const chunk of client.runs.stream(thread.thread_id, "onboarding", {
      input: { request: nearMissRequest },
      config,
      streamMode: ["updates", "custom", "messages"],
    })) {
      events.push(chunk as { event: string; data: Record<string, unknown> });
    }

    const custom = events.filter((chunk) => chunk.event === "custom").map((chunk) => chunk.data);
    const started = custom.filter((event) => event.type === "check_started").map((event) => event.taskId);
    const finished = custom.filter((event) => event.type === "check_finished");
    expect(started.sort()).toEqual(["address", "id-document", "sanctions"]);
    expect(finished).toHaveLength(3);
    for (const event of finished) expect(typeof event.durationMs).toBe("number");
    const updatedNodes = events.filter((chunk) => chunk.event === "updates").flatMap((chunk) => Object.keys(chunk.data));
    expect(updatedNodes).toEqual(expect.arrayContaining(["planner", "idDocument", "sanctions", "address"]));
    // The plan reaches the chat as a message while the run is still going.
    expect(events.some((chunk) => chunk.event.startsWith("messages"))).toBe(true);

    const paused = await client.threads.getState<{ decision: unknown }>(thread.thread_id);
    const interrupts = paused.tasks.flatMap((task) => task.interrupts);
    expect(paused.values.decision).toBeNull();
    expect(interrupts).toHaveLength(1);
    expect((interrupts[0]!.value as { type: string; taskId: string }).taskId).toBe("sanctions");

    const resumed = (await client.runs.wait(thread.thread_id, "onboarding", {
      command: { resume: { [interrupts[0]!.id!]: { verdict: "false_positive", note: "different birth day and passport", analyst: "analyst-3" } } },
      config,
    })) as { decision: { outcome: string; reviews: { analyst: string; verdict: string }[]; reasons: { code: string }[] } };
    expect(resumed.decision.reviews).toEqual([expect.objectContaining({ analyst: "analyst-3", verdict: "false_positive" })]);
    expect(resumed.decision.reasons.map((reason) => reason.code)).not.toContain("SANCTIONS_POTENTIAL_MATCH");
    expect(resumed.decision.outcome).toBe("approve");
  });

  it("refers a potential match as pending review when review is off", async () => {
    const thread = await client.threads.create();
    const state = (await client.runs.wait(thread.thread_id, "onboarding", { input: { request: nearMissRequest } })) as {
      decision: { outcome: string; reasons: { code: string }[] };
    };
    expect(state.decision.outcome).toBe("refer");
    expect(state.decision.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(["SANCTIONS_POTENTIAL_MATCH", "REVIEW_PENDING"]));
  });

  it("completes the deepest valid plan without a recursion limit", async () => {
    const tasks = Array.from({ length: MAX_PLAN_TASKS }, (_, i) => ({
      id: `step-${i}`,
      tool: i % 2 === 0 ? "address" : "sanctions",
      args: i % 2 === 0 ? { subject: "applicant" } : { subject: "applicant", entityType: "person" },
      dependsOn: i === 0 ? [] : [`step-${i - 1}`],
    }));
    const thread = await client.threads.create();
    // The validator adds the mandatory identity-document check beside the 63-task chain, giving 64 tasks.
    const state = (await client.runs.wait(thread.thread_id, "onboarding", {
      input: { request: example("clean-applicant.json"), planDraft: { rationale: "deepest chain", tasks: tasks.slice(0, MAX_PLAN_TASKS - 1) } },
    })) as { plan: { tasks: unknown[]; plannedBy: string }; decision: { outcome: string } };

    expect(state.plan.plannedBy).toBe("caller");
    expect(state.plan.tasks).toHaveLength(MAX_PLAN_TASKS);
    expect(state.decision.outcome).not.toBeNull();
  });
});
