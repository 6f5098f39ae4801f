import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../testing/shared-data.js";

const CLI = join(REPOSITORY_ROOT, "src", "cli", "main.ts");

function runCli(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: REPOSITORY_ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, CHECKGRAPH_LOG_LEVEL: "silent", OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHECKGRAPH_MODEL: "", ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("checkgraph CLI", () => {
  it("rejects a bad request with exit code 2", () => {
    const request = {
      kind: "onboarding",
      applicant: { name: { given: "Ada" }, birthDate: "12/08/1974", nationality: "GB", address: { line1: "1 High St", city: "Leeds", postalCode: "LS1 1AA", country: "GB" }, document: { mrz: ["P<GBR"] } },
      product: "deposit",
    };
    const result = runCli(["run", "-"], JSON.stringify(request));

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("applicant.name.family: missing");
    expect(result.stderr).toContain("applicant.birthDate: expected a date as YYYY-MM-DD. Fix: write the date as YYYY-MM-DD");
    expect(result.stderr).toContain("applicant.document.mrz");
    // Nothing ran: no plan, no checks, no decision on standard output.
    expect(result.stdout).toBe("");
  });

  it("reports invalid JSON with the file name", () => {
    const dir = mkdtempSync(join(tmpdir(), "checkgraph-cli-"));
    const file = join(dir, "broken.json");
    writeFileSync(file, '{"kind": "onboarding",');
    const result = runCli(["run", file, "--json"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}: invalid JSON`);
    expect(JSON.parse(result.stdout).error.code).toBe("INVALID_INPUT");
  });

  it("reports a missing file", () => {
    const result = runCli(["run", "no-such-request.json"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no-such-request.json: cannot read: file not found");
  });

  it("prints the documented JSON for an example", () => {
    const result = runCli(["run", "examples/expired-passport.json", "--json", "--demo"]);
    expect(result.status).toBe(0);
    const run = JSON.parse(result.stdout);

    expect(run.version).toBe(1);
    expect(run.decision.outcome).toBe("refer");
    expect(run.decision.reasons.map((reason: { code: string }) => reason.code)).toContain("DOC_EXPIRED");
    expect(run.decision.plannedBy).toBe("offline/rules-v1");
    expect(run.checks.map((check: { tool: string }) => check.tool).sort()).toEqual(["address", "idDocument", "sanctions"]);
    expect(run.notices).toHaveLength(1);
  });

  it("refers when no sanctions list is configured", () => {
    const result = runCli(["run", "examples/clean-applicant.json", "--json"], undefined, { SANCTIONS_LISTS_DIR: "", CHECKGRAPH_DEMO: "" });
    const run = JSON.parse(result.stdout);

    expect(result.status).toBe(0);
    expect(run.decision.outcome).toBe("refer");
    const screening = run.checks.find((check: { tool: string }) => check.tool === "sanctions");
    expect(screening.status).toBe("failed");
    expect(screening.error.message).toContain("SANCTIONS_LISTS_DIR");
  });

  it("streams progress as checks start and finish", () => {
    const result = runCli(["run", "examples/clean-applicant.json", "--demo", "--progress"]);
    const lines = result.stderr.trim().split("\n");
    const firstFinish = lines.findIndex((line) => line.startsWith("✓") || line.startsWith("✗"));

    expect(result.status).toBe(0);
    expect(lines.filter((line) => line.startsWith("▶"))).toHaveLength(4);
    expect(lines.slice(0, firstFinish).filter((line) => line.startsWith("▶"))).toHaveLength(4);
    expect(lines[lines.length - 1]).toBe("= decision: APPROVE");
  });

  it("runs the bundled examples to their expected decisions", () => {
    const result = runCli(["examples", "--demo"], undefined, { SANCTIONS_LISTS_DIR: "" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("3 of 3 examples reached their expected decision.");
    expect(result.stdout).toContain("Timeline:");
    expect(result.stdout).toContain("Planned by offline/rules-v1");
  });
});
