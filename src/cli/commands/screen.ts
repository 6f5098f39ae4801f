import { Command, InvalidArgumentError, Option } from "commander";
import { loadSettings } from "../../config/settings.js";
import { InputError } from "../../errors/checkgraph-error.js";
import countries from "i18n-iso-countries";
import { isCalendarDate, todayUtc } from "../../request/dates.js";
import { getScreeningEngine } from "../../../tools/sanctions/index.js";
import type { ScreeningHit, ScreeningResult } from "../../../tools/sanctions/index.js";

/** Version of the `screen --json` output shape; raised only on a breaking change. */
export const SCREEN_JSON_VERSION = 1;

interface ScreenOptions {
  dob?: string;
  country?: string;
  type: "person" | "organization";
  explain?: boolean;
  json?: boolean;
  demo?: boolean;
  lists?: string;
}

function parseBirthDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw new InvalidArgumentError("expected a calendar date as YYYY-MM-DD, for example 1967-12-15");
  }
  if (value > todayUtc()) throw new InvalidArgumentError("a date of birth cannot be in the future");
  return value;
}

function parseCountry(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(code) || !countries.isValid(code)) {
    throw new InvalidArgumentError("expected an ISO 3166-1 code such as MX or MEX");
  }
  return code;
}

function formatPiece(label: string, piece: ScreeningHit["pieces"]["name"]): string {
  const contribution = piece.value * piece.weight;
  return `      ${label.padEnd(12)} value ${piece.value.toFixed(3).padStart(6)} × weight ${piece.weight.toFixed(2)} = ${contribution.toFixed(3).padStart(6)}  ${piece.note}`;
}

/** Renders a screening result for an analyst at a terminal. */
export function renderScreening(result: ScreeningResult, thresholds: { match: number; potentialMatch: number }, explain: boolean): string {
  const lines: string[] = [];
  const lists = result.listsUsed.map((list) => `${list.listId} (${list.entries} entries)`).join(", ");
  if (result.demo) lines.push("Notice: the bundled demo watchlist (invented entries) was among the lists.");
  if (result.hits.length === 0) {
    lines.push(`No hit at or above the potential-match score ${thresholds.potentialMatch} (${result.candidatesExamined} candidate names compared).`);
  }
  for (const hit of result.hits) {
    const decision = hit.decision === "match" ? "MATCH" : "POTENTIAL MATCH";
    lines.push(`${decision.padEnd(16)} ${hit.score.toFixed(3)}  ${hit.listId} ${hit.entryId}  ${hit.matchedName}`);
    if (hit.matchedName !== hit.primaryName) lines.push(`${"".padEnd(24)}listed as ${hit.primaryName}`);
    lines.push(`${"".padEnd(24)}${hit.entityType}; programmes: ${hit.programs.join(", ") || "none given"}`);
    lines.push(`${"".padEnd(24)}why: ${hit.reason}`);
    if (explain) {
      lines.push(formatPiece("name", hit.pieces.name));
      lines.push(formatPiece("birth date", hit.pieces.dateOfBirth));
      lines.push(formatPiece("country", hit.pieces.country));
      lines.push(formatPiece("entity type", hit.pieces.entityType));
    }
  }
  lines.push(`Thresholds: match ${thresholds.match}, potential match ${thresholds.potentialMatch}. Lists: ${lists}.`);
  return lines.join("\n");
}

async function screenCommand(name: string, options: ScreenOptions): Promise<void> {
  if (!name.trim()) {
    throw new InputError([{ field: "NAME", message: "empty", fix: 'give the name to screen, quoted, for example "ARRIOLA MARQUEZ, Miguel Angel"' }]);
  }
  const environment = loadSettings();
  const settings = {
    sanctionsListsDir: options.lists ?? environment.sanctionsListsDir,
    demo: options.demo === true || environment.demo,
  };
  const engine = await getScreeningEngine(settings);
  const started = performance.now();
  const result = engine.screen({ name, entityType: options.type, birthDate: options.dob ?? null, country: options.country ?? null });
  const elapsedMs = Math.round((performance.now() - started) * 1000) / 1000;
  const thresholds = { match: engine.thresholds.match, potentialMatch: engine.thresholds.potentialMatch };

  if (options.json) {
    const query = { name, entityType: options.type, birthDate: options.dob ?? null, country: options.country ?? null };
    process.stdout.write(JSON.stringify({ version: SCREEN_JSON_VERSION, query, thresholds, ...result, elapsedMs }, null, 2) + "\n");
    return;
  }
  process.stdout.write(renderScreening(result, thresholds, options.explain === true) + "\n");
}

/** Adds `checkgraph screen NAME`, the analyst's direct query of the sanctions engine. */
export function registerScreenCommand(program: Command): void {
  program
    .command("screen")
    .description("Screen one name against the loaded sanctions lists")
    .argument("<name>", 'name to screen, in any order: "Given Family" or "FAMILY, Given"')
    .option("--dob <date>", "date of birth as YYYY-MM-DD (supporting evidence)", parseBirthDate)
    .option("--country <code>", "nationality or country, ISO 3166-1 alpha-2 or alpha-3", parseCountry)
    .addOption(new Option("--type <type>", "entity type of the name").choices(["person", "organization"]).default("person"))
    .option("--explain", "show each hit's score pieces: value, weight and reason")
    .option("--json", "print the documented JSON (docs/screen-json.md)")
    .option("--demo", "also screen against the bundled demo watchlist of invented entries")
    .option("--lists <dir>", "folder of list files; overrides SANCTIONS_LISTS_DIR")
    .action(screenCommand);
}
