import { parseListXml } from "../parse-list-xml.js";
import type { Alias, EntityType, Identifier, ListedAddress, LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { countryCodeFromName } from "../country-code.js";
import { createIdentifier } from "../identifier-kind.js";
import { computeListVersion } from "../list-version.js";
import { readListFile } from "../read-list-file.js";
import { readUnBirthDate } from "./read-un-birth-date.js";
import { childrenOf, REPEATED_ELEMENTS, textOf, type XmlNode } from "./xml-node.js";

/** File name of the UN Security Council consolidated list inside its folder. */
export const UN_FILE = "consolidated.xml";

/**
 * Reads the UN Security Council consolidated list XML: individuals and
 * entities, keyed by `REFERENCE_NUMBER` (such as QDi.263), with aliases by
 * `QUALITY` (Good and a.k.a. are strong, Low is weak), dates of birth,
 * nationalities, addresses, documents and names in original script.
 */
export async function readUnXml(folder: string, listId: string): Promise<LoadedWatchlist> {
  const file = await readListFile(folder, UN_FILE);
  const document = parseListXml(file.bytes.toString("utf8"), file.name, {
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    isArray: (name) => REPEATED_ELEMENTS.has(name),
  });
  const root = document.CONSOLIDATED_LIST as XmlNode | undefined;
  const generated = typeof root?.["@dateGenerated"] === "string" ? root["@dateGenerated"].slice(0, 10) : null;

  const entries: WatchlistEntry[] = [];
  for (const individuals of childrenOf(root, "INDIVIDUALS")) {
    for (const node of childrenOf(individuals, "INDIVIDUAL")) entries.push(readEntry(listId, node, "person", "INDIVIDUAL"));
  }
  for (const entities of childrenOf(root, "ENTITIES")) {
    for (const node of childrenOf(entities, "ENTITY")) entries.push(readEntry(listId, node, "organization", "ENTITY"));
  }

  return {
    listId,
    source: folder,
    version: computeListVersion([file], generated),
    entries,
    stats: {
      entries: entries.length,
      aliases: entries.reduce((sum, entry) => sum + entry.aliases.length, 0),
      orphansSkipped: { aliases: 0, addresses: 0, comments: 0 },
    },
  };
}

function readEntry(listId: string, node: XmlNode, entityType: EntityType, prefix: "INDIVIDUAL" | "ENTITY"): WatchlistEntry {
  const nameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((key) => textOf(node, key));
  const aliases: Alias[] = [];
  const birthDates = childrenOf(node, "INDIVIDUAL_DATE_OF_BIRTH").flatMap((dateNode) => readUnBirthDate(dateNode) ?? []);

  for (const aliasNode of childrenOf(node, `${prefix}_ALIAS`)) {
    const name = textOf(aliasNode, "ALIAS_NAME");
    if (name === "") continue;
    const quality = textOf(aliasNode, "QUALITY");
    aliases.push({ name, kind: quality === "f.k.a." ? "fka" : "aka", quality: quality === "Low" ? "weak" : "strong" });
    // Some aliases carry their own date of birth (a different identity document).
    const aliasDate = textOf(aliasNode, "DATE_OF_BIRTH");
    if (/^\d{4}-\d{2}-\d{2}$/.test(aliasDate)) birthDates.push({ kind: "date", date: aliasDate });
  }
  for (const name of valuesOf(node, "NAME_ORIGINAL_SCRIPT")) {
    aliases.push({ name, kind: "original-script", quality: "strong" });
  }

  const addresses: ListedAddress[] = childrenOf(node, `${prefix}_ADDRESS`)
    .map((address) => {
      const parts = ["STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"].map((key) => textOf(address, key));
      const country = textOf(address, "COUNTRY");
      return { text: parts.filter((part) => part !== "").join(", "), countryCode: country ? countryCodeFromName(country) : null };
    })
    .filter((address) => address.text !== "");

  const nationalities = childrenOf(node, "NATIONALITY")
    .flatMap((nationality) => valuesOf(nationality, "VALUE"))
    .map(countryCodeFromName)
    .filter((code): code is string => code !== null);

  return {
    listId,
    entryId: textOf(node, "REFERENCE_NUMBER") || textOf(node, "DATAID"),
    entityType,
    primaryName: nameParts.filter((part) => part !== "").join(" "),
    aliases,
    birthDates,
    nationalities: [...new Set(nationalities)],
    countries: [...new Set(addresses.map((address) => address.countryCode).filter((code): code is string => code !== null))],
    addresses,
    identifiers: childrenOf(node, "INDIVIDUAL_DOCUMENT").map(readDocument).filter((id): id is Identifier => id !== null),
    programs: [textOf(node, "UN_LIST_TYPE")].filter((program) => program !== ""),
  };
}

function valuesOf(node: XmlNode, key: string): string[] {
  const value = node[key];
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item): item is string => typeof item === "string").map((item) => item.trim()).filter((item) => item !== "");
}

function readDocument(node: XmlNode): Identifier | null {
  const value = textOf(node, "NUMBER");
  if (value === "") return null;
  return createIdentifier(textOf(node, "TYPE_OF_DOCUMENT") || "Document", value, textOf(node, "ISSUING_COUNTRY") || null);
}
