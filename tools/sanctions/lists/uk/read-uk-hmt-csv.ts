import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import type { Alias, EntityType, LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { countryCodeFromName } from "../country-code.js";
import { createIdentifier, findImoNumbers } from "../identifier-kind.js";
import { computeListVersion } from "../list-version.js";
import { readListFile } from "../read-list-file.js";
import { parseUkBirthDate, parseUkDate } from "./parse-uk-date.js";
import { parseUkDocumentNumbers } from "./parse-uk-document-numbers.js";
import { readUkCountryCodes } from "./uk-country-codes.js";

/** File name of the HM Treasury consolidated list CSV inside its folder. */
export const UK_HMT_FILE = "sanctionsconlist.csv";

/** Column positions of the 29-column layout HM Treasury used until 2022 (OFSI's "ConList.csv"). */
const COLUMN = {
  name6: 0, name1: 1, title: 6, dob: 7, countryOfBirth: 9, nationality: 10, passport: 11, niNumber: 12,
  address1: 14, postCode: 20, country: 21, otherInformation: 22, groupType: 23, aliasType: 24, regime: 25,
  listedOn: 26, lastUpdated: 27, groupId: 28,
} as const;

const COLUMN_COUNT = 29;

/** Values of `Alias Type`; "Prime Alias" is the primary name. */
const ALIAS_KINDS: Record<string, Alias["kind"]> = { "AKA": "aka", "FKA": "fka", "Prime Alias": "aka" };

/**
 * Reads the UK HM Treasury consolidated list CSV in its pre-2022 layout
 * (Windows-1252, one row per name or date-of-birth variant, `Group ID` as
 * the entry id), grouping rows into entries. The "Last Updated" line and the
 * header row that the published file starts with are skipped when present.
 */
export async function readUkHmtCsv(folder: string, listId: string): Promise<LoadedWatchlist> {
  const file = await readListFile(folder, UK_HMT_FILE);
  // NOTE: Node 20.20's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x92 becomes U+0092, not ’), so iconv-lite decodes.
  const text = iconv.decode(file.bytes, "windows-1252");
  const rows: string[][] = parse(text, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true });

  const entries = new Map<string, WatchlistEntry>();
  let newestUpdate = "";
  let aliasCount = 0;
  for (const rawRow of rows) {
    const row = rawRow.map((field) => field.trim());
    const groupId = row[COLUMN.groupId] ?? "";
    if (row.length < COLUMN_COUNT || !/^\d+$/.test(groupId)) continue;

    let entry = entries.get(groupId);
    if (entry === undefined) {
      entry = createEntry(listId, groupId, row);
      entries.set(groupId, entry);
    }
    if (addName(entry, row)) aliasCount += 1;
    addDetails(entry, row);
    const updated = parseUkDate(row[COLUMN.lastUpdated] ?? "") ?? "";
    if (updated > newestUpdate) newestUpdate = updated;
  }

  const all = [...entries.values()];
  for (const entry of all) promoteFirstAlias(entry);
  return {
    listId,
    source: folder,
    // The file carries no publication date once its first line is removed, so the newest "Last Updated" date is used.
    version: computeListVersion([file], newestUpdate === "" ? null : newestUpdate),
    entries: all,
    stats: { entries: all.length, aliases: aliasCount, orphansSkipped: { aliases: 0, addresses: 0, comments: 0 } },
  };
}

function createEntry(listId: string, groupId: string, row: string[]): WatchlistEntry {
  const otherInformation = row[COLUMN.otherInformation] ?? "";
  return {
    listId,
    entryId: groupId,
    entityType: entityTypeOf(row[COLUMN.groupType] ?? "", otherInformation),
    primaryName: "",
    aliases: [],
    birthDates: [],
    nationalities: [],
    countries: [],
    addresses: [],
    identifiers: findImoNumbers(otherInformation).map((imo) => createIdentifier("IMO", imo, null)),
    programs: [row[COLUMN.regime] ?? ""].filter((regime) => regime !== ""),
    listedOn: parseUkDate(row[COLUMN.listedOn] ?? "") ?? undefined,
  };
}

