/** One XML element as fast-xml-parser returns it: child elements and `@`-prefixed attributes by name. */
export type XmlNode = Record<string, unknown>;

/** Elements that can repeat, so the parser always returns them as arrays. */
export const REPEATED_ELEMENTS: ReadonlySet<string> = new Set([
  "INDIVIDUAL", "ENTITY", "INDIVIDUAL_ALIAS", "ENTITY_ALIAS", "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS",
  "INDIVIDUAL_DATE_OF_BIRTH", "INDIVIDUAL_DOCUMENT", "NATIONALITY", "VALUE", "NAME_ORIGINAL_SCRIPT",
]);

/** Returns the trimmed text of a child element, or "" when it is absent or empty. */
export function textOf(node: XmlNode | undefined, key: string): string {
  const value = node?.[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" || typeof first === "number" ? String(first).trim() : "";
}

/** Returns the child elements named `key`, always as an array. */
export function childrenOf(node: XmlNode | undefined, key: string): XmlNode[] {
  const value = node?.[key];
  if (value === undefined || value === "") return [];
  return (Array.isArray(value) ? value : [value]).filter((item): item is XmlNode => typeof item === "object" && item !== null);
}
