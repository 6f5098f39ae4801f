import { http, HttpResponse } from "msw";

/** A request body captured from `POST /v1/chat/completions`. */
export type ChatCompletionBody = {
  model: string;
  stream?: boolean;
  messages: { role: string; content: unknown }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
};

/** Builds a non-streamed chat completion in the OpenAI wire format. */
export function chatCompletion(content: string, model = "gpt-4o-mini") {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1764547200,
    model,
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 120, completion_tokens: 40, total_tokens: 160 },
  };
}

/** Builds the server-sent events of a streamed chat completion, content split into chunks of `size` characters. */
export function chatCompletionStream(content: string, model = "gpt-4o-mini", size = 16): string {
  const base = { id: "chatcmpl-test", object: "chat.completion.chunk", created: 1764547200, model };
  const events: Record<string, unknown>[] = [{ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] }];
  for (let i = 0; i < content.length; i += size) {
    events.push({ ...base, choices: [{ index: 0, delta: { content: content.slice(i, i + size) }, finish_reason: null }] });
  }
  events.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
  return events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join("") + "data: [DONE]\n\n";
}

/**
 * Creates an msw handler for any OpenAI-compatible `POST /v1/chat/completions`.
 * It records each body and responds with `answer(body)`, as JSON, or as SSE
 * when the request set `stream`.
 */
export function chatCompletionsHandler(baseUrl: string, answer: (body: ChatCompletionBody) => string, seen: ChatCompletionBody[]) {
  return http.post(`${baseUrl}/chat/completions`, async ({ request }) => {
    const body = (await request.json()) as ChatCompletionBody;
    seen.push(body);
    const content = answer(body);
    if (body.stream) {
      return new HttpResponse(chatCompletionStream(content, body.model), { headers: { "content-type": "text/event-stream" } });
    }
    return HttpResponse.json(chatCompletion(content, body.model));
  });
}

/**
 * Lists the ways a JSON schema breaks OpenAI's strict structured-output
 * rules: every object needs `additionalProperties: false` and all its
 * properties in `required`, and some keywords are not supported.
 */
export function findStrictSchemaViolations(schema: unknown, path = "$"): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const problems: string[] = [];
  for (const keyword of ["oneOf", "allOf", "not", "if", "then", "else", "default", "patternProperties"]) {
    if (keyword in node) problems.push(`${path}: unsupported keyword ${keyword}`);
  }
  if (node.type === "object" || "properties" in node) {
    const properties = Object.keys((node.properties as Record<string, unknown>) ?? {});
    const required = new Set((node.required as string[]) ?? []);
    if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    for (const name of properties) if (!required.has(name)) problems.push(`${path}.${name}: not in required`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) value.forEach((item, index) => problems.push(...findStrictSchemaViolations(item, `${path}.${key}[${index}]`)));
    else if (typeof value === "object") problems.push(...findStrictSchemaViolations(value, `${path}.${key}`));
  }
  return problems;
}
