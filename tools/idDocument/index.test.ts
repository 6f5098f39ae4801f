import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Settings } from "../../src/config/settings.js";
import type { VendorClient } from "../../src/gateway/vendor-client.js";
import { REASON_CODES } from "../../src/policy/reason-codes.js";
import type { Applicant, OnboardingRequest } from "../../src/request/onboarding-request.js";
import type { CheckRequest } from "../../src/request/check-request.js";
import type { ToolContext } from "../../src/tools/contract.js";
import { CheckgraphError } from "../../src/errors/checkgraph-error.js";
import { buildTd1Mrz, buildTd3Mrz, idDocumentTool, IdDocumentOutputSchema, type MrzContent } from "./index.js";

const APPLICATION_DATE = "2026-03-15";

const settings: Settings = {
  model: null,
  openaiApiKey: null,
  openaiBaseUrl: null,
  demo: false,
  sanctionsListsDir: null,
  bureauUrl: null,
  bureauClientId: "test",
  bureauClientSecret: "test",
  minimumAge: 18,
  minimumCreditScore: 620,
  maxConcurrency: null,
  checkTimeoutMs: 1000,
};

/** A gateway that fails the test if the check ever calls a vendor. */
const vendor: VendorClient = {
  request: () => {
    throw new Error("idDocument must not call a vendor");
  },
  usage: () => ({}),
};

const passport: MrzContent = {
  issuingState: "D",
  surname: "Müller-Lüdenscheidt",
  givenNames: "Jörg Peter",
  documentNumber: "C01X00T47",
  nationality: "D",
  birthDate: "1990-05-17",
  sex: "M",
  expiryDate: "2031-10-31",
};

function makeApplicant(overrides: Partial<Applicant> = {}): Applicant {
  return {
    name: { given: "Jörg Peter", family: "Müller-Lüdenscheidt" },
    birthDate: "1990-05-17",
    nationality: "DE",
    address: { line1: "1 Main St", city: "Springfield", region: "IL", postalCode: "62701", country: "US" },
    taxId: { type: "SSN", value: "772-12-3456" },
    document: { mrz: buildTd3Mrz(passport) },
    ...overrides,
  };
}

function makeContext(applicant: Applicant, settingOverrides: Partial<Settings> = {}, signal = new AbortController().signal): ToolContext {
  const request: OnboardingRequest = { kind: "onboarding", applicant, product: "deposit", customerTier: 2, applicationDate: APPLICATION_DATE };
  return {
    runId: "run-1",
    taskId: "task-id",
    request,
    applicationDate: APPLICATION_DATE,
    signal,
    logger: pino({ level: "silent" }),
    vendor,
    idempotencyKey: "run-1:task-id",
    settings: { ...settings, ...settingOverrides },
  };
}

async function runFor(applicant: Applicant, verifyTaxId = false, settingOverrides: Partial<Settings> = {}) {
  return idDocumentTool.run({ subject: "applicant", verifyTaxId }, makeContext(applicant, settingOverrides));
}

function codesOf(findings: Array<{ code: string }>): string[] {
  return findings.map((finding) => finding.code);
}

