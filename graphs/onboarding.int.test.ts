import { Client } from "@langchain/langgraph-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startDevServer, type DevServer } from "../src/testing/langgraph-dev-server.js";
import { REPOSITORY_ROOT } from "../src/testing/shared-data.js";

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
