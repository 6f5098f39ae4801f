import { parseListXml } from "../parse-list-xml.js";
import type { Alias, EntityType, Identifier, ListedAddress, ListedBirthDate, LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { countryCodeFromIso, countryCodeFromName } from "../country-code.js";
import { createIdentifier, identifierKindOf } from "../identifier-kind.js";
import { computeListVersion } from "../list-version.js";
import { readListFile } from "../read-list-file.js";
import { childrenOf, type XmlNode } from "../un/xml-node.js";

/** File name of the EU consolidated financial sanctions XML inside its folder. */
export const EU_FSF_FILE = "sanctions.xml";

/**
 * Reads the EU consolidated financial sanctions list in its XML export
 * layout (version 1.1, namespace `http://eu.europa.ec/fpi/fsd/export`):
 * `export/sanctionEntity` elements whose details are attributes of
 * `nameAlias`, `birthdate`, `citizenship`, `address`, `identification` and
 * `regulation` children. The entity's `logicalId` is the entry id.
 */
export async function readEuFsfXml(folder: string, listId: string): Promise<LoadedWatchlist> {
  const file = await readListFile(folder, EU_FSF_FILE);
  const document = parseListXml(file.bytes.toString("utf8"), file.name, {
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  });
  const root = childrenOf(document, "export")[0];
  const generated = attribute(root, "generationDate").slice(0, 10);

  const entries = childrenOf(root, "sanctionEntity").map((node) => readEntity(listId, node));
  return {
    listId,
    source: folder,
    version: computeListVersion([file], /^\d{4}-\d{2}-\d{2}$/.test(generated) ? generated : null),
    entries,
    stats: {
      entries: entries.length,
      aliases: entries.reduce((sum, entry) => sum + entry.aliases.length, 0),
      orphansSkipped: { aliases: 0, addresses: 0, comments: 0 },
    },
  };
}

function readEntity(listId: string, node: XmlNode): WatchlistEntry {
  const subject = attribute(childrenOf(node, "subjectType")[0], "code");
  const entityType: EntityType = subject === "person" ? "person" : "organization";

  const names = childrenOf(node, "nameAlias").map((alias) => ({ name: attribute(alias, "wholeName"), strong: attribute(alias, "strong") !== "false" }));
  const primaryIndex = Math.max(0, names.findIndex((name) => name.strong && name.name !== "" && isLatin(name.name)));
  const primaryName = names[primaryIndex]?.name ?? "";
  const aliases: Alias[] = names
    .filter((name, index) => index !== primaryIndex && name.name !== "" && name.name !== primaryName)
    .map((name) => ({ name: name.name, kind: isLatin(name.name) ? "aka" : "original-script", quality: name.strong ? "strong" : "weak" }));

  const addresses: ListedAddress[] = childrenOf(node, "address")
    .map((address) => {
      const parts = ["street", "poBox", "city", "zipCode", "region", "countryDescription"].map((key) => attribute(address, key));
      return { text: parts.filter((part) => part !== "" && part !== "UNKNOWN").join(", "), countryCode: countryOf(address) };
    })
    .filter((address) => address.text !== "");

  const nationalities = childrenOf(node, "citizenship").map(countryOf).filter((code): code is string => code !== null);
  const remarks = textsOf(node, "remark");
  return {
    listId,
    entryId: attribute(node, "logicalId") || attribute(node, "euReferenceNumber"),
    entityType,
    primaryName,
    aliases,
    birthDates: childrenOf(node, "birthdate").flatMap((birth) => readBirthDate(birth) ?? []),
    nationalities: [...new Set(nationalities)],
    countries: [...new Set(addresses.map((address) => address.countryCode).filter((code): code is string => code !== null))],
    addresses,
    identifiers: childrenOf(node, "identification").flatMap((identification) => readIdentification(identification) ?? []),
    programs: [...new Set(childrenOf(node, "regulation").map((regulation) => attribute(regulation, "programme")).filter((programme) => programme !== ""))],
    listedOn: attribute(node, "designationDate") || undefined,
    remarks: remarks.length > 0 ? remarks.join(" ") : undefined,
  };
}

function readBirthDate(node: XmlNode): ListedBirthDate | null {
  const date = attribute(node, "birthdate");
  const circa = attribute(node, "circa") === "true";
  const year = Number(attribute(node, "year"));
  const month = Number(attribute(node, "monthOfYear"));
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return circa ? { kind: "year", year: Number(date.slice(0, 4)), approximate: true } : { kind: "date", date };
  if (!Number.isInteger(year) || year < 1800) return null;
  if (!circa && Number.isInteger(month) && month >= 1 && month <= 12) return { kind: "month", year, month };
  return { kind: "year", year, approximate: circa };
}

/** Reads one `identification`. Its type code (passport, id, regnumber, fiscalcode, swiftbic) sets the kind, and its description is the label. */
function readIdentification(node: XmlNode): Identifier | null {
  const number = attribute(node, "number") || attribute(node, "latinNumber");
  if (number === "") return null;
  const code = attribute(node, "identificationTypeCode");
  const identifier = createIdentifier(attribute(node, "identificationTypeDescription") || code || "Document", number, countryOf(node));
  const codeKind = identifierKindOf(code);
  return codeKind === "other" || identifier.kind === "imo" ? identifier : { ...identifier, kind: codeKind };
}

/** Returns the alpha-2 code of a node's country. The EU writes "00" with "UNKNOWN" when the country is not known. */
function countryOf(node: XmlNode): string | null {
  const iso = attribute(node, "countryIso2Code");
  if (iso !== "" && iso !== "00") return countryCodeFromIso(iso);
  const description = attribute(node, "countryDescription");
  return description === "" || description === "UNKNOWN" ? null : countryCodeFromName(description);
}

function attribute(node: XmlNode | undefined, name: string): string {
  const value = node?.[`@${name}`];
  return typeof value === "string" ? value.trim() : "";
}

/** Returns the text of every child element named `key`; a child with attributes keeps its text under `#text`. */
function textsOf(node: XmlNode, key: string): string[] {
  const value = node[key];
  if (value === undefined) return [];
  const texts: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    const text: unknown = typeof item === "object" && item !== null ? (item as XmlNode)["#text"] : item;
    if (typeof text === "string" && text.trim() !== "") texts.push(text.trim());
  }
  return texts;
}

/** True when a name has no letters outside the Latin script, so it is not an original-script spelling. */
function isLatin(name: string): boolean {
  return !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(name);
}
