/** A non-streamed chat completion body as `POST /v1/chat/completions` returns it. */
export interface ChatCompletionJson {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: { index: number; message: { role: "assistant"; content: string; refusal: null }; logprobs: null; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

/** Identity and token counts of one authored completion. */
export interface CompletionMetadata {
  id: string;
  model: string;
  /** Unix time in seconds. */
  created: number;
  promptTokens: number;
  completionTokens: number;
}

/** Builds the JSON body of a chat completion whose assistant message is `content`. */
export function buildChatCompletion(content: string, metadata: CompletionMetadata): ChatCompletionJson {
  return {
    id: metadata.id,
    object: "chat.completion",
    created: metadata.created,
    model: metadata.model,
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: {
      prompt_tokens: metadata.promptTokens,
      completion_tokens: metadata.completionTokens,
      total_tokens: metadata.promptTokens + metadata.completionTokens,
    },
  };
}

/**
 * Converts a chat completion into the server-sent events of the same answer
 * streamed: a role chunk, content chunks of `chunkSize` characters, a finish
 * chunk, a usage chunk (as with `stream_options.include_usage`), then `[DONE]`.
 */
export function toServerSentEvents(completion: ChatCompletionJson, chunkSize = 24): string {
  const base = { id: completion.id, object: "chat.completion.chunk", created: completion.created, model: completion.model };
  const choice = completion.choices[0];
  const content = choice?.message.content ?? "";
  const chunks: Record<string, unknown>[] = [
    { ...base, choices: [{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }] },
  ];
  for (let start = 0; start < content.length; start += chunkSize) {
    chunks.push({ ...base, choices: [{ index: 0, delta: { content: content.slice(start, start + chunkSize) }, logprobs: null, finish_reason: null }] });
  }
  chunks.push({ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: choice?.finish_reason ?? "stop" }] });
  chunks.push({ ...base, choices: [], usage: completion.usage });
  return chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join("") + "data: [DONE]\n\n";
}

/**
 * Reassembles a streamed chat completion into its JSON form, so a recording
 * made in either form can be stored in both. Throws when an event is not JSON.
 */
export function fromServerSentEvents(stream: string): ChatCompletionJson {
  let id = "";
  let model = "";
  let created = 0;
  let content = "";
  let finishReason = "stop";
  let usage: ChatCompletionJson["usage"] = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  for (const line of stream.split("\n")) {
    if (!line.startsWith("data:")) continue;
    const data = line.slice("data:".length).trim();
    if (data === "[DONE]" || data === "") continue;
    const chunk = JSON.parse(data) as {
      id: string; model: string; created: number;
      choices: { delta?: { content?: string | null }; finish_reason?: string | null }[];
      usage?: ChatCompletionJson["usage"] | null;
    };
    id ||= chunk.id;
    model ||= chunk.model;
    created ||= chunk.created;
    for (const choice of chunk.choices) {
      content += choice.delta?.content ?? "";
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
    if (chunk.usage) usage = chunk.usage;
  }
  const completion = buildChatCompletion(content, { id, model, created, promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens });
  completion.choices[0]!.finish_reason = finishReason;
  return completion;
}
