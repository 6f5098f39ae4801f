/** A secondary unit designator: its USPS standard abbreviation and whether a range (number) must follow it. */
export interface SecondaryUnitDesignator {
  standard: string;
  requiresRange: boolean;
}

/**
 * Secondary unit designators from USPS Publication 28, Appendix C2: the
 * designator name, the standard abbreviation, whether a secondary range must
 * follow, then other spellings seen in applications. `#` is handled apart,
 * because Publication 28 uses it only when the designator is unknown.
 */
const DESIGNATOR_ROWS: readonly (readonly [name: string, standard: string, requiresRange: boolean, ...variants: string[]])[] = [
  ["APARTMENT", "APT", true, "APPT", "APPARTMENT"],
  ["BASEMENT", "BSMT", false],
  ["BUILDING", "BLDG", true, "BLD", "BLDNG"],
  ["DEPARTMENT", "DEPT", true],
  ["FLOOR", "FL", true, "FLR"],
  ["FRONT", "FRNT", false],
  ["HANGAR", "HNGR", true, "HANGER"],
  ["KEY", "KEY", true],
  ["LOBBY", "LBBY", false],
  ["LOT", "LOT", true],
  ["LOWER", "LOWR", false],
  ["OFFICE", "OFC", false],
  ["PENTHOUSE", "PH", false],
  ["PIER", "PIER", true],
  ["REAR", "REAR", false],
  ["ROOM", "RM", true],
  ["SIDE", "SIDE", false],
  ["SLIP", "SLIP", true],
  ["SPACE", "SPC", true],
  ["STOP", "STOP", true],
  ["SUITE", "STE", true, "SUIT"],
  ["TRAILER", "TRLR", true],
  ["UNIT", "UNIT", true],
  ["UPPER", "UPPR", false],
];

function buildDesignatorMap(): ReadonlyMap<string, SecondaryUnitDesignator> {
  const map = new Map<string, SecondaryUnitDesignator>();
  for (const [name, standard, requiresRange, ...variants] of DESIGNATOR_ROWS) {
    for (const spelling of [name, standard, ...variants]) map.set(spelling, { standard, requiresRange });
  }
  return map;
}

/** Every designator spelling (name, standard abbreviation, common variant) mapped to its Appendix C2 entry. */
export const SECONDARY_UNIT_DESIGNATORS: ReadonlyMap<string, SecondaryUnitDesignator> = buildDesignatorMap();

/** The designator Publication 28 uses when a unit number is given without a known designator. */
export const UNKNOWN_DESIGNATOR = "#";
