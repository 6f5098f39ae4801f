import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadSettings, type Settings } from "../../src/config/settings.js";
import { createCaptureLogger } from "../../src/gateway/capture-logger.js";
import { createDefaultGateway } from "../../src/gateway/default-gateway.js";
import { VendorError } from "../../src/gateway/vendor-error.js";
import { OnboardingRequestSchema, type OnboardingRequest } from "../../src/request/onboarding-request.js";
import { startVendorSandbox, type VendorSandbox } from "../../src/sandbox/vendor-sandbox.js";
import type { ToolContext } from "../../src/tools/contract.js";
import { creditBureauTool } from "./index.js";

const REPORTS_ROUTE = "POST /bureau-a/v1/credit-reports";

let sandbox: VendorSandbox;

beforeAll(async () => {
  sandbox = await startVendorSandbox({ port: 0 });
});

afterAll(async () => {
  await sandbox.close();
});

afterEach(() => {
  sandbox.clearFaults();
  sandbox.resetStats();
});

// Synthetic applicant: every value is invented for these tests.
function buildRequest(overrides: { ssn?: string | null; product?: "credit" | "deposit"; taxIdType?: "SSN" | "ITIN" } = {}): OnboardingRequest {
  const ssn = overrides.ssn === undefined ? "123-45-7600" : overrides.ssn;
  return OnboardingRequestSchema.parse({
    kind: "onboarding",
    reference: "app-test-1",
    applicant: {
      name: { given: "Morwenna", family: "Ashcombe" },
      birthDate: "1979-11-23",
      nationality: "US",
      address: { line1: "42 Elm Street", city: "Portland", region: "OR", postalCode: "97201", country: "US" },
      taxId: ssn === null ? null : { type: overrides.taxIdType ?? "SSN", value: ssn },
      document: { type: "passport", number: "X1234567", issuingCountry: "USA", expiryDate: "2031-01-01" },
    },
    product: overrides.product ?? "credit",
    customerTier: 1,
  });
}

function buildContext(request: OnboardingRequest, options: { idempotencyKey: string; settings?: Partial<Settings> }) {
  const settings: Settings = { ...loadSettings({}), ...options.settings };
  const capture = createCaptureLogger({ runId: "run-credit", taskId: "task-credit" });
  const gateway = createDefaultGateway(settings, sandbox.url);
  const signal = new AbortController().signal;
  const vendor = gateway.forTask({ runId: "run-credit", taskId: "task-credit", tier: request.customerTier, signal, logger: capture.logger });
  const context: ToolContext = {
    runId: "run-credit",
    taskId: "task-credit",
    request,
    applicationDate: "2025-06-01",
    signal,
    logger: capture.logger,
    vendor,
    idempotencyKey: options.idempotencyKey,
    settings,
  };
  return { context, capture, gateway };
}

const INPUT = { subject: "applicant", purpose: "account_opening" } as const;

