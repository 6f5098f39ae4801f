import { parse } from "csv-parse/sync";
import { CheckgraphError } from "../../../../src/errors/checkgraph-error.js";
import type { Alias, EntityType, LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { countryCodeFromName } from "../country-code.js";
import { computeListVersion, type ListFile } from "../list-version.js";
import { readListFile, readOptionalListFile } from "../read-list-file.js";
import { parseOfacRemarks } from "./parse-ofac-remarks.js";

/** File names of one OFAC legacy CSV set: the SDN list uses `sdn.csv`, the consolidated list `cons_prim.csv`. */
export interface OfacFileNames {
  primary: string;
  aliases: string;
  addresses: string;
  comments: string;
}

/** File names of OFAC's SDN list. */
export const SDN_FILES: OfacFileNames = { primary: "sdn.csv", aliases: "alt.csv", addresses: "add.csv", comments: "sdn_comments.csv" };

/** File names of OFAC's consolidated (non-SDN) list. */
export const CONSOLIDATED_FILES: OfacFileNames = {
  primary: "cons_prim.csv",
  aliases: "cons_alt.csv",
  addresses: "cons_add.csv",
  comments: "cons_comments.csv",
};

const ALIAS_KINDS: Record<string, Alias["kind"]> = { aka: "aka", fka: "fka", nka: "nka" };
const END_OF_FILE = "\u001a";

/**
 * Reads a list in OFAC's legacy CSV layout (no header, `-0-` for empty,
 * CRLF, a trailing 0x1A byte): the primary file is required, aliases,
 * addresses and remark overflows are optional. Rows of the optional files
 * whose entry is not in the primary file are skipped and counted.
 */
export async function readOfacCsv(folder: string, listId: string, names: OfacFileNames): Promise<LoadedWatchlist> {
  const primary = await readListFile(folder, names.primary);
  const optional = await Promise.all([
    readOptionalListFile(folder, names.comments),
    readOptionalListFile(folder, names.aliases),
    readOptionalListFile(folder, names.addresses),
  ]);
  const [comments, aliases, addresses] = optional;

  const overflow = new Map<string, string>();
  const orphansSkipped = { aliases: 0, addresses: 0, comments: 0 };
  const rows = parseRows(primary);
  const ids = new Set(rows.map((row) => row[0]!));
  for (const [id, text] of comments ? parseRows(comments) : []) {
    if (ids.has(id!)) overflow.set(id!, (overflow.get(id!) ?? "") + (text ?? ""));
    else orphansSkipped.comments += 1;
  }

  // OFAC ends its CSV files with the byte 0x1A, so a copy without it was cut off, possibly at a row boundary.
  if (!primary.bytes.toString("latin1").trimEnd().endsWith(END_OF_FILE)) {
    throw new CheckgraphError(
      "LISTS_UNAVAILABLE",
      "input",
      `Sanctions list file ${names.primary} in ${folder} does not end with OFAC's end-of-file byte 0x1A: it is truncated. Replace it with a complete copy.`,
      { context: { folder, file: names.primary } },
    );
  }
  rows.forEach((row, index) => checkPrimaryRow(row, index, folder, names.primary));
  const entries = new Map<string, WatchlistEntry>();
  for (const row of rows) {
    const entry = entryFromRow(listId, row, overflow.get(row[0]!) ?? "");
    entries.set(entry.entryId, entry);
  }

  let aliasCount = 0;
  for (const [id, , type, name] of aliases ? parseRows(aliases) : []) {
    const entry = entries.get(id!);
    if (entry === undefined) {
      orphansSkipped.aliases += 1;
      continue;
    }
    if (!name) continue;
    entry.aliases.push({ name, kind: ALIAS_KINDS[type ?? ""] ?? "aka", quality: "strong" });
    aliasCount += 1;
  }

  for (const [id, , street, city, country] of addresses ? parseRows(addresses) : []) {
    const entry = entries.get(id!);
    if (entry === undefined) {
      orphansSkipped.addresses += 1;
      continue;
    }
    const countryCode = country ? countryCodeFromName(country) : null;
    const text = [street, city, country].filter((part) => part).join(", ");
    if (text !== "") entry.addresses.push({ text, countryCode });
    if (countryCode !== null && !entry.countries.includes(countryCode)) entry.countries.push(countryCode);
  }

  const all = [...entries.values()];
  aliasCount += all.reduce((sum, entry) => sum + entry.aliases.filter((alias) => alias.quality === "weak").length, 0);
  const files = [primary, ...optional].filter((file): file is ListFile => file !== null);
  return {
    listId,
    source: folder,
    version: computeListVersion(files, null),
    entries: all,
    stats: { entries: all.length, aliases: aliasCount, orphansSkipped },
  };
}

const SDN_TYPES = new Set(["", "individual", "entity", "vessel", "aircraft"]);

/** Columns of an OFAC legacy primary row: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. */
const OFAC_COLUMNS = 12;

/**
 * Rejects a primary-file row that is not an OFAC entry: the entry number must
 * be a whole number, the name present and the type one OFAC uses. The error
 * names the file and row, never the row's content.
 */
function checkPrimaryRow(row: string[], index: number, folder: string, file: string): void {
  const [id, name, type] = row;
  if (/^\d+$/.test(id ?? "") && name && SDN_TYPES.has((type ?? "").toLowerCase()) && row.length === OFAC_COLUMNS) return;
  throw new CheckgraphError(
    "LISTS_UNAVAILABLE",
    "input",
    `Sanctions list file ${file} in ${folder}: row ${index + 1} is not an OFAC entry (expected ${OFAC_COLUMNS} columns: an entry number, a name, an entity type and the rest). ` +
      "The file is truncated or not in OFAC's legacy CSV layout; replace it with a complete copy.",
    { context: { folder, file, row: index + 1 } },
  );
}

/** Parses one OFAC CSV file into rows of trimmed fields, with `-0-` read as an empty string. */
function parseRows(file: ListFile): string[][] {
  let text = file.bytes.toString("utf8");
  const end = text.lastIndexOf(END_OF_FILE);
  if (end >= 0) text = text.slice(0, end);
  const rows: string[][] = parse(text, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
  return rows
    .map((row) => row.map((field) => (field.trim() === "-0-" ? "" : field.trim())))
    .filter((row) => row[0] !== undefined && row[0] !== "");
}

function entryFromRow(listId: string, row: string[], overflow: string): WatchlistEntry {
  const [id, name, type, program, , , , , , vesselFlag, , remarks] = row;
  const parsed = parseOfacRemarks((remarks ?? "") + overflow);
  const flag = vesselFlag ? countryCodeFromName(vesselFlag) : null;
  return {
    listId,
    entryId: id!,
    entityType: entityTypeOf(type ?? ""),
    primaryName: name ?? "",
    aliases: [...parsed.weakAliases],
    birthDates: parsed.birthDates,
    nationalities: parsed.nationalities,
    countries: flag === null ? [] : [flag],
    addresses: [],
    identifiers: parsed.identifiers,
    programs: (program ?? "").split("] [").map((part) => part.trim()).filter((part) => part !== ""),
  };
}

function entityTypeOf(sdnType: string): EntityType {
  if (sdnType === "individual") return "person";
  if (sdnType === "vessel") return "vessel";
  if (sdnType === "aircraft") return "aircraft";
  return "organization";
}
