import { parseListXml } from "../parse-list-xml.js";
import type { Alias, EntityType, Identifier, ListedAddress, LoadedWatchlist, WatchlistEntry } from "../../model/watchlist-entry.js";
import { createIdentifier, identifierKindOf } from "../identifier-kind.js";
import { computeListVersion } from "../list-version.js";
import { readListFile } from "../read-list-file.js";
import { childrenOf, textOf, type XmlNode } from "../un/xml-node.js";
import { parseUkBirthDate, parseUkDate } from "./parse-uk-date.js";
import { readUkCountryCodes } from "./uk-country-codes.js";

/** File name of the UK Sanctions List XML inside its folder, as the FCDO names the download. */
export const UK_SANCTIONS_LIST_FILE = "UK-Sanctions-List.xml";

const ENTITY_TYPES: Record<string, EntityType> = { individual: "person", entity: "organization", ship: "vessel" };

/**
 * Reads the UK Sanctions List XML that the FCDO publishes (since 2022):
 * `Designations/Designation` elements keyed by `UniqueID` (such as
 * RUS0251), names as `Name1` to `Name6` with a `NameType` and, on aliases,
 * an `AliasStrength`, and details under `IndividualDetails`, `EntityDetails`
 * or `ShipDetails`.
 */
export async function readUkSanctionsListXml(folder: string, listId: string): Promise<LoadedWatchlist> {
  const file = await readListFile(folder, UK_SANCTIONS_LIST_FILE);
  const document = parseListXml(file.bytes.toString("utf8"), file.name, { ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, isArray: () => true });
  const root = childrenOf(document, "Designations")[0];

  const entries = childrenOf(root, "Designation").map((node) => readDesignation(listId, node));
  return {
    listId,
    source: folder,
    version: computeListVersion([file], parseUkDate(textOf(root, "DateGenerated"))),
    entries,
    stats: {
      entries: entries.length,
      aliases: entries.reduce((sum, entry) => sum + entry.aliases.length, 0),
      orphansSkipped: { aliases: 0, addresses: 0, comments: 0 },
    },
  };
}

function readDesignation(listId: string, node: XmlNode): WatchlistEntry {
  const entityType = ENTITY_TYPES[textOf(node, "IndividualEntityShip").toLowerCase()] ?? "organization";
  const { primaryName, aliases } = readNames(node, entityType);
  const individual = childrenOf(childrenOf(node, "IndividualDetails")[0], "Individual");
  const ships = childrenOf(childrenOf(node, "ShipDetails")[0], "Ship");

  const addresses: ListedAddress[] = childrenOf(childrenOf(node, "Addresses")[0], "Address")
    .map((address) => {
      const keys = ["AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4", "AddressLine5", "AddressLine6", "AddressPostalCode", "AddressCountry"];
      const text = keys.map((key) => textOf(address, key)).filter((part) => part !== "").join(", ");
      return { text, countryCode: readUkCountryCodes(textOf(address, "AddressCountry"))[0] ?? null };
    })
    .filter((address) => address.text !== "");

  const flags = ships.flatMap((ship) => textsUnder(ship, "CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip"));
  const countries = [
    ...addresses.map((address) => address.countryCode).filter((code): code is string => code !== null),
    ...flags.flatMap(readUkCountryCodes),
  ];
  const otherInformation = textOf(node, "OtherInformation");
  return {
    listId,
    entryId: textOf(node, "UniqueID"),
    entityType,
    primaryName,
    aliases,
    birthDates: individual.flatMap((person) => textsUnder(person, "DOBs", "DOB")).flatMap((text) => parseUkBirthDate(text) ?? []),
    nationalities: [...new Set(individual.flatMap((person) => textsUnder(person, "Nationalities", "Nationality")).flatMap(readUkCountryCodes))],
    countries: [...new Set(countries)],
    addresses,
    identifiers: readIdentifiers(node, individual, ships),
    programs: [textOf(node, "RegimeName")].filter((regime) => regime !== ""),
    listedOn: parseUkDate(textOf(node, "DateDesignated")) ?? undefined,
    remarks: otherInformation === "" ? undefined : otherInformation,
  };
}