describe("creditBureau personas", () => {
  const cases = [
    { persona: "good score", ssn: "123-45-7600", codes: [], score: 760, fileStatus: "active" },
    { persona: "thin file", ssn: "123-45-0101", codes: ["CREDIT_THIN_FILE"], score: null, fileStatus: "thin" },
    { persona: "fraud alert", ssn: "123-45-4040", codes: ["CREDIT_FRAUD_ALERT"], score: 705, fileStatus: "active" },
    { persona: "low score", ssn: "123-45-5400", codes: ["CREDIT_SCORE_BELOW_MINIMUM"], score: 540, fileStatus: "active" },
    { persona: "unknown subject", ssn: "123-45-4004", codes: ["CREDIT_SUBJECT_NOT_FOUND"], score: null, fileStatus: "not_found" },
  ] as const;

  it.each(cases)("reports the $persona persona", async ({ persona, ssn, codes, score, fileStatus }) => {
    const { context } = buildContext(buildRequest({ ssn }), { idempotencyKey: `key-persona-${persona.replaceAll(" ", "-")}` });
    const report = await creditBureauTool.run(INPUT, context);

    expect(report.findings.map((finding) => finding.code)).toEqual(codes);
    expect(report.output.score).toBe(score);
    expect(report.output.fileStatus).toBe(fileStatus);
    expect(report.output.vendor).toBe("bureau-a");
    expect(report.output.pulled).toBe(true);
    expect(creditBureauTool.output.safeParse(report.output).success).toBe(true);
  });

  it("reports fraud alert types", async () => {
    const { context } = buildContext(buildRequest({ ssn: "123-45-4040" }), { idempotencyKey: "key-fraud-types" });
    const report = await creditBureauTool.run(INPUT, context);

    expect(report.output.alerts).toEqual([{ type: "initial_fraud_alert", placedOn: "2025-01-15" }]);
    expect(report.findings[0]?.severity).toBe("high");
  });

  it("passes a derived profile", async () => {
    const { context } = buildContext(buildRequest({ ssn: "231-56-8812" }), { idempotencyKey: "key-derived" });
    const report = await creditBureauTool.run(INPUT, context);

    expect(report.findings).toEqual([]);
    expect(report.output.score).toBeGreaterThanOrEqual(640);
    expect(report.output.tradelineCount).toBeGreaterThanOrEqual(3);
  });

  it("accepts an ITIN", async () => {
    const { context } = buildContext(buildRequest({ ssn: "912-70-7600", taxIdType: "ITIN" }), { idempotencyKey: "key-itin" });
    const report = await creditBureauTool.run(INPUT, context);

    expect(report.output.score).toBe(760);
  });

  it("applies the configured minimum score", async () => {
    const { context } = buildContext(buildRequest(), { idempotencyKey: "key-minimum", settings: { minimumCreditScore: 800 } });
    const report = await creditBureauTool.run(INPUT, context);
    const finding = report.findings.find((item) => item.code === "CREDIT_SCORE_BELOW_MINIMUM");

    expect(finding?.evidence).toMatchObject({ score: 760, minimumScore: 800 });
  });
});

describe("creditBureau applicability", () => {
  it("skips a deposit product without a call", async () => {
    const { context, gateway } = buildContext(buildRequest({ product: "deposit" }), { idempotencyKey: "key-deposit" });
    const report = await creditBureauTool.run(INPUT, context);

    expect(report.findings.map((finding) => finding.code)).toEqual(["CREDIT_NOT_APPLICABLE"]);
    expect(report.findings[0]?.severity).toBe("info");
    expect(report.output.pulled).toBe(false);
    expect(sandbox.stats().log).toHaveLength(0);
    expect(gateway.usage()).toEqual({});
  });

  it("skips an applicant without a tax id", async () => {
    const { context } = buildContext(buildRequest({ ssn: null }), { idempotencyKey: "key-no-tax-id" });
    const report = await creditBureauTool.run(INPUT, context);

    expect(report.findings[0]?.code).toBe("CREDIT_NOT_APPLICABLE");
    expect(report.findings[0]?.evidence.reason).toBe("no_us_tax_id");
    expect(sandbox.stats().log).toHaveLength(0);
  });
});

