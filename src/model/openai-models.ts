import { ChatOpenAI } from "@langchain/openai";
import type { ModelChoice } from "./select-model.js";

/** Builds the ChatOpenAI client for any OpenAI-compatible server. */
export function createChatModel(choice: Extract<ModelChoice, { provider: "openai" }>, options: { maxRetries?: number } = {}): ChatOpenAI {
  return new ChatOpenAI({
    model: choice.model,
    temperature: 0,
    // Servers reached through OPENAI_BASE_URL often need no key, but the client requires a value.
    apiKey: choice.apiKey ?? "no-key-configured",
    configuration: choice.baseUrl ? { baseURL: choice.baseUrl } : undefined,
    maxRetries: options.maxRetries ?? 2,
  });
}

/** Reads token counts from a chat message's usage metadata, when the server sent them. */
export function readTokenUsage(message: unknown): { inputTokens: number; outputTokens: number } | null {
  const usage = (message as { usage_metadata?: { input_tokens?: number; output_tokens?: number } } | null)?.usage_metadata;
  if (!usage) return null;
  return { inputTokens: usage.input_tokens ?? 0, outputTokens: usage.output_tokens ?? 0 };
}
