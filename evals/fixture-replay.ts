import { http, HttpResponse } from "msw";
import type { FixtureAnswer, ModelCallRole } from "./fixture-files.js";

/** The fields of a chat-completions request body the replay and the recorder read. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content: unknown }[];
  response_format?: { type: string; json_schema?: { name?: string } };
}

/**
 * Tells which model call a request is from its structured-output schema name:
 * `onboarding_request` is the extractor, `plan` the planner (first attempt and
 * repair), and a request without one is the narrator.
 */
export function classifyModelCall(body: ChatRequestBody): ModelCallRole {
  const name = body.response_format?.json_schema?.name;
  if (name === "onboarding_request") return "extractor";
  if (name === "plan") return "planner";
  return "narrator";
}

/** A model request the fixtures had no answer for. */
export interface FixtureMiss {
  caseId: string;
  role: ModelCallRole;
}

/**
 * Creates the msw handler that replays one case's fixtures at a time. Each
 * request takes the next unused answer of its role; JSON or SSE follows the
 * request's `stream` flag. A request with no answer left gets HTTP 500 and is
 * recorded as a miss, so the case fails visibly instead of hanging.
 */
export function createFixtureReplay(baseUrl: string) {
  let caseId = "";
  let queue: FixtureAnswer[] = [];
  const misses: FixtureMiss[] = [];
  const served: { caseId: string; role: ModelCallRole; stream: boolean }[] = [];

  const handler = http.post(`${baseUrl.replace(/\/+$/, "")}/chat/completions`, async ({ request }) => {
    const body = (await request.json()) as ChatRequestBody;
    const role = classifyModelCall(body);
    const index = queue.findIndex((answer) => answer.role === role);
    if (index < 0) {
      misses.push({ caseId, role });
      return HttpResponse.json(
        { error: { message: `No recorded ${role} answer left for eval case ${caseId}`, type: "fixture_missing" } },
        { status: 500 },
      );
    }
    const [answer] = queue.splice(index, 1);
    served.push({ caseId, role, stream: body.stream === true });
    if (body.stream) return new HttpResponse(answer!.sse, { headers: { "content-type": "text/event-stream" } });
    return new HttpResponse(answer!.json, { headers: { "content-type": "application/json" } });
  });

  return {
    handler,
    /** Makes `answers` the ones served next, for case `id`. */
    load(id: string, answers: readonly FixtureAnswer[]) {
      caseId = id;
      queue = [...answers];
    },
    /** Answers of the current case that no request used. */
    unused(): ModelCallRole[] {
      return queue.map((answer) => answer.role);
    },
    misses: () => [...misses],
    served: () => [...served],
  };
}
