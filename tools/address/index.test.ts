import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/settings.js";
import type { Address, OnboardingRequest } from "../../src/request/onboarding-request.js";
import type { ToolContext } from "../../src/tools/contract.js";
import { REASON_CODES } from "../../src/policy/reason-codes.js";
import { addressTool } from "./index.js";

function onboardingRequest(address: Address): OnboardingRequest {
  return {
    kind: "onboarding",
    reference: "app-0001",
    applicant: {
      name: { given: "Jordan", family: "Example" },
      birthDate: "1990-04-01",
      nationality: "US",
      address,
      taxId: null,
      document: { type: "passport", number: "X1234567", issuingCountry: "USA", expiryDate: "2030-01-01" },
    },
    product: "deposit",
    customerTier: 2,
    applicationDate: "2025-01-15",
  };
}

/** Builds a context whose vendor client throws, because the address check must not call a vendor. */
function contextFor(address: Address, options: { signal?: AbortSignal } = {}): { context: ToolContext; logLines: string[] } {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const context: ToolContext = {
    runId: "run-1",
    taskId: "task-address",
    request: onboardingRequest(address),
    applicationDate: "2025-01-15",
    signal: options.signal ?? new AbortController().signal,
    logger: pino({ level: "debug" }, sink),
    vendor: {
      request: () => {
        throw new Error("The address check called the vendor gateway, but it must run offline.");
      },
      usage: () => ({}),
    },
    idempotencyKey: "run-1:task-address",
    settings: loadSettings({}),
  };
  return { context, logLines };
}

const cases: { name: string; address: Address; codes: string[]; singleLine: string }[] = [
  {
    name: "standard US address",
    address: { line1: "9 RODEO DR", line2: null, city: "BEVERLY HILLS", region: "CA", postalCode: "90210", country: "US" },
    codes: [],
    singleLine: "9 RODEO DR, BEVERLY HILLS CA 90210",
  },
  {
    name: "US address needing standardisation",
    address: { line1: "9 Rodeo Drive", line2: "Suite 4", city: "Beverly Hills", region: "California", postalCode: "90210-1234", country: "US" },
    codes: ["ADDRESS_STANDARDISED"],
    singleLine: "9 RODEO DR STE 4, BEVERLY HILLS CA 90210-1234",
  },
  {
    name: "ZIP code in another state",
    address: { line1: "9 Rodeo Dr", line2: null, city: "Beverly Hills", region: "NY", postalCode: "90210", country: "US" },
    codes: ["ADDRESS_REGION_MISMATCH", "ADDRESS_STANDARDISED"],
    singleLine: "9 RODEO DR, BEVERLY HILLS NY 90210",
  },
  {
    name: "unknown ZIP code",
    address: { line1: "1 MAIN ST", line2: null, city: "NOWHERE", region: "NY", postalCode: "00000", country: "US" },
    codes: ["ADDRESS_ZIP_UNKNOWN"],
    singleLine: "1 MAIN ST, NOWHERE NY 00000",
  },
  {
    name: "UK address",
    address: { line1: "10 Downing Street", line2: null, city: "London", region: null, postalCode: "sw1a2aa", country: "GB" },
    codes: ["ADDRESS_STANDARDISED"],
    singleLine: "10 DOWNING STREET, LONDON, SW1A 2AA",
  },
  {
    name: "invalid UK postcode",
    address: { line1: "10 DOWNING STREET", line2: null, city: "LONDON", region: null, postalCode: "Q1 1AA", country: "GB" },
    codes: ["ADDRESS_POSTCODE_INVALID"],
    singleLine: "10 DOWNING STREET, LONDON, Q1 1AA",
  },
];

describe("addressTool", () => {
  it("declares its name, node and schemas", () => {
    expect(addressTool.name).toBe("address");
    expect(addressTool.node).toBe("address");
    expect(addressTool.vendor).toBeUndefined();
    expect(addressTool.description.length).toBeGreaterThan(20);
    expect(addressTool.input.safeParse({ subject: "applicant" }).success).toBe(true);
    expect(addressTool.input.safeParse({ subject: "spouse" }).success).toBe(false);
    expect(addressTool.input.safeParse({}).success).toBe(false);
  });

  it.each(cases)("reports $name", async ({ address, codes, singleLine }) => {
    const { context } = contextFor(address);
    const report = await addressTool.run({ subject: "applicant" }, context);

    expect(report.findings.map((finding) => finding.code)).toEqual(codes);
    expect(report.output.singleLine).toBe(singleLine);
    expect(report.output.changed).toBe(codes.includes("ADDRESS_STANDARDISED"));
    expect(addressTool.output.safeParse(report.output).success).toBe(true);
  });

  it("carries the standard form in the ADDRESS_STANDARDISED evidence", async () => {
    const { context } = contextFor(cases[1]!.address);
    const report = await addressTool.run({ subject: "applicant" }, context);
    const standardised = report.findings.find((finding) => finding.code === "ADDRESS_STANDARDISED");
    expect(standardised?.severity).toBe("info");
    expect(standardised?.evidence).toEqual({ standardForm: "9 RODEO DR STE 4, BEVERLY HILLS CA 90210-1234" });
  });

  it("uses only reason codes from the policy table", async () => {
    for (const { address } of cases) {
      const report = await addressTool.run({ subject: "applicant" }, contextFor(address).context);
      for (const finding of report.findings) expect(REASON_CODES).toHaveProperty(finding.code);
    }
    expect(REASON_CODES.ADDRESS_ZIP_UNKNOWN.effect).toBe("refer");
    expect(REASON_CODES.ADDRESS_CITY_MISMATCH.effect).toBe("none");
  });

  it("logs no address or applicant data", async () => {
    const { context, logLines } = contextFor({
      line1: "742 Evergreen Terrace",
      line2: null,
      city: "Springfield",
      region: "OR",
      postalCode: "97477",
      country: "US",
    });
    await addressTool.run({ subject: "applicant" }, context);

    const log = logLines.join("");
    expect(logLines.length).toBeGreaterThan(0);
    for (const secret of ["Evergreen", "EVERGREEN", "742", "Springfield", "SPRINGFIELD", "97477", "Jordan", "1990-04-01"]) {
      expect(log).not.toContain(secret);
    }
  });

  it("stops when the run is aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("deadline passed"));
    const { context } = contextFor(cases[0]!.address, { signal: controller.signal });
    await expect(addressTool.run({ subject: "applicant" }, context)).rejects.toThrow("deadline passed");
  });
});
