import type { Settings } from "../config/settings.js";
import { InputError } from "../errors/checkgraph-error.js";

/** The model provider a run uses. */
export type ModelChoice =
  | { provider: "openai"; model: string; apiKey: string | null; baseUrl: string | null }
  | { provider: "offline" };

/** Model used on the OpenAI path when `CHECKGRAPH_MODEL` does not name one. */
export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";

/**
 * Chooses the model: `CHECKGRAPH_MODEL` (`openai/<model>` or `offline`) when
 * set; otherwise OpenAI when a key or a base URL is configured; otherwise offline.
 */
export function selectModel(settings: Settings): ModelChoice {
  const configured = settings.model?.trim();
  if (configured) {
    if (configured === "offline") return { provider: "offline" };
    const match = /^openai\/(.+)$/.exec(configured);
    if (!match) {
      throw new InputError([
        { field: "CHECKGRAPH_MODEL", message: `unsupported value ${JSON.stringify(configured)}`, fix: "use openai/<model> (for example openai/gpt-4o-mini) or offline" },
      ], "Invalid configuration");
    }
    return { provider: "openai", model: match[1]!, apiKey: settings.openaiApiKey, baseUrl: settings.openaiBaseUrl };
  }
  if (settings.openaiApiKey || settings.openaiBaseUrl) {
    return { provider: "openai", model: DEFAULT_OPENAI_MODEL, apiKey: settings.openaiApiKey, baseUrl: settings.openaiBaseUrl };
  }
  return { provider: "offline" };
}
