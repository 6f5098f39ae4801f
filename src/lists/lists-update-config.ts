import { readFile } from "node:fs/promises";
import { z } from "zod";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import { LIST_READERS } from "../../tools/sanctions/lists/load-watchlists.js";

/** Default time allowed for each file's download, in seconds. */
export const DEFAULT_DOWNLOAD_TIMEOUT_SECONDS = 120;

const FileNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "expected a plain file name without a folder");
const UrlSchema = z.url({ protocol: /^https?$/, error: "expected an http or https URL" });

/** Schema of the lists update config: per list folder, each file name and the URL it is downloaded from. */
export const ListsUpdateConfigSchema = z.object({
  timeoutSeconds: z.number().positive().max(3600).default(DEFAULT_DOWNLOAD_TIMEOUT_SECONDS),
  lists: z
    .record(z.string(), z.record(FileNameSchema, UrlSchema))
    .refine((lists) => Object.keys(lists).length > 0, "name at least one list")
    .superRefine((lists, context) => {
      for (const [listId, files] of Object.entries(lists)) {
        if (!(listId in LIST_READERS)) {
          context.addIssue({ code: "custom", path: [listId], message: `unknown list folder; use one of ${Object.keys(LIST_READERS).join(", ")}` });
        }
        if (Object.keys(files).length === 0) context.addIssue({ code: "custom", path: [listId], message: "name at least one file" });
      }
    }),
});

/** A validated lists update config. */
export type ListsUpdateConfig = z.infer<typeof ListsUpdateConfigSchema>;

/**
 * Reads and validates the lists update config, a JSON file such as
 * `{ "lists": { "un_sc": { "consolidated.xml": "https://…" } } }`. A missing,
 * unreadable or invalid file is an `INVALID_CONFIG` error listing each problem.
 */
export async function loadListsUpdateConfig(path: string): Promise<ListsUpdateConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "read failed";
    throw invalidConfig(`Failed to read the lists update config ${path} (${reason}). Pass --config with a readable JSON file, or set SANCTIONS_LISTS_CONFIG.`, { path, reason }, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalidConfig(`The lists update config ${path} is not valid JSON: ${(error as Error).message}. Fix the file; docs/lists.md shows an example.`, { path }, error);
  }
  const parsed = ListsUpdateConfigSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${["config", ...issue.path.map(String)].join(".")}: ${issue.message}`);
    throw invalidConfig(`Invalid lists update config ${path}:\n${problems.join("\n")}\nFix the file; docs/lists.md shows an example.`, { path });
  }
  return parsed.data;
}

function invalidConfig(message: string, context: Record<string, unknown>, cause?: unknown): CheckgraphError {
  return new CheckgraphError("INVALID_CONFIG", "input", message, { context, cause });
}
