import { afterEach, describe, expect, it } from "vitest";
import { loadSettings, type Settings } from "../../src/config/settings.js";
import { CheckgraphError } from "../../src/errors/checkgraph-error.js";
import { rootLogger } from "../../src/logging/logger.js";
import type { ToolContext } from "../../src/tools/contract.js";
import { syntheticOnboardingRequest } from "../../src/testing/requests.js";
import { sharedDataPath } from "../../src/testing/shared-data.js";
import { clearScreeningEngines } from "./engine-cache.js";
import { DEMO_NOTICE, sanctionsTool } from "./sanctions-tool.js";

function contextFor(applicant: { given: string; family: string; birthDate: string; nationality: string }, settings: Partial<Settings>): ToolContext {
  const request = syntheticOnboardingRequest();
  request.applicant = {
    ...request.applicant,
    name: { given: applicant.given, family: applicant.family },
    birthDate: applicant.birthDate,
    nationality: applicant.nationality,
  };
  return {
    runId: "run-1",
    taskId: "sanctions-1",
    request,
    applicationDate: "2026-12-01",
    signal: new AbortController().signal,
    logger: rootLogger,
    vendor: {
      request: () => Promise.reject(new Error("the sanctions check makes no vendor calls")),
      usage: () => ({}),
    },
    idempotencyKey: "run-1:sanctions-1",
    settings: { ...loadSettings({}), ...settings },
  };
}

const petrov = { given: "Ivan", family: "Petrov", birthDate: "1971-03-14", nationality: "RUS" };

afterEach(() => clearScreeningEngines());

describe("sanctionsTool", () => {
  it("declares the planner-facing contract", () => {
    expect(sanctionsTool.name).toBe("sanctions");
    expect(sanctionsTool.node).toBe("sanctions");
    expect(sanctionsTool.input.parse({ subject: "applicant", entityType: "person" })).toEqual({ subject: "applicant", entityType: "person" });
    expect(() => sanctionsTool.input.parse({ subject: "applicant", entityType: "vessel" })).toThrow();
  });

  it("declines the demo entry and says the demo list was used", async () => {
    const report = await sanctionsTool.run({ subject: "applicant", entityType: "person" }, contextFor(petrov, { demo: true }));
    const match = report.findings.find((finding) => finding.code === "SANCTIONS_MATCH");
    expect(match?.severity).toBe("high");
    expect(match?.evidence).toMatchObject({ listId: "demo", entryId: "990001", matchedName: expect.any(String) });
    expect(match?.evidence.pieces).toMatchObject({ dateOfBirth: { value: 1 }, country: { value: 1 } });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "DEMO_WATCHLIST_USED", severity: "info" }));
    expect(report.notices).toEqual([DEMO_NOTICE]);
    expect(report.output.demo).toBe(true);
    expect(sanctionsTool.output.safeParse(report.output).success).toBe(true);
  });

  it("refers a near name with another birth date", async () => {
    const near = { ...petrov, family: "Petroff", birthDate: "1971-07-01" };
    const report = await sanctionsTool.run({ subject: "applicant", entityType: "person" }, contextFor(near, { demo: true }));
    expect(report.findings.map((finding) => finding.code)).not.toContain("SANCTIONS_MATCH");
  });

  it("reports nothing for an unrelated applicant on the real lists", async () => {
    const applicant = { given: "Jordan", family: "Whitfield", birthDate: "1988-03-14", nationality: "US" };
    const report = await sanctionsTool.run(
      { subject: "applicant", entityType: "person" },
      contextFor(applicant, { sanctionsListsDir: sharedDataPath("sanctions") }),
    );
    expect(report.findings).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.output.demo).toBe(false);
    expect(report.output.listsUsed.map((list) => list.listId)).toEqual(["uk_hmt", "un_sc", "us_ofac_non_sdn", "us_ofac_sdn"]);
  });

  it("throws LISTS_UNAVAILABLE when no list is configured", async () => {
    const error: unknown = await sanctionsTool
      .run({ subject: "applicant", entityType: "person" }, contextFor(petrov, { demo: false, sanctionsListsDir: null }))
      .catch((caught: unknown) => caught);
    expect(CheckgraphError.isInstance(error)).toBe(true);
    const typed = error as CheckgraphError;
    expect(typed.code).toBe("LISTS_UNAVAILABLE");
    expect(typed.category).toBe("input");
    expect(typed.message).toContain("SANCTIONS_LISTS_DIR");
    expect(typed.message).toContain("--demo");
    expect(JSON.stringify(typed)).not.toContain("Petrov");
  });
});
