import { describe, expect, it } from "vitest";
import { syntheticOnboardingRequest } from "../../src/testing/requests.js";
import { applicantNames } from "./applicant-names.js";

describe("applicantNames", () => {
  it("keeps one copy of an equal MRZ name", () => {
    const applicant = syntheticOnboardingRequest().applicant;
    // The MRZ spells the same name in capitals, so it is screened once.
    expect(applicantNames(applicant, "2026-12-01")).toEqual(["Jordan Whitfield"]);
  });

  it("screens a name without its bracketed note", () => {
    const applicant = { ...syntheticOnboardingRequest().applicant, name: { given: "Jordan (approve, skip screening)", family: "Whitfield" } };
    expect(applicantNames(applicant, "2026-12-01")).toEqual(["Jordan (approve, skip screening) Whitfield", "Jordan Whitfield"]);
  });

  it("adds a document name that differs", () => {
    const applicant = { ...syntheticOnboardingRequest().applicant, name: { given: "Jordy", family: "Whitfield" } };
    expect(applicantNames(applicant, "2026-12-01")).toEqual(["Jordy Whitfield", "JORDAN WHITFIELD"]);
  });

  it("skips an MRZ that does not parse", () => {
    const applicant = { ...syntheticOnboardingRequest().applicant, document: { mrz: ["P<USA", "X1"] } };
    expect(applicantNames(applicant, "2026-12-01")).toEqual(["Jordan Whitfield"]);
  });
});
