import { describe, expect, it } from "vitest";
import { checkExpiry, checkMinimumAge, checkSpecimenState, maskDocumentNumber, type AssessmentSettings } from "./document-checks.js";

const settings: AssessmentSettings = { applicationDate: "2026-03-15", minimumAge: 18, demo: false };

describe("checkExpiry", () => {
  it("treats the expiry day as valid", () => {
    const result = checkExpiry("2026-03-15", "2026-03-15", "applicant.document.expiryDate");
    expect(result.expired).toBe(false);
    expect(result.findings).toEqual([]);
  });

  it("flags a document that expired the day before", () => {
    const result = checkExpiry("2026-03-14", "2026-03-15", "applicant.document.expiryDate");
    expect(result.expired).toBe(true);
    expect(result.findings.map((finding) => finding.code)).toEqual(["DOC_EXPIRED"]);
    expect(result.findings[0]?.evidence.field).toBe("applicant.document.expiryDate");
  });

  it("accepts a later expiry", () => {
    expect(checkExpiry("2030-01-01", "2026-03-15", "x").expired).toBe(false);
  });
});

describe("checkMinimumAge", () => {
  it("counts the 18th birthday as of age", () => {
    const result = checkMinimumAge([{ source: "application", birthDate: "2008-03-15" }], settings);
    expect(result.age).toBe(18);
    expect(result.findings).toEqual([]);
  });

  it("flags the day before the 18th birthday", () => {
    const result = checkMinimumAge([{ source: "application", birthDate: "2008-03-16" }], settings);
    expect(result.age).toBe(17);
    expect(result.findings.map((finding) => finding.code)).toEqual(["APPLICANT_UNDER_AGE"]);
    expect(result.findings[0]?.severity).toBe("high");
    expect(result.findings[0]?.evidence.birthDateSources).toEqual(["application"]);
  });

  it("reaches the age after a leap-day birthday on 1 March", () => {
    const leap = { source: "document" as const, birthDate: "2008-02-29" };
    expect(checkMinimumAge([leap], { ...settings, applicationDate: "2026-02-28" }).findings).toHaveLength(1);
    expect(checkMinimumAge([leap], { ...settings, applicationDate: "2026-03-01" }).findings).toEqual([]);
  });

  it("flags when any source is under age", () => {
    const result = checkMinimumAge(
      [
        { source: "document", birthDate: "2000-01-01" },
        { source: "application", birthDate: "2010-01-01" },
      ],
      settings,
    );
    expect(result.age).toBe(26);
    expect(result.findings[0]?.evidence.birthDateSources).toEqual(["application"]);
  });

  it("uses the configured minimum age", () => {
    const result = checkMinimumAge([{ source: "application", birthDate: "2005-06-01" }], { ...settings, minimumAge: 21 });
    expect(result.findings[0]?.evidence.minimumAge).toBe(21);
  });

  it("returns a null age without sources", () => {
    expect(checkMinimumAge([], settings)).toEqual({ age: null, findings: [] });
  });
});

describe("checkSpecimenState", () => {
  it("flags UTO as high outside demo", () => {
    const [finding] = checkSpecimenState({ issuingState: "UTO", nationality: "UTO" }, false);
    expect(finding?.code).toBe("DOC_SPECIMEN_STATE");
    expect(finding?.severity).toBe("high");
    expect(finding?.evidence.fields).toEqual(["issuingState", "nationality"]);
    expect(finding?.evidence.acceptedInDemo).toBe(false);
  });

  it("accepts UTO as info in demo", () => {
    const [finding] = checkSpecimenState({ issuingState: "D", nationality: "uto" }, true);
    expect(finding?.severity).toBe("info");
    expect(finding?.evidence).toMatchObject({ fields: ["nationality"], accepted: "demo", acceptedInDemo: true });
  });

  it("ignores real states", () => {
    expect(checkSpecimenState({ issuingState: "D", nationality: null }, false)).toEqual([]);
  });
});

describe("maskDocumentNumber", () => {
  it("keeps the last three characters", () => {
    expect(maskDocumentNumber("L898902C3")).toBe("******2C3");
    expect(maskDocumentNumber("D23145890123")).toBe("*********123");
  });

  it("masks short numbers whole", () => {
    expect(maskDocumentNumber("X12")).toBe("***");
  });
});
