import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestHttpServer } from "../src/testing/msw-server.js";
import { readFixture } from "./fixture-files.js";
import { buildChatCompletion, fromServerSentEvents, toServerSentEvents } from "./openai-wire-format.js";
import { promoteFixtures } from "./promote-fixtures.js";
import { createRecorder } from "./record-fixtures.js";

const PLAN_TEXT = JSON.stringify({ tasks: [], rationale: "stand-in plan" });
const NARRATION = "Refer: the stand-in server says so.";
const metadata = { id: "chatcmpl-standin", model: "gpt-4o-mini", created: 1793577600, promptTokens: 11, completionTokens: 7 };

// A stand-in for the live model on 127.0.0.1: JSON for plain requests, SSE for streamed ones.
const seenBodies: { stream?: boolean }[] = [];
let standIn: Server;
let baseUrl = "";
const work = mkdtempSync(join(tmpdir(), "checkgraph-record-"));
let recorder: ReturnType<typeof createRecorder>;
let http: ReturnType<typeof createTestHttpServer>;

beforeAll(async () => {
  standIn = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      const body = JSON.parse(raw) as { stream?: boolean };
      seenBodies.push(body);
      if (body.stream) {
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.end(toServerSentEvents(buildChatCompletion(NARRATION, metadata), 5));
        return;
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(buildChatCompletion(PLAN_TEXT, metadata)));
    });
  });
  await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(standIn.address() as { port: number }).port}/v1`;
  recorder = createRecorder({ baseUrl, candidatesRoot: join(work, "candidates"), model: "gpt-4o-mini", now: () => new Date("2026-11-02T10:00:00Z") });
  http = createTestHttpServer(recorder.handler);
  http.listen();
});

afterAll(async () => {
  http.server.close();
  await new Promise((resolve) => standIn.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

async function post(body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${baseUrl}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return response.text();
}

describe("wire format", () => {
  it("round-trips a completion through SSE", () => {
    const completion = buildChatCompletion("A longer answer split into several chunks.", metadata);
    expect(fromServerSentEvents(toServerSentEvents(completion, 4))).toEqual(completion);
  });

  it("stores the same answer in both forms for every fixture", () => {
    const root = join(import.meta.dirname, "fixtures");
    const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const entry of cases) {
      const { manifest, answers } = readFixture(root, entry.name);
      expect(manifest.provenance).toBe("hand-authored");
      for (const answer of answers) expect(fromServerSentEvents(answer.sse)).toEqual(JSON.parse(answer.json));
    }
  });
});

describe("createRecorder", () => {
  it("forwards, keeps and writes a candidate", async () => {
    recorder.startCase("recorded-case");
    const planAnswer = await post({ model: "gpt-4o-mini", messages: [], response_format: { type: "json_schema", json_schema: { name: "plan" } } });
    const narrationAnswer = await post({ model: "gpt-4o-mini", messages: [], stream: true });
    recorder.finishCase("recorded-case");

    expect(seenBodies).toHaveLength(2);
    expect(JSON.parse(planAnswer).choices[0].message.content).toBe(PLAN_TEXT);
    expect(fromServerSentEvents(narrationAnswer).choices[0]!.message.content).toBe(NARRATION);
    const { manifest, answers } = readFixture(join(work, "candidates"), "recorded-case");
    expect(manifest.provenance).toBe("recorded");
    expect(manifest.reviewed).toBe(false);
    expect(manifest.recordedAt).toBe("2026-11-02T10:00:00.000Z");
    expect(manifest.calls.map((call) => [call.role, call.jsonSource, call.sseSource])).toEqual([
      ["planner", "recorded", "derived"],
      ["narrator", "derived", "recorded"],
    ]);
    expect(answers[1]!.sse).toBe(narrationAnswer);
    expect(recorder.written()).toEqual(["recorded-case"]);
  });

  it("promotes only reviewed candidates", () => {
    const candidates = join(work, "candidates");
    const fixtures = join(work, "fixtures");
    expect(promoteFixtures(candidates, fixtures)).toEqual({ promoted: [], unreviewed: ["recorded-case"] });

    const manifestPath = join(candidates, "recorded-case", "fixture.json");
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, "utf8")), reviewed: true }));
    expect(promoteFixtures(candidates, fixtures)).toEqual({ promoted: ["recorded-case"], unreviewed: [] });
    expect(readFixture(fixtures, "recorded-case").answers.map((answer) => answer.role)).toEqual(["planner", "narrator"]);
    expect(readdirSync(candidates)).toEqual([]);
  });
});
