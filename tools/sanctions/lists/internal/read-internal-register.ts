import { parse } from "csv-parse/sync";
import { CheckgraphError } from "../../../../src/errors/checkgraph-error.js";
import type { EntityType, Identifier, ListedBirthDate, LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { countryCodeFromIso, countryCodeFromName } from "../country-code.js";
import { createIdentifier } from "../identifier-kind.js";
import { computeListVersion } from "../list-version.js";
import { readListFile } from "../read-list-file.js";

/** File name of the internal high-risk register inside its folder. */
export const INTERNAL_REGISTER_FILE = "register.csv";

/** Columns the register's header row must name, in this order. */
export const INTERNAL_REGISTER_COLUMNS = [
  "id", "entity_type", "name", "aliases", "date_of_birth", "country", "identifiers", "reason", "added_on",
] as const;

type Column = (typeof INTERNAL_REGISTER_COLUMNS)[number];

const ENTITY_TYPES: Record<string, EntityType> = {
  person: "person", individual: "person", organization: "organization", organisation: "organization",
  vessel: "vessel", aircraft: "aircraft",
};

/**
 * Reads the internal high-risk register, a UTF-8 CSV with a header row of
 * `id,entity_type,name,aliases,date_of_birth,country,identifiers,reason,added_on`.
 * Aliases, dates of birth and countries are `;`-separated; identifiers are
 * `type:value` pairs separated by `;`. An invalid row is a `LISTS_UNAVAILABLE`
 * error naming the line and column, because the compliance team owns the
 * file and a silently skipped row would hide a listed party.
 */
export async function readInternalRegister(folder: string, listId: string): Promise<LoadedWatchlist> {
  const file = await readListFile(folder, INTERNAL_REGISTER_FILE);
  const rows: string[][] = parse(file.bytes.toString("utf8"), { bom: true, skip_empty_lines: true, relax_column_count: true });
  const header = (rows[0] ?? []).map((name) => name.trim());
  if (header.join(",") !== INTERNAL_REGISTER_COLUMNS.join(",")) {
    throw invalidRegister(folder, 1, "header", `the header row must be exactly ${INTERNAL_REGISTER_COLUMNS.join(",")}`);
  }

  const entries: WatchlistEntry[] = [];
  const seen = new Set<string>();
  for (const [index, row] of rows.slice(1).entries()) {
    const line = index + 2;
    const field = (column: Column): string => (row[INTERNAL_REGISTER_COLUMNS.indexOf(column)] ?? "").trim();
    const entry = readRow(folder, listId, line, field);
    if (seen.has(entry.entryId)) throw invalidRegister(folder, line, "id", `the id ${entry.entryId} is used twice; give every row its own id`);
    seen.add(entry.entryId);
    entries.push(entry);
  }

  return {
    listId,
    source: folder,
    version: computeListVersion([file], null),
    entries,
    stats: {
      entries: entries.length,
      aliases: entries.reduce((sum, entry) => sum + entry.aliases.length, 0),
      orphansSkipped: { aliases: 0, addresses: 0, comments: 0 },
    },
  };
}

function readRow(folder: string, listId: string, line: number, field: (column: Column) => string): WatchlistEntry {
  const id = field("id");
  const name = field("name");
  if (id === "") throw invalidRegister(folder, line, "id", "the id is empty; give every row a unique id");
  if (name === "") throw invalidRegister(folder, line, "name", "the name is empty; write the party's primary name");
  const entityType = ENTITY_TYPES[field("entity_type").toLowerCase()];
  if (entityType === undefined) {
    throw invalidRegister(folder, line, "entity_type", `"${field("entity_type")}" is not one of person, organization, vessel, aircraft`);
  }

  const countries = splitList(field("country")).map((country) => {
    const code = countryCodeFromIso(country) ?? countryCodeFromName(country);
    if (code === null) throw invalidRegister(folder, line, "country", `"${country}" is not a known country; use an ISO 3166-1 alpha-2 code`);
    return code;
  });
  const addedOn = field("added_on");
  if (addedOn !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(addedOn)) {
    throw invalidRegister(folder, line, "added_on", "the date must be written YYYY-MM-DD");
  }

  return {
    listId,
    entryId: id,
    entityType,
    primaryName: name,
    aliases: splitList(field("aliases")).map((alias) => ({ name: alias, kind: "aka", quality: "strong" })),
    birthDates: splitList(field("date_of_birth")).map((text) => readBirthDate(folder, line, text)),
    // The register has one country column: a person's nationality, or an organisation's or vessel's country.
    nationalities: entityType === "person" ? countries : [],
    countries,
    addresses: [],
    identifiers: splitList(field("identifiers")).map((pair) => readIdentifier(folder, line, pair)),
    programs: ["INTERNAL"],
    listedOn: addedOn === "" ? undefined : addedOn,
    remarks: field("reason") === "" ? undefined : field("reason"),
  };
}

function splitList(text: string): string[] {
  return text.split(";").map((part) => part.trim()).filter((part) => part !== "");
}

function readBirthDate(folder: string, line: number, text: string): ListedBirthDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) throw invalidRegister(folder, line, "date_of_birth", "each date must be written YYYY-MM-DD, YYYY-MM or YYYY");
  if (match[3] !== undefined) return { kind: "date", date: text };
  if (match[2] !== undefined) return { kind: "month", year: Number(match[1]), month: Number(match[2]) };
  return { kind: "year", year: Number(match[1]), approximate: false };
}

function readIdentifier(folder: string, line: number, pair: string): Identifier {
  const separator = pair.indexOf(":");
  const type = pair.slice(0, separator).trim();
  const value = pair.slice(separator + 1).trim();
  if (separator <= 0 || value === "") {
    throw invalidRegister(folder, line, "identifiers", "each identifier must be written type:value, such as passport:X1234567 or imo:9187629");
  }
  return createIdentifier(type, value, null);
}

/** Builds the error for an invalid row. It names the line and column but not a name, date or number, which may be personal data. */
function invalidRegister(folder: string, line: number, column: string, problem: string): CheckgraphError {
  return new CheckgraphError(
    "LISTS_UNAVAILABLE",
    "input",
    `Invalid internal register ${INTERNAL_REGISTER_FILE} in ${folder}, line ${line}, column ${column}: ${problem}. ` +
      "Fix the row; the register is not loaded until every row is valid.",
    { context: { folder, file: INTERNAL_REGISTER_FILE, line, column } },
  );
}
