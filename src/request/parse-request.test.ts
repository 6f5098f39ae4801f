import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors/checkgraph-error.js";
import { REPOSITORY_ROOT } from "../testing/shared-data.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { parseCheckRequest } from "./parse-request.js";

function issuesOf(value: unknown) {
  try {
    parseCheckRequest(value);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  return [];
}

describe("parseCheckRequest", () => {
  it("accepts the README's sample request", () => {
    const readme = readFileSync(join(REPOSITORY_ROOT, "README.md"), "utf8");
    const sample = /```json\n(\{\n  "kind": "onboarding"[\s\S]*?)```/.exec(readme)?.[1];
    expect(sample, "README has a JSON sample request").toBeDefined();
    expect(parseCheckRequest(JSON.parse(sample!)).kind).toBe("onboarding");
  });

  it("rejects unknown fields by name", () => {
    const request = { ...syntheticOnboardingRequest(), approve: true };
    expect(issuesOf(request)).toEqual([expect.objectContaining({ field: "approve", message: "not a field of this request" })]);
  });

  it("rejects a misspelt nested field", () => {
    const request = syntheticOnboardingRequest();
    const applicant = { ...request.applicant, taxID: request.applicant.taxId };
    expect(issuesOf({ ...request, applicant }).map((issue) => issue.field)).toContain("applicant.taxID");
  });

  it("rejects future and ancient dates", () => {
    const request = syntheticOnboardingRequest();
    const future = { ...request, applicationDate: "2999-01-01" };
    const ancient = { ...request, applicant: { ...request.applicant, birthDate: "1850-01-01" } };
    expect(issuesOf(future)[0]).toMatchObject({ field: "applicationDate", message: "must not be in the future" });
    expect(issuesOf(ancient)[0]).toMatchObject({ field: "applicant.birthDate", message: "must not be before 1900-01-01" });
  });

  it("rejects impossible calendar dates", () => {
    const request = syntheticOnboardingRequest();
    const applicant = { ...request.applicant, birthDate: "2023-02-29" };
    expect(issuesOf({ ...request, applicant })).toEqual([expect.objectContaining({ field: "applicant.birthDate", message: "not a calendar date" })]);
  });

  it("rejects blank and oversized names", () => {
    const request = syntheticOnboardingRequest();
    const blank = { ...request, applicant: { ...request.applicant, name: { given: "   ", family: "Whitfield" } } };
    const huge = { ...request, applicant: { ...request.applicant, name: { given: "Jordan", family: "W".repeat(300_000) } } };
    expect(issuesOf(blank)[0]).toMatchObject({ field: "applicant.name.given", message: "must not be empty" });
    expect(issuesOf(huge)[0]).toMatchObject({ field: "applicant.name.family", message: "must be at most 100 characters" });
  });

  it("rejects an unknown nationality code", () => {
    const request = syntheticOnboardingRequest();
    const applicant = { ...request.applicant, nationality: "ZZ" };
    expect(issuesOf({ ...request, applicant })[0]).toMatchObject({ field: "applicant.nationality" });
  });

  it("names the supported kind", () => {
    expect(issuesOf({ kind: "payment" })[0]).toMatchObject({ field: "kind", fix: expect.stringContaining('"kind": "onboarding"') });
  });

  it("explains a wrong tier", () => {
    const request = { ...syntheticOnboardingRequest(), customerTier: 9 };
    expect(issuesOf(request)[0]).toMatchObject({ field: "customerTier", message: "expected a whole number from 1 to 3" });
  });
});
