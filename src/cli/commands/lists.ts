import { Command, InvalidArgumentError } from "commander";
import { loadSettings } from "../../config/settings.js";
import { InputError } from "../../errors/checkgraph-error.js";
import { loadListsUpdateConfig } from "../../lists/lists-update-config.js";
import { updateLists, type UpdateListsResult } from "../../lists/update-lists.js";

interface UpdateOptions {
  config?: string;
  dir?: string;
  force?: boolean;
  timeout?: number;
  json?: boolean;
}

function parseTimeoutSeconds(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 3600) throw new InvalidArgumentError("expected a number of seconds from 1 to 3600");
  return parsed;
}

/** Renders an update result as one line per list for a terminal. */
export function renderListsUpdate(result: UpdateListsResult): string {
  const lines = [`Updated ${result.directory} at ${result.updatedAt}:`];
  for (const list of result.lists) {
    const previous = list.previousEntries === null ? "new" : `was ${list.previousEntries}`;
    const files = list.files.map((file) => `${file.name} (${file.bytes} bytes, sha256 ${file.sha256.slice(0, 12)}…)`).join(", ");
    lines.push(`  ${list.listId}: ${list.entries} entries (${previous}); ${files}`);
  }
  return lines.join("\n");
}

async function updateCommand(options: UpdateOptions): Promise<void> {
  const directory = options.dir ?? loadSettings().sanctionsListsDir;
  const configPath = options.config ?? process.env.SANCTIONS_LISTS_CONFIG;
  const issues = [];
  if (!directory) issues.push({ field: "--dir", message: "missing", fix: "pass --dir or set SANCTIONS_LISTS_DIR to the lists directory to update" });
  if (!configPath) issues.push({ field: "--config", message: "missing", fix: "pass --config or set SANCTIONS_LISTS_CONFIG to a JSON file of list URLs (see docs/lists.md)" });
  if (!directory || !configPath) throw new InputError(issues, "Cannot update lists");

  const config = await loadListsUpdateConfig(configPath);
  const result = await updateLists({
    directory,
    config: options.timeout === undefined ? config : { ...config, timeoutSeconds: options.timeout },
    force: options.force === true,
  });
  process.stdout.write(options.json ? JSON.stringify(result, null, 2) + "\n" : renderListsUpdate(result) + "\n");
}

/** Adds `checkgraph lists update`, which downloads, validates and atomically installs the sanctions list files. */
export function registerListsCommand(program: Command): void {
  const lists = program.command("lists").description("Manage the sanctions list files in SANCTIONS_LISTS_DIR");
  lists
    .command("update")
    .description("Download the list files named in the config, validate them and swap them in; on failure the installed lists are kept")
    .option("--config <file>", "JSON file naming each list folder's files and their URLs (default: SANCTIONS_LISTS_CONFIG)")
    .option("--dir <directory>", "lists directory to replace (default: SANCTIONS_LISTS_DIR)")
    .option("--force", "accept a list whose entry count fell below half of the installed count")
    .option("--timeout <seconds>", "time allowed for each file's download, in seconds (default: the config's timeoutSeconds, else 120)", parseTimeoutSeconds)
    .option("--json", "print the result as JSON")
    .action(updateCommand);
}
