import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { toServerSentEvents, type ChatCompletionJson } from "./openai-wire-format.js";

/** The model calls a run makes, identified by the request's structured-output schema name. */
export const MODEL_CALL_ROLES = ["extractor", "planner", "narrator"] as const;
export type ModelCallRole = (typeof MODEL_CALL_ROLES)[number];

/** `fixture.json` of one case: where its answers came from and the files of each model call in order. */
export const FixtureManifestSchema = z.strictObject({
  caseId: z.string(),
  /** `hand-authored`: written by a person, not produced by a model; `recorded`: captured from a live model. */
  provenance: z.enum(["hand-authored", "recorded"]),
  model: z.string(),
  /** What the fixture shows, and for misbehaving answers which guard it exercises. */
  note: z.string(),
  /** Set by a reviewer on a recorded candidate; `npm run evals:promote` copies only reviewed candidates. */
  reviewed: z.boolean(),
  recordedAt: z.string().nullable(),
  calls: z.array(
    z.strictObject({
      role: z.enum(MODEL_CALL_ROLES),
      /** The JSON answer, served when the request did not set `stream`. */
      json: z.string(),
      /** The same answer as server-sent events, served when the request set `stream: true`. */
      sse: z.string(),
      /** `derived` when this file's form was converted from the other form rather than recorded. */
      sseSource: z.enum(["authored", "recorded", "derived"]),
      jsonSource: z.enum(["authored", "recorded", "derived"]),
    }),
  ),
});
export type FixtureManifest = z.infer<typeof FixtureManifestSchema>;

/** One model answer of a case, loaded for replay. */
export interface FixtureAnswer {
  role: ModelCallRole;
  json: string;
  sse: string;
}

/** Reads a case's manifest and answer files; throws naming the file when one is missing or invalid. */
export function readFixture(root: string, caseId: string): { manifest: FixtureManifest; answers: FixtureAnswer[] } {
  const folder = join(root, caseId);
  const manifestPath = join(folder, "fixture.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read the fixture of case ${caseId} at ${manifestPath}: ${(error as Error).message}. Fix: write it (evals/authoring) or record it (npm run evals -- --record).`);
  }
  const parsed = FixtureManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid fixture manifest ${manifestPath}: ${issue.path.join(".")}: ${issue.message}. Fix: compare it with evals/fixture-files.ts.`);
  }
  const answers = parsed.data.calls.map((call) => ({
    role: call.role,
    json: readFileSync(join(folder, call.json), "utf8"),
    sse: readFileSync(join(folder, call.sse), "utf8"),
  }));
  return { manifest: parsed.data, answers };
}

/** One answer to store: its role, its JSON completion, and the streamed form when it was recorded as such. */
export interface AnswerToWrite {
  role: ModelCallRole;
  completion: ChatCompletionJson;
  /** The recorded SSE text; when absent it is derived from `completion`. */
  sse?: string;
  /** Which form was the original: `authored` for hand-written answers. */
  original: "authored" | "recorded-json" | "recorded-sse";
}

/**
 * Writes a case's fixture folder, replacing any earlier one: `fixture.json`
 * plus `N-role.json` and `N-role.sse` per model call.
 */
export function writeFixture(root: string, manifest: Omit<FixtureManifest, "calls">, answers: AnswerToWrite[]): void {
  const folder = join(root, manifest.caseId);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const calls = answers.map((answer, index) => {
    const stem = `${index + 1}-${answer.role}`;
    writeFileSync(join(folder, `${stem}.json`), JSON.stringify(answer.completion, null, 2) + "\n");
    writeFileSync(join(folder, `${stem}.sse`), answer.sse ?? toServerSentEvents(answer.completion));
    // The form that was authored or recorded is the source; the other form is derived from it.
    let jsonSource: "authored" | "recorded" | "derived" = "derived";
    if (answer.original === "authored") jsonSource = "authored";
    else if (answer.original === "recorded-json") jsonSource = "recorded";
    const sseSource: "recorded" | "derived" = answer.original === "recorded-sse" ? "recorded" : "derived";
    return { role: answer.role, json: `${stem}.json`, sse: `${stem}.sse`, jsonSource, sseSource };
  });
  writeFileSync(join(folder, "fixture.json"), JSON.stringify({ ...manifest, calls }, null, 2) + "\n");
}
