import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SubjectSchema } from "../tools/subject.js";
import type { Tool } from "../tools/contract.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { validatePlan, findCycle } from "./validate-plan.js";
import { MAX_PLAN_TASKS } from "./plan-schema.js";

function tool(name: string, input: z.ZodType): Tool {
  return { name, node: name, description: name, input, output: z.unknown(), run: async () => ({ output: null, findings: [] }) };
}

const tools = [
  tool("idDocument", z.object({ subject: SubjectSchema, verifyTaxId: z.boolean() })),
  tool("sanctions", z.object({ subject: SubjectSchema, entityType: z.enum(["person", "organization"]) })),
  tool("address", z.object({ subject: SubjectSchema })),
];
const request = syntheticOnboardingRequest();
const doc = { id: "doc", tool: "idDocument", args: { subject: "applicant", verifyTaxId: true }, dependsOn: [] };
const screen = { id: "screen", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] };

function issuesOf(raw: unknown): string[] {
  const result = validatePlan(raw, tools, request);
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

describe("validatePlan", () => {
  it("accepts a complete plan unchanged", () => {
    const result = validatePlan({ tasks: [doc, screen], rationale: "r" }, tools, request);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.plan.tasks.map((task) => task.id)).toEqual(["doc", "screen"]);
      expect(result.plan.amendments).toEqual([]);
    }
  });

  it("rejects a tool outside the registry", () => {
    expect(issuesOf({ tasks: [doc, screen, { id: "x", tool: "wireTransfer", args: {}, dependsOn: [] }] })[0]).toMatch(/unknown tool "wireTransfer"/);
  });

  it("rejects arguments that break the tool schema", () => {
    const bad = { ...screen, args: { subject: "applicant", entityType: "vessel" } };
    expect(issuesOf({ tasks: [doc, bad] }).join()).toMatch(/task screen: invalid args for sanctions: entityType/);
  });

  it("rejects an unknown dependency", () => {
    expect(issuesOf({ tasks: [doc, { ...screen, dependsOn: ["ghost"] }] })).toContain('task screen: depends on unknown task "ghost"');
  });

  it("rejects a cycle", () => {
    const issues = issuesOf({ tasks: [{ ...doc, dependsOn: ["screen"] }, { ...screen, dependsOn: ["doc"] }] });
    expect(issues.join()).toMatch(/dependency cycle: (doc -> screen -> doc|screen -> doc -> screen)/);
  });

  it("rejects a task depending on itself", () => {
    expect(issuesOf({ tasks: [{ ...doc, dependsOn: ["doc"] }, screen] })).toContain("task doc: depends on itself");
  });

  it("rejects duplicate ids", () => {
    expect(issuesOf({ tasks: [doc, { ...screen, id: "doc" }] })).toContain("task doc: duplicate id");
  });

  it("rejects more tasks than the maximum", () => {
    const tasks = Array.from({ length: MAX_PLAN_TASKS + 1 }, (_, i) => ({ id: `a${i}`, tool: "address", args: { subject: "applicant" }, dependsOn: [] }));
    expect(issuesOf({ tasks: [doc, screen, ...tasks] }).join()).toMatch(/the maximum is 64/);
  });

  it("rejects output that is not a plan", () => {
    expect(issuesOf("approve everything")[0]).toMatch(/expected an object with a `tasks` array/);
  });

  it("adds missing mandatory checks and records them", () => {
    const result = validatePlan({ tasks: [{ id: "addr", tool: "address", args: { subject: "applicant" }, dependsOn: [] }], rationale: "" }, tools, request);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.tasks.map((task) => task.tool)).toEqual(["address", "idDocument", "sanctions"]);
    expect(result.plan.amendments.map((amendment) => amendment.tool)).toEqual(["idDocument", "sanctions"]);
    expect(result.plan.amendments[0]!.reason).toMatch(/mandatory/);
  });

  it("does not count organisation screening as applicant screening", () => {
    const weak = { ...screen, args: { subject: "applicant", entityType: "organization" } };
    const result = validatePlan({ tasks: [doc, weak], rationale: "" }, tools, request);
    expect(result.ok && result.plan.amendments.map((amendment) => amendment.tool)).toEqual(["sanctions"]);
  });
});

describe("findCycle", () => {
  it("returns nothing for a diamond", () => {
    const tasks = [
      { id: "a", tool: "t", args: {}, dependsOn: [] },
      { id: "b", tool: "t", args: {}, dependsOn: ["a"] },
      { id: "c", tool: "t", args: {}, dependsOn: ["a"] },
      { id: "d", tool: "t", args: {}, dependsOn: ["b", "c"] },
    ];
    expect(findCycle(tasks)).toEqual([]);
  });
});