/**
 * Reads `Names/Name` and `NonLatinNames`. The first "Primary Name" is the
 * primary name; "Primary Name Variation" and "Alias" are aliases, weak when
 * `AliasStrength` is "Low quality a.k.a". The list spells `NameType` with mixed
 * case ("Primary name", "ALias"), so it is compared in lower case.
 */
function readNames(node: XmlNode, entityType: EntityType): { primaryName: string; aliases: Alias[] } {
  let primaryName = "";
  const aliases: Alias[] = [];
  for (const name of childrenOf(childrenOf(node, "Names")[0], "Name")) {
    const surname = textOf(name, "Name6");
    const given = ["Name1", "Name2", "Name3", "Name4", "Name5"].map((key) => textOf(name, key)).filter((part) => part !== "").join(" ");
    const full = entityType === "person" && surname !== "" && given !== "" ? `${surname}, ${given}` : [given, surname].filter((part) => part !== "").join(" ");
    if (full === "") continue;
    const type = textOf(name, "NameType").toLowerCase();
    if (type === "primary name" && primaryName === "") {
      primaryName = full;
      continue;
    }
    if (full === primaryName || aliases.some((alias) => alias.name === full)) continue;
    const weak = /low/i.test(textOf(name, "AliasStrength"));
    aliases.push({ name: full, kind: "aka", quality: weak ? "weak" : "strong" });
  }
  for (const nonLatin of childrenOf(childrenOf(node, "NonLatinNames")[0], "NonLatinName")) {
    const text = textOf(nonLatin, "NameNonLatinScript");
    if (text !== "") aliases.push({ name: text, kind: "original-script", quality: "strong" });
  }
  if (primaryName === "" && aliases.length > 0) primaryName = aliases.shift()!.name;
  return { primaryName, aliases };
}

function readIdentifiers(node: XmlNode, individual: XmlNode[], ships: XmlNode[]): Identifier[] {
  const identifiers: Identifier[] = [];
  for (const person of individual) {
    for (const passport of childrenOf(childrenOf(person, "PassportDetails")[0], "Passport")) {
      const number = textOf(passport, "PassportNumber");
      const information = textOf(passport, "PassportAdditionalInformation");
      if (number !== "") identifiers.push(createIdentifier("Passport", number, countryNamed(information)));
    }
    for (const national of childrenOf(childrenOf(person, "NationalIdentifierDetails")[0], "NationalIdentifier")) {
      const number = textOf(national, "NationalIdentifierNumber");
      const information = textOf(national, "NationalIdentifierAdditionalInformation");
      if (number === "") continue;
      // The additional information sometimes names the kind of number ("Tax identification number").
      const kind = identifierKindOf(information);
      identifiers.push({ ...createIdentifier("National Identifier", number, countryNamed(information)), kind: kind === "other" ? "national-id" : kind });
    }
  }
  for (const entity of childrenOf(childrenOf(node, "EntityDetails")[0], "Entity")) {
    for (const number of textsUnder(entity, "BusinessRegistrationNumbers", "BusinessRegistrationNumber")) {
      identifiers.push(createIdentifier("Business Registration Number", number, null));
    }
  }
  for (const ship of ships) {
    for (const number of textsUnder(ship, "IMONumbers", "IMONumber")) identifiers.push({ ...createIdentifier("IMO", number, null), kind: "imo" });
  }
  // The list repeats a passport once per row it was merged from, so duplicates are dropped.
  return identifiers.filter((identifier, index) => identifiers.findIndex((other) => other.kind === identifier.kind && other.value === identifier.value) === index);
}

/** Returns the additional information as the issuing country when it names one, else null. */
function countryNamed(information: string): string | null {
  return readUkCountryCodes(information).length > 0 ? information : null;
}

/** Returns the texts of `container/item` elements, such as `DOBs/DOB`. */
function textsUnder(node: XmlNode | undefined, container: string, item: string): string[] {
  const value = childrenOf(node, container)[0]?.[item];
  const items: unknown[] = Array.isArray(value) ? value : [];
  return items.filter((text): text is string => typeof text === "string").map((text) => text.trim()).filter((text) => text !== "");
}
