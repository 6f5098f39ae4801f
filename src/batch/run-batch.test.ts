import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunJson } from "../cli/run-json.js";
import type { CheckRequest } from "../request/check-request.js";
import { buildSyntheticApplicants } from "./synthetic-batch.js";
import { runBatch } from "./run-batch.js";

let directory: string;
let inputPath: string;
let outputPath: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "checkgraph-batch-test-"));
  inputPath = join(directory, "input.jsonl");
  outputPath = join(directory, "input.results.jsonl");
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

function writeInput(rows: string[]): void {
  writeFileSync(inputPath, rows.join("\n") + "\n");
}

/** A runner that returns a minimal run per request and records which references it ran. */
function stubRunner() {
  const ran: string[] = [];
  const runRequest = async (request: CheckRequest): Promise<RunJson> => {
    ran.push(request.reference ?? "");
    return { version: 1, reference: request.reference ?? null, decision: { outcome: "approve" } } as unknown as RunJson;
  };
  return { ran, runRequest };
}

function readOutput(): Array<Record<string, unknown>> {
  return readFileSync(outputPath, "utf8").trim().split("\n").map((row) => JSON.parse(row) as Record<string, unknown>);
}

const REQUESTS = buildSyntheticApplicants(4).map((request) => JSON.stringify(request));

describe("runBatch", () => {
  it("writes one line per request", async () => {
    writeInput(REQUESTS);
    const { runRequest } = stubRunner();
    const summary = await runBatch({ inputPath, outputPath, concurrency: 2, runRequest });

    expect(summary.written).toBe(4);
    expect(readOutput().map((row) => row.line).sort()).toEqual([1, 2, 3, 4]);
    expect(readOutput()[0]).toHaveProperty("reference");
  });

  it("skips lines answered by an earlier run", async () => {
    writeInput(REQUESTS);
    appendFileSync(outputPath, `${JSON.stringify({ line: 2, reference: "synthetic-2" })}\n`);
    const { ran, runRequest } = stubRunner();
    const summary = await runBatch({ inputPath, outputPath, concurrency: 2, runRequest });

    expect(summary.alreadyAnswered).toBe(1);
    expect(ran.sort()).toEqual(["synthetic-1", "synthetic-3", "synthetic-4"]);
    expect(readOutput()).toHaveLength(4);
  });

  it("drops a line cut off by a crash", async () => {
    writeInput(REQUESTS);
    appendFileSync(outputPath, `${JSON.stringify({ line: 1 })}\n{"line": 2, "refer`);
    const { ran, runRequest } = stubRunner();
    await runBatch({ inputPath, outputPath, concurrency: 1, runRequest });

    expect(ran).toEqual(["synthetic-2", "synthetic-3", "synthetic-4"]);
    expect(readOutput().map((row) => row.line)).toEqual([1, 2, 3, 4]);
  });

  it("reports invalid lines and runs the rest", async () => {
    const missingProduct = JSON.stringify({ ...JSON.parse(REQUESTS[1]!), product: undefined });
    writeInput([REQUESTS[0]!, missingProduct, "{not json", REQUESTS[3]!]);
    const invalid: Array<{ line: number; fields: string[] }> = [];
    const { runRequest } = stubRunner();
    const summary = await runBatch({
      inputPath, outputPath, concurrency: 2, runRequest,
      onInvalidLine: (line, issues) => invalid.push({ line, fields: issues.map((issue) => issue.field) }),
    });

    expect(invalid).toEqual([{ line: 2, fields: ["product"] }, { line: 3, fields: ["(line)"] }]);
    expect(summary.invalidLines).toEqual([2, 3]);
    expect(readOutput().map((row) => row.line).sort()).toEqual([1, 4]);
  });

  it("writes a failed run with its error", async () => {
    writeInput(REQUESTS.slice(0, 1));
    const summary = await runBatch({
      inputPath, outputPath, concurrency: 1,
      runRequest: async () => {
        throw new Error("applicant Jordan Whitfield broke it");
      },
    });
    const [row] = readOutput();

    expect(summary.errors).toBe(1);
    expect(row).toMatchObject({ line: 1, error: { code: "INTERNAL" } });
    expect(JSON.stringify(row)).not.toContain("Whitfield");
  });

  it("stops starting requests on abort", async () => {
    writeInput(REQUESTS);
    const stopper = new AbortController();
    const { ran, runRequest } = stubRunner();
    const summary = await runBatch({ inputPath, outputPath, concurrency: 1, runRequest, signal: stopper.signal, onProgress: () => stopper.abort() });

    expect(ran).toHaveLength(1);
    expect(summary.stopped).toBe(true);
  });

  it("rejects a concurrency of 0", async () => {
    writeInput(REQUESTS);
    await expect(runBatch({ inputPath, outputPath, concurrency: 0, runRequest: stubRunner().runRequest })).rejects.toThrow(/concurrency 0/);
  });
});
