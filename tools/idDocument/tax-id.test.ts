import { describe, expect, it } from "vitest";
import { assessTaxId, findTaxIdFindings } from "./tax-id.js";

describe("assessTaxId SSN", () => {
  it("accepts issued structures", () => {
    for (const value of ["772-12-3456", "772123456", "001-01-0001", "665-99-9999", "899-45-1234"]) {
      expect(assessTaxId({ type: "SSN", value }).valid, value).toBe(true);
    }
  });

  const invalid = [
    ["000-12-3456", "ssnArea000"],
    ["666-12-3456", "ssnArea666"],
    ["900-12-3456", "ssnArea900To999"],
    ["999-12-3456", "ssnArea900To999"],
    ["123-00-4567", "ssnGroup00"],
    ["123-45-0000", "ssnSerial0000"],
  ] as const;

  for (const [value, rule] of invalid) {
    it(`rejects ${value} by ${rule}`, () => {
      const assessment = assessTaxId({ type: "SSN", value });
      expect(assessment.valid).toBe(false);
      expect(assessment.brokenRules).toEqual([rule]);
    });
  }

  it("lists every rule broken", () => {
    expect(assessTaxId({ type: "SSN", value: "000-00-0000" }).brokenRules).toEqual(["ssnArea000", "ssnGroup00", "ssnSerial0000"]);
  });

  it("flags known test numbers", () => {
    for (const value of ["123-45-6789", "078-05-1120", "219-09-9999", "123456789"]) {
      const assessment = assessTaxId({ type: "SSN", value });
      expect(assessment.valid, value).toBe(true);
      expect(assessment.testNumber, value).toBe(true);
    }
    expect(assessTaxId({ type: "SSN", value: "772-12-3456" }).testNumber).toBe(false);
  });

  it("rejects an ITIN given as SSN", () => {
    const assessment = assessTaxId({ type: "SSN", value: "912-70-1234" });
    expect(assessment.valid).toBe(false);
    expect(assessment.brokenRules).toEqual(["ssnArea900To999"]);
    expect(assessment.validAsType).toBe("ITIN");
  });

  it("rejects values that are not nine digits", () => {
    expect(assessTaxId({ type: "SSN", value: "12-345-6789x" }).brokenRules).toEqual(["nineDigits"]);
    expect(assessTaxId({ type: "ITIN", value: "91270123" }).brokenRules).toEqual(["nineDigits"]);
  });
});

describe("assessTaxId ITIN", () => {
  it("accepts every issued group range", () => {
    for (const value of ["912-70-1234", "912-50-1234", "900-65-0000", "912-88-1234", "912-90-1234", "912-92-1234", "912-94-1234", "999-99-9999"]) {
      expect(assessTaxId({ type: "ITIN", value }).valid, value).toBe(true);
    }
  });

  const invalid = [
    ["912-89-1234", ["itinGroupRange"]],
    ["912-93-1234", ["itinGroupRange"]],
    ["912-66-1234", ["itinGroupRange"]],
    ["912-49-1234", ["itinGroupRange"]],
    ["912-69-1234", ["itinGroupRange"]],
    ["812-70-1234", ["itinFirstDigit9"]],
    ["812-12-1234", ["itinFirstDigit9", "itinGroupRange"]],
  ] as const;

  for (const [value, rules] of invalid) {
    it(`rejects ${value}`, () => {
      const assessment = assessTaxId({ type: "ITIN", value });
      expect(assessment.valid).toBe(false);
      expect(assessment.brokenRules).toEqual(rules);
    });
  }

  it("rejects an SSN given as ITIN", () => {
    const assessment = assessTaxId({ type: "ITIN", value: "772-12-3456" });
    expect(assessment.brokenRules).toEqual(["itinFirstDigit9", "itinGroupRange"]);
    expect(assessment.validAsType).toBe("SSN");
  });

  it("never marks an ITIN as a test number", () => {
    expect(assessTaxId({ type: "ITIN", value: "912-70-1234" }).testNumber).toBe(false);
  });
});

describe("findTaxIdFindings", () => {
  it("returns nothing for a valid number", () => {
    expect(findTaxIdFindings({ type: "SSN", value: "772-12-3456" })).toEqual([]);
  });

  it("names the broken rule without the number", () => {
    const [finding] = findTaxIdFindings({ type: "SSN", value: "666-12-3456" });
    expect(finding?.code).toBe("TAX_ID_INVALID");
    expect(finding?.evidence.brokenRules).toEqual(["ssnArea666"]);
    expect(finding?.message).toContain("area number 666 is never issued");
    const serialized = JSON.stringify(finding);
    expect(serialized).not.toContain("666-12-3456");
    expect(serialized).not.toContain("666123456");
    expect(serialized).not.toContain("3456");
  });

  it("suggests the other type", () => {
    const [finding] = findTaxIdFindings({ type: "ITIN", value: "772-12-3456" });
    expect(finding?.code).toBe("TAX_ID_INVALID");
    expect(finding?.evidence.validAsType).toBe("SSN");
    expect(finding?.message).toContain("valid SSN");
  });

  it("reports test numbers", () => {
    const findings = findTaxIdFindings({ type: "SSN", value: "078-05-1120" });
    expect(findings.map((finding) => finding.code)).toEqual(["TAX_ID_TEST_NUMBER"]);
    expect(findings[0]?.evidence.rule).toBe("knownTestNumber");
    expect(JSON.stringify(findings)).not.toContain("1120");
  });
});