/** Uses the first alias as the primary name of a group that has no "Prime Alias" row. */
function promoteFirstAlias(entry: WatchlistEntry): void {
  if (entry.primaryName !== "" || entry.aliases.length === 0) return;
  entry.primaryName = entry.aliases[0]!.name;
  entry.aliases = entry.aliases.slice(1);
}

/** Adds the row's name as the primary name or an alias; returns true when a new alias was added. */
function addName(entry: WatchlistEntry, row: string[]): boolean {
  const name = composeName(row, entry.entityType);
  if (name === "" || name === entry.primaryName) return false;
  const aliasType = row[COLUMN.aliasType] ?? "";
  if (aliasType === "Prime Alias" && entry.primaryName === "") {
    entry.primaryName = name;
    // A name first seen as an alias and later as the primary name is not kept twice.
    entry.aliases = entry.aliases.filter((alias) => alias.name !== name);
    return false;
  }
  if (entry.aliases.some((alias) => alias.name === name)) return false;
  // The 2018 layout has no alias quality column, so every listed alias counts as strong.
  entry.aliases.push({ name, kind: ALIAS_KINDS[aliasType] ?? "aka", quality: "strong" });
  return true;
}

/**
 * Builds a name from `Name 6` (the surname, or the whole name of an entity)
 * and `Name 1` to `Name 5`, as "SURNAME, Given Names" for people like OFAC.
 */
function composeName(row: string[], entityType: EntityType): string {
  const surname = row[COLUMN.name6] ?? "";
  const given = row.slice(COLUMN.name1, COLUMN.name1 + 5).filter((part) => part !== "").join(" ");
  if (entityType !== "person") return [surname, given].filter((part) => part !== "").join(" ");
  if (surname === "") return given;
  return given === "" ? surname : `${surname}, ${given}`;
}

function addDetails(entry: WatchlistEntry, row: string[]): void {
  // Rows of one group sometimes carry differently worded Other Information, so each distinct text is kept.
  const otherInformation = row[COLUMN.otherInformation] ?? "";
  if (otherInformation !== "" && !(entry.remarks ?? "").split("\n").includes(otherInformation)) {
    entry.remarks = entry.remarks === undefined ? otherInformation : `${entry.remarks}\n${otherInformation}`;
  }
  const birthDate = parseUkBirthDate(row[COLUMN.dob] ?? "");
  if (birthDate !== null && !entry.birthDates.some((known) => JSON.stringify(known) === JSON.stringify(birthDate))) {
    entry.birthDates.push(birthDate);
  }
  addUnique(entry.nationalities, readUkCountryCodes(row[COLUMN.nationality] ?? ""));

  const documents = [
    ...parseUkDocumentNumbers(row[COLUMN.passport] ?? "", "Passport", "passport"),
    ...parseUkDocumentNumbers(row[COLUMN.niNumber] ?? "", "NI Number", "national-id"),
  ];
  for (const identifier of documents) {
    if (!entry.identifiers.some((known) => known.value === identifier.value)) entry.identifiers.push(identifier);
  }

  const country = row[COLUMN.country] ?? "";
  const addressParts = row.slice(COLUMN.address1, COLUMN.postCode + 1).filter((part) => part !== "");
  if (country !== "") addressParts.push(country);
  const addressText = addressParts.join(", ");
  const countryCodes = readUkCountryCodes(country);
  if (addressText !== "" && !entry.addresses.some((address) => address.text === addressText)) {
    entry.addresses.push({ text: addressText, countryCode: countryCodes[0] ?? countryCodeFromName(country) });
  }
  addUnique(entry.countries, countryCodes);
  addUnique(entry.countries, readUkCountryCodes(row[COLUMN.countryOfBirth] ?? ""));
}

function addUnique(target: string[], values: string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}

/**
 * Maps `Group Type` to an entity type. The 2018 layout lists ships as
 * "Entity"; one whose Other Information carries an IMO number is a vessel.
 */
function entityTypeOf(groupType: string, otherInformation: string): EntityType {
  if (groupType === "Individual") return "person";
  if (groupType === "Ship" || findImoNumbers(otherInformation).length > 0) return "vessel";
  return "organization";
}
