import { describe, expect, it } from "vitest";
import { createScriptedPlanner, createTimedTool } from "../testing/test-runtime.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { planChecks, PlanError } from "./plan-checks.js";

const tools = ["idDocument", "sanctions", "address"].map((name) => createTimedTool(name, { delayMs: 0 }));
const valid = {
  rationale: "r",
  tasks: [
    { id: "doc", tool: "idDocument", args: { subject: "applicant" }, dependsOn: [] },
    { id: "screen", tool: "sanctions", args: { subject: "applicant", entityType: "person" }, dependsOn: [] },
  ],
};
const invalid = { rationale: "r", tasks: [{ id: "doc", tool: "teleport", args: {}, dependsOn: [] }] };

describe("planChecks", () => {
  it("repairs once with the issues shown", async () => {
    const planner = createScriptedPlanner([invalid, valid]);
    const { plan } = await planChecks(planner, syntheticOnboardingRequest(), tools);

    expect(plan.attempts).toBe(2);
    expect(plan.plannedBy).toBe("test/scripted");
    const repair = (planner.calls[1] as { repair: { issues: { message: string }[]; previous: unknown } }).repair;
    expect(repair.previous).toEqual(invalid);
    expect(repair.issues[0]!.message).toMatch(/unknown tool "teleport"/);
  });

  it("raises a typed error after a failed repair", async () => {
    const planner = createScriptedPlanner([invalid, invalid]);
    const error = await planChecks(planner, syntheticOnboardingRequest(), tools).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).code).toBe("INVALID_PLAN");
    expect(planner.calls).toHaveLength(2);
  });

  it("accepts a valid first draft without repair", async () => {
    const planner = createScriptedPlanner([valid]);
    const { plan } = await planChecks(planner, syntheticOnboardingRequest(), tools);
    expect(plan.attempts).toBe(1);
    expect(planner.calls).toHaveLength(1);
  });
});
