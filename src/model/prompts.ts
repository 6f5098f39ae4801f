import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PROMPTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "prompts");
const cache = new Map<string, string>();

/**
 * Loads `prompts/<name>.md` and fills its `{{placeholders}}`. A placeholder
 * left without a value is an error, so a prompt edit cannot silently send
 * braces to the model.
 */
export function renderPrompt(name: string, values: Record<string, string>): string {
  let template = cache.get(name);
  if (template === undefined) {
    template = readFileSync(join(PROMPTS_DIR, `${name}.md`), "utf8");
    cache.set(name, template);
  }
  const rendered = template.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Prompt ${name} needs a value for {{${key}}}`);
    return value;
  });
  return rendered.trimEnd();
}
