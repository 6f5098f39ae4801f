import type { Settings } from "../config/settings.js";
import type { Narrator } from "./narrator.js";
import { createOfflineNarrator } from "./offline-narrator.js";
import { createOfflinePlanner } from "./offline-planner.js";
import { createChatModel } from "./openai-models.js";
import { createOpenAiNarrator } from "./openai-narrator.js";
import { createOpenAiPlanner } from "./openai-planner.js";
import type { Planner } from "./planner.js";
import { selectModel } from "./select-model.js";

/** Creates the planner and narrator the settings select: OpenAI-compatible or offline. */
export function createModels(settings: Settings, options: { maxRetries?: number } = {}): { planner: Planner; narrator: Narrator } {
  const choice = selectModel(settings);
  if (choice.provider === "offline") return { planner: createOfflinePlanner(), narrator: createOfflineNarrator() };
  const model = createChatModel(choice, options);
  const id = `openai/${choice.model}`;
  return { planner: createOpenAiPlanner(model, id), narrator: createOpenAiNarrator(model, id) };
}