describe("creditBureau vendor calls", () => {
  it("bills one pull per applicant, purpose and day", async () => {
    const first = buildContext(buildRequest(), { idempotencyKey: "unused-task-key-1" });
    const second = buildContext(buildRequest(), { idempotencyKey: "unused-task-key-2" });
    // The sandbox keeps every report it served, so a day no other test uses makes the first pull billable.
    first.context.applicationDate = "2025-07-01";
    second.context.applicationDate = "2025-07-01";
    const firstReport = await creditBureauTool.run(INPUT, first.context);
    const secondReport = await creditBureauTool.run(INPUT, second.context);
    const keys = sandbox.stats().log.filter((record) => record.route === REPORTS_ROUTE).map((record) => record.idempotencyKey);

    expect(secondReport.output.reportId).toBe(firstReport.output.reportId);
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBe(2);
    expect(new Set(keys).size).toBe(1);
    expect(sandbox.stats().billablePullCount).toBe(1);
  });

  it("pulls again for another purpose or day", async () => {
    const base = buildContext(buildRequest(), { idempotencyKey: "unused-task-key" });
    const otherDay = buildContext(buildRequest(), { idempotencyKey: "unused-task-key" });
    base.context.applicationDate = "2025-08-01";
    otherDay.context.applicationDate = "2025-08-02";
    await creditBureauTool.run(INPUT, base.context);
    await creditBureauTool.run({ ...INPUT, purpose: "credit_application" }, base.context);
    await creditBureauTool.run(INPUT, otherDay.context);

    expect(sandbox.stats().billablePullCount).toBe(3);
  });

  it("keeps the SSN out of the idempotency key", async () => {
    const { context } = buildContext(buildRequest(), { idempotencyKey: "unused-task-key" });
    await creditBureauTool.run(INPUT, context);
    const key = sandbox.stats().log.find((record) => record.route === REPORTS_ROUTE)?.idempotencyKey ?? "";

    expect(key).toMatch(/^cp-[0-9a-f]{40}$/);
    expect(key).not.toContain("7600");
  });

  it("refers instead of passing the run budget", async () => {
    const { context } = buildContext(buildRequest(), { idempotencyKey: "unused-task-key", settings: { vendorBudgetPerRun: 0.25 } });
    const bound = createDefaultGateway(context.settings, sandbox.url).forTask({
      runId: "run-budget", taskId: "task-credit", tier: 1, signal: context.signal, logger: context.logger, runBudget: 0.25,
    });
    const report = await creditBureauTool.run(INPUT, { ...context, vendor: bound });

    expect(report.findings.map((finding) => finding.code)).toEqual(["VENDOR_BUDGET_EXCEEDED"]);
    expect(report.output.pulled).toBe(false);
    expect(sandbox.stats().requests[REPORTS_ROUTE]).toBeUndefined();
    expect(sandbox.stats().billablePullCount).toBe(0);
  });

  it("uses the settings' client credentials", async () => {
    const { context } = buildContext(buildRequest(), { idempotencyKey: "key-bad-secret", settings: { bureauClientSecret: "not-the-secret" } });
    const error = await creditBureauTool.run(INPUT, context).catch((thrown: unknown) => thrown);

    expect(VendorError.isVendorError(error)).toBe(true);
    expect((error as VendorError).status).toBe(401);
    expect((error as VendorError).operation).toBe("token");
  });

  it("falls back to bureau-b", async () => {
    sandbox.setFaults("bureau-a", { failNextRequests: 10, status: 503, operation: "credit-report" });
    const { context } = buildContext(buildRequest(), { idempotencyKey: "key-tool-fallback" });
    const report = await creditBureauTool.run(INPUT, context);

    expect(report.output.vendor).toBe("bureau-b");
    expect(report.output.score).toBe(760);
  });

  it("keeps PII out of output and logs", async () => {
    sandbox.setFaults("bureau-a", { failNextRequests: 1, status: 503, operation: "credit-report" });
    const request = buildRequest({ ssn: "123-45-4040" });
    const { context, capture } = buildContext(request, { idempotencyKey: "key-tool-pii" });
    const report = await creditBureauTool.run(INPUT, context);
    const texts = [JSON.stringify(report), ...capture.lines];

    expect(capture.lines.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toContain("123-45-4040");
      expect(text).not.toContain("123454040");
      expect(text).not.toContain(request.applicant.birthDate);
      expect(text).not.toContain(request.applicant.name.given);
      expect(text).not.toContain(request.applicant.name.family);
    }
  });
});

describe("creditBureau tool definition", () => {
  it("declares its name, node and vendor", () => {
    expect(creditBureauTool.name).toBe("creditBureau");
    expect(creditBureauTool.node).toBe("creditBureau");
    expect(creditBureauTool.vendor).toBe("bureau-a");
    expect(creditBureauTool.description).toMatch(/credit products/);
    expect(creditBureauTool.description).toMatch(/SSN or ITIN/);
  });

  it("rejects an unknown purpose", () => {
    expect(creditBureauTool.input.safeParse({ subject: "applicant", purpose: "marketing" }).success).toBe(false);
  });

  it("requires a bureau or sandbox URL", () => {
    expect(() => createDefaultGateway({ ...loadSettings({}), bureauUrl: null }, null)).toThrow(/CHECKGRAPH_BUREAU_URL/);
  });
});
