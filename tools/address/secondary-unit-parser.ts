import { SECONDARY_UNIT_DESIGNATORS, UNKNOWN_DESIGNATOR } from "./secondary-units.js";

/**
 * Checks whether a token can be a secondary range: it has a digit (4B, 210,
 * 4-B) or is a single letter (UNIT B). Longer words are refused so that a
 * street such as "SUITE AVE" is not read as a unit.
 */
function isSecondaryRange(token: string | undefined): token is string {
  return token !== undefined && (/\d/.test(token) || /^[A-Z]$/.test(token));
}

/** One unit matched at the end of a token list: its standard text and how many tokens it used. */
interface TrailingUnit {
  text: string;
  length: number;
}

function matchTrailingUnit(tokens: readonly string[]): TrailingUnit | null {
  const last = tokens.at(-1);
  const beforeLast = tokens.at(-2);
  const thirdLast = tokens.at(-3);

  if (isSecondaryRange(last) && beforeLast !== undefined) {
    if (beforeLast === UNKNOWN_DESIGNATOR) {
      // "APT # 4" keeps the named designator, and "# 4" alone keeps the pound sign.
      const named = thirdLast === undefined ? undefined : SECONDARY_UNIT_DESIGNATORS.get(thirdLast);
      if (named) return { text: `${named.standard} ${last}`, length: 3 };
      return { text: `${UNKNOWN_DESIGNATOR} ${last}`, length: 2 };
    }
    const designator = SECONDARY_UNIT_DESIGNATORS.get(beforeLast);
    if (designator) return { text: `${designator.standard} ${last}`, length: 2 };
  }

  const bare = last === undefined ? undefined : SECONDARY_UNIT_DESIGNATORS.get(last);
  if (bare && !bare.requiresRange) return { text: bare.standard, length: 1 };
  return null;
}

/**
 * Removes secondary units (APT 4B, STE 200, # 7, BSMT) from the end of a
 * delivery line's tokens, keeping at least `keep` tokens for the street.
 * Returns the remaining tokens and the standardised units in written order.
 */
export function splitTrailingUnits(tokens: readonly string[], keep: number): { rest: string[]; units: string[] } {
  let rest = [...tokens];
  const units: string[] = [];

  for (;;) {
    const unit = matchTrailingUnit(rest);
    if (!unit || rest.length - unit.length < keep) break;
    units.unshift(unit.text);
    rest = rest.slice(0, rest.length - unit.length);
  }
  return { rest, units };
}

/**
 * Reads a whole line (usually address line 2) as secondary units only, such
 * as "Apartment 4B" or "Bldg 2, Suite 100". A lone range ("4B") gets the `#`
 * designator, as Publication 28 prescribes when the designator is unknown.
 * Returns null when any token is not part of a unit.
 */
export function parseUnitLine(tokens: readonly string[]): string[] | null {
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && /\d/.test(tokens[0]!)) return [`${UNKNOWN_DESIGNATOR} ${tokens[0]}`];

  const { rest, units } = splitTrailingUnits(tokens, 0);
  return rest.length === 0 ? units : null;
}
