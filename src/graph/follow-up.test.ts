import { HumanMessage } from "@langchain/core/messages";
import { MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { createTestRuntime, createTimedTool } from "../testing/test-runtime.js";
import { buildCheckGraph } from "./build-graph.js";

const MRZ = ["P<USAWHITFIELD<<JORDAN<<<<<<<<<<<<<<<<<<<<<<", "X123456785USA8803148M3105205<<<<<<<<<<<<<<<8"];
const ADDRESS = "Address: 350 Fifth Avenue, New York, NY 10118, US";

function buildGraph() {
  const log: { tool: string; taskId: string; start: number; end: number }[] = [];
  const tools = ["idDocument", "sanctions", "address", "creditBureau"].map((name) => createTimedTool(name, { delayMs: 1, log }));
  const graph = buildCheckGraph(createTestRuntime({ tools }), { checkpointer: new MemorySaver() });
  return { graph, log };
}

function lastText(state: { messages: { content: unknown }[] }): string {
  return String(state.messages[state.messages.length - 1]!.content);
}

describe("chat threads", () => {
  it("answers a follow-up from the thread's state", async () => {
    const { graph, log } = buildGraph();
    const config = { configurable: { thread_id: "follow-up" } };
    const first = await graph.invoke({ messages: [new HumanMessage(["Savings account please.", ADDRESS, ...MRZ].join("\n"))] }, config);
    const checksRun = log.length;

    const second = await graph.invoke({ messages: [new HumanMessage("Why was this decided?")] }, config);

    expect(first.decision?.outcome).toBe("approve");
    expect(log).toHaveLength(checksRun);
    expect(second.decision).toEqual(first.decision);
    expect(lastText(second)).toContain("APPROVE");
    expect(lastText(second)).toContain("no check was run again");
  });

  it("starts a new run for a new applicant", async () => {
    const { graph } = buildGraph();
    const config = { configurable: { thread_id: "new-applicant" } };
    await graph.invoke({ messages: [new HumanMessage(["Savings account please.", ADDRESS, ...MRZ].join("\n"))] }, config);
    const expiredMrz = ["P<SWELINDQVIST<<SOFIA<<<<<<<<<<<<<<<<<<<<<<<", "91834576<9SWE8509233F2401313<<<<<<<<<<<<<<<8"];

    const state = await graph.invoke({ messages: [new HumanMessage(["Another one, savings.", "Address: 14 Church Road, Oxford, OX4 1AA, UK", ...expiredMrz].join("\n"))] }, config);

    expect(state.request?.applicant.name.family).toBe("LINDQVIST");
    expect(Object.keys(state.results).sort()).toEqual(["address", "id-document", "sanctions"]);
    expect(state.decision?.plannedBy).toBe("offline/rules-v1");
  });

  it("combines fields given over two turns", async () => {
    const { graph } = buildGraph();
    const config = { configurable: { thread_id: "two-turns" } };
    const incomplete = await graph.invoke({ messages: [new HumanMessage(["Savings account please.", ...MRZ].join("\n"))] }, config);
    expect(incomplete.decision).toBeNull();
    expect(lastText(incomplete)).toContain("applicant.address: missing");

    const state = await graph.invoke({ messages: [new HumanMessage(ADDRESS)] }, config);
    expect(state.decision?.outcome).toBe("approve");
    expect(state.request?.applicant.address.postalCode).toBe("10118");
  });

  it("drops an earlier applicant's fields", async () => {
    const { graph } = buildGraph();
    const config = { configurable: { thread_id: "switch-applicant" } };
    await graph.invoke({ messages: [new HumanMessage(["Name: Ivan Petrov", "Address: 221B Baker Street, London, NW1 6XE, UK"].join("\n"))] }, config);

    const state = await graph.invoke({ messages: [new HumanMessage(["Savings account please.", ...MRZ].join("\n"))] }, config);
    expect(state.decision).toBeNull();
    expect(lastText(state)).toContain("applicant.address: missing");
  });

  it("runs a caller's task graph", async () => {
    const { graph } = buildGraph();
    const planDraft = {
      rationale: "caller's own order",
      tasks: [
        { id: "addr", tool: "address", args: { subject: "applicant" }, dependsOn: [] },
        { id: "screen", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: ["addr"] },
      ],
    };
    const state = await graph.invoke(
      { messages: [new HumanMessage(["Savings account please.", ADDRESS, ...MRZ].join("\n"))], planDraft },
      { configurable: { thread_id: "caller-plan" } },
    );

    expect(state.plan?.plannedBy).toBe("caller");
    expect(state.plan?.amendments.map((amendment) => amendment.tool)).toEqual(["idDocument"]);
    expect(state.planDraft).toBeNull();
    expect(state.decision?.outcome).toBe("approve");
  });
});
