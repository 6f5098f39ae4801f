import { bypass, http, HttpResponse } from "msw";
import { writeFixture, type AnswerToWrite } from "./fixture-files.js";
import { classifyModelCall, type ChatRequestBody } from "./fixture-replay.js";
import { fromServerSentEvents, type ChatCompletionJson } from "./openai-wire-format.js";

/** Options of `createRecorder`. */
export interface RecorderOptions {
  /** The live model's base URL, such as `https://api.openai.com/v1`. */
  baseUrl: string;
  /** Folder the candidate fixtures are written to, one subfolder per case. */
  candidatesRoot: string;
  model: string;
  /** Clock for `recordedAt`; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * Creates the msw handler of record mode. It forwards each chat-completions
 * request to the live server unchanged (msw's `bypass`), returns the answer to
 * the client, and keeps it for the current case. `finishCase` writes the
 * case's answers as a candidate fixture with `"reviewed": false`. Answers
 * with an HTTP error status are passed on but not kept.
 */
export function createRecorder(options: RecorderOptions) {
  let caseId: string | null = null;
  let answers: AnswerToWrite[] = [];
  const written: string[] = [];

  const handler = http.post(`${options.baseUrl.replace(/\/+$/, "")}/chat/completions`, async ({ request }) => {
    const body = (await request.clone().json()) as ChatRequestBody;
    const response = await fetch(bypass(request));
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "application/json";
    if (response.ok && caseId !== null) {
      const role = classifyModelCall(body);
      answers.push(
        contentType.includes("text/event-stream")
          ? { role, completion: fromServerSentEvents(text), sse: text, original: "recorded-sse" }
          : { role, completion: JSON.parse(text) as ChatCompletionJson, original: "recorded-json" },
      );
    }
    return new HttpResponse(text, { status: response.status, headers: { "content-type": contentType } });
  });

  return {
    handler,
    /** Starts collecting answers for case `id`, dropping any left from an unfinished case. */
    startCase(id: string) {
      caseId = id;
      answers = [];
    },
    /** Writes the collected answers of case `id` as a candidate fixture; a case without answers writes nothing. */
    finishCase(id: string) {
      if (caseId !== id || answers.length === 0) return;
      writeFixture(options.candidatesRoot, {
        caseId: id,
        provenance: "recorded",
        model: options.model,
        note: "Recorded from a live model by npm run evals -- --record; review before promoting.",
        reviewed: false,
        recordedAt: (options.now ?? (() => new Date()))().toISOString(),
      }, answers);
      written.push(id);
      caseId = null;
      answers = [];
    },
    /** Case ids written so far. */
    written: () => [...written],
  };
}
