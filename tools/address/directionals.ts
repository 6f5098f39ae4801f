/** Directional words, in full and abbreviated, mapped to their USPS Publication 28 abbreviations. */
export const DIRECTIONALS: ReadonlyMap<string, string> = new Map([
  ["NORTH", "N"],
  ["SOUTH", "S"],
  ["EAST", "E"],
  ["WEST", "W"],
  ["NORTHEAST", "NE"],
  ["NORTHWEST", "NW"],
  ["SOUTHEAST", "SE"],
  ["SOUTHWEST", "SW"],
  ["N", "N"],
  ["S", "S"],
  ["E", "E"],
  ["W", "W"],
  ["NE", "NE"],
  ["NW", "NW"],
  ["SE", "SE"],
  ["SW", "SW"],
]);

/**
 * Combines two directional words written apart ("NORTH WEST", "S E") into one
 * abbreviation. Returns null for pairs that do not combine (NORTH SOUTH, EAST
 * WEST), which Publication 28 treats as part of the street name.
 */
export function combineDirectionals(first: string, second: string): string | null {
  const vertical = DIRECTIONALS.get(first);
  const horizontal = DIRECTIONALS.get(second);
  if (vertical !== "N" && vertical !== "S") return null;
  if (horizontal !== "E" && horizontal !== "W") return null;
  return vertical + horizontal;
}