describe("idDocumentTool contract", () => {
  it("names its node and schemas", () => {
    expect(idDocumentTool.name).toBe("idDocument");
    expect(idDocumentTool.node).toBe("idDocument");
    expect(idDocumentTool.vendor).toBeUndefined();
    expect(idDocumentTool.description).not.toContain("\n");
  });

  it("takes only strict-mode arguments", () => {
    const schema = z.toJSONSchema(idDocumentTool.input) as { required: string[]; properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(["subject", "verifyTaxId"]);
    expect(schema.required.sort()).toEqual(["subject", "verifyTaxId"]);
    expect(idDocumentTool.input.safeParse({ subject: "applicant" }).success).toBe(false);
  });

  it("uses only known reason codes", async () => {
    const report = await runFor(makeApplicant({ birthDate: "2010-01-01", nationality: "FR", taxId: { type: "SSN", value: "666-12-3456" } }), true);
    for (const code of codesOf(report.findings)) expect(REASON_CODES).toHaveProperty(code);
  });
});

describe("idDocumentTool run with MRZ", () => {
  it("passes a consistent passport", async () => {
    const report = await runFor(makeApplicant(), true);
    expect(report.findings).toEqual([]);
    expect(IdDocumentOutputSchema.parse(report.output)).toEqual(report.output);
    expect(report.output).toMatchObject({
      source: "mrz",
      mrzParsed: true,
      format: "TD3",
      documentType: "P",
      issuingState: "D",
      nationality: "D",
      documentNumberMasked: "******T47",
      expiryDate: "2031-10-31",
      checkDigitsValid: true,
      invalidFields: [],
      expired: false,
      age: 35,
      specimen: false,
      nameMatches: true,
      birthDateMatches: true,
      nationalityMatches: true,
      taxId: "valid",
    });
  });

  it("never outputs the MRZ, number or birth date", async () => {
    const applicant = makeApplicant();
    const report = await runFor(applicant);
    const serialized = JSON.stringify(report.output);
    expect(serialized).not.toContain("C01X00T47");
    expect(serialized).not.toContain("1990-05-17");
    expect(serialized).not.toContain("900517");
    expect(serialized).not.toContain("MUELLER");
  });

  it("accepts a TD1 card with a long number", async () => {
    const lines = buildTd1Mrz({ ...passport, documentNumber: "LZ1234567890" });
    const report = await runFor(makeApplicant({ document: { mrz: lines } }));
    expect(report.findings).toEqual([]);
    expect(report.output.format).toBe("TD1");
    expect(report.output.documentNumberMasked).toBe("*********890");
  });

  it("accepts truncated names", async () => {
    const long = { ...passport, surname: "Wolfeschlegelsteinhausenbergerdorff", givenNames: "Hubert Blaine" };
    const applicant = makeApplicant({ name: { family: long.surname, given: long.givenNames }, document: { mrz: buildTd3Mrz(long) } });
    const report = await runFor(applicant);
    expect(codesOf(report.findings)).toEqual([]);
    expect(report.output.nameMatches).toBe(true);
  });

  it("reports a name mismatch by field only", async () => {
    const applicant = makeApplicant({ name: { given: "Jörg Peter", family: "Schmidt" } });
    const report = await runFor(applicant);
    expect(codesOf(report.findings)).toEqual(["DOC_NAME_MISMATCH"]);
    expect(report.findings[0]?.evidence.fields).toEqual(["applicant.name.family"]);
    const serialized = JSON.stringify(report.findings);
    expect(serialized).not.toMatch(/schmidt/i);
    expect(serialized).not.toMatch(/m(ü|ue)ller/i);
    expect(report.output.nameMatches).toBe(false);
  });

  it("reports a birth date mismatch by field only", async () => {
    const report = await runFor(makeApplicant({ birthDate: "1990-05-18" }));
    expect(codesOf(report.findings)).toEqual(["DOC_BIRTH_DATE_MISMATCH"]);
    expect(report.findings[0]?.evidence).toEqual({ field: "applicant.birthDate", documentField: "birthDate" });
    expect(JSON.stringify(report.findings)).not.toContain("1990-05");
  });

  it("reports a nationality mismatch", async () => {
    const report = await runFor(makeApplicant({ nationality: "AUT" }));
    expect(codesOf(report.findings)).toEqual(["DOC_NATIONALITY_MISMATCH"]);
    expect(report.output.nationalityMatches).toBe(false);
  });

  it("reports check digit failures by field", async () => {
    const [line1, line2] = buildTd3Mrz(passport);
    const broken = line2.slice(0, 19) + String((Number(line2.charAt(19)) + 1) % 10) + line2.slice(20);
    const report = await runFor(makeApplicant({ document: { mrz: [line1, broken] } }));
    expect(codesOf(report.findings)).toEqual(["DOC_CHECK_DIGIT_INVALID"]);
    expect(report.findings[0]?.evidence.invalidFields).toEqual(["birthDateCheckDigit", "compositeCheckDigit"]);
    expect(report.output.checkDigitsValid).toBe(false);
  });

  it("reports an unparseable MRZ", async () => {
    const [line1, line2] = buildTd3Mrz(passport);
    const report = await runFor(makeApplicant({ document: { mrz: [line1, line2.slice(1)] } }));
    expect(codesOf(report.findings)).toEqual(["DOC_MRZ_INVALID"]);
    expect(report.findings[0]?.evidence).toEqual({ field: "applicant.document.mrz", reason: "lineLength", line: 2 });
    expect(report.output.mrzParsed).toBe(false);
    expect(report.output.age).toBe(35);
  });

  it("reports expiry and under age together", async () => {
    const minor = { ...passport, birthDate: "2008-03-16", expiryDate: "2026-03-14" };
    const report = await runFor(makeApplicant({ birthDate: minor.birthDate, document: { mrz: buildTd3Mrz(minor) } }));
    expect(codesOf(report.findings)).toEqual(["DOC_EXPIRED", "APPLICANT_UNDER_AGE"]);
    expect(report.output.expired).toBe(true);
    expect(report.output.age).toBe(17);
  });

  it("accepts an 18th birthday and expiry on the application date", async () => {
    const adult = { ...passport, birthDate: "2008-03-15", expiryDate: APPLICATION_DATE };
    const report = await runFor(makeApplicant({ birthDate: adult.birthDate, document: { mrz: buildTd3Mrz(adult) } }));
    expect(report.findings).toEqual([]);
    expect(report.output.age).toBe(18);
    expect(report.output.expired).toBe(false);
  });

  it("flags the ICAO specimen outside demo", async () => {
    const specimen = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
    const applicant = makeApplicant({ name: { given: "Anna Maria", family: "Eriksson" }, birthDate: "1974-08-12", nationality: "SE", document: { mrz: specimen } });

    const strict = await runFor(applicant);
    expect(codesOf(strict.findings)).toEqual(["DOC_EXPIRED", "DOC_SPECIMEN_STATE"]);
    expect(strict.findings[1]?.severity).toBe("high");
    expect(strict.output.specimen).toBe(true);
    expect(strict.output.nationalityMatches).toBeNull();

    const demo = await runFor(applicant, false, { demo: true });
    const specimenFinding = demo.findings.find((finding) => finding.code === "DOC_SPECIMEN_STATE");
    expect(specimenFinding?.severity).toBe("info");
    expect(specimenFinding?.evidence).toMatchObject({ accepted: "demo", acceptedInDemo: true });
  });
});

describe("idDocumentTool run with printed document", () => {
  const printed = { type: "passport" as const, number: "x1234567", issuingCountry: "de", expiryDate: "2030-01-01" };

  it("refers a valid document for inspection", async () => {
    const report = await runFor(makeApplicant({ document: printed }));
    expect(codesOf(report.findings)).toEqual(["DOC_NOT_MACHINE_VERIFIED"]);
    expect(report.output).toMatchObject({
      source: "printed",
      mrzParsed: false,
      format: null,
      documentType: "passport",
      issuingState: "DE",
      documentNumberMasked: "*****567",
      checkDigitsValid: null,
      expired: false,
      age: 35,
    });
  });

  it("rejects malformed numbers by rule", async () => {
    const cases = [
      ["   ", "empty"],
      ["AB-123", "characters"],
      ["A".repeat(21), "maxLength"],
    ] as const;
    for (const [number, rule] of cases) {
      const report = await runFor(makeApplicant({ document: { ...printed, number } }));
      expect(codesOf(report.findings), rule).toEqual(["DOC_NUMBER_INVALID", "DOC_NOT_MACHINE_VERIFIED"]);
      expect(report.findings[0]?.evidence.rule).toBe(rule);
      expect(report.output.invalidFields).toEqual(["documentNumber"]);
    }
  });

  it("checks expiry, age and specimen country", async () => {
    const report = await runFor(makeApplicant({ birthDate: "2010-01-01", document: { ...printed, issuingCountry: "UTO", expiryDate: "2020-01-01" } }));
    expect(codesOf(report.findings)).toEqual(["DOC_EXPIRED", "DOC_SPECIMEN_STATE", "APPLICANT_UNDER_AGE", "DOC_NOT_MACHINE_VERIFIED"]);
  });
});

describe("idDocumentTool tax id", () => {
  it("skips the tax id unless asked", async () => {
    const report = await runFor(makeApplicant({ taxId: { type: "SSN", value: "000-12-3456" } }), false);
    expect(report.findings).toEqual([]);
    expect(report.output.taxId).toBe("notRequested");
  });

  it("reports a missing tax id as not provided", async () => {
    const report = await runFor(makeApplicant({ taxId: null }), true);
    expect(report.output.taxId).toBe("notProvided");
  });

  it("reports invalid and test numbers", async () => {
    const invalid = await runFor(makeApplicant({ taxId: { type: "ITIN", value: "912-89-1234" } }), true);
    expect(codesOf(invalid.findings)).toEqual(["TAX_ID_INVALID"]);
    expect(invalid.output.taxId).toBe("invalid");

    const test = await runFor(makeApplicant({ taxId: { type: "SSN", value: "219-09-9999" } }), true);
    expect(codesOf(test.findings)).toEqual(["TAX_ID_TEST_NUMBER"]);
    expect(test.output.taxId).toBe("testNumber");
  });
});

describe("idDocumentTool errors and logs", () => {
  it("rejects a request without applicant", async () => {
    const context = { ...makeContext(makeApplicant()), request: { kind: "payment" } as unknown as CheckRequest };
    const failure = await idDocumentTool.run({ subject: "applicant", verifyTaxId: false }, context).catch((error: unknown) => error);
    expect(CheckgraphError.isInstance(failure)).toBe(true);
    expect((failure as CheckgraphError).code).toBe("INVALID_PLAN");
    expect((failure as CheckgraphError).message).toContain("task-id got a payment request");
  });

  it("logs finding codes without personal data", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "debug" }, { write: (line: string) => lines.push(line) });
    const applicant = makeApplicant({ name: { given: "Jörg Peter", family: "Schmidt" }, taxId: { type: "SSN", value: "123-45-6789" } });
    await idDocumentTool.run({ subject: "applicant", verifyTaxId: true }, { ...makeContext(applicant), logger });

    expect(lines).toHaveLength(1);
    const logged = lines.join("");
    expect(logged).toContain("DOC_NAME_MISMATCH");
    expect(logged).toContain("TAX_ID_TEST_NUMBER");
    expect(logged).not.toMatch(/schmidt/i);
    expect(logged).not.toContain("1990-05-17");
    expect(logged).not.toContain("6789");
    expect(logged).not.toContain("C01X00T47");
  });
});

describe("idDocumentTool cancellation", () => {
  it("stops when the run is aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("deadline passed"));
    await expect(idDocumentTool.run({ subject: "applicant", verifyTaxId: false }, makeContext(makeApplicant(), {}, controller.signal))).rejects.toThrow(
      "deadline passed",
    );
  });
});
