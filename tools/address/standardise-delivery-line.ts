import { parseUnitLine, splitTrailingUnits } from "./secondary-unit-parser.js";
import { standardiseStreetName } from "./standardise-street-name.js";

/** The form of a US delivery address line, as USPS Publication 28 distinguishes them. */
export type DeliveryLineKind = "street" | "po-box" | "rural-route" | "highway-contract" | "military" | "general-delivery";

/** A part a carrier needs that the delivery line lacks. */
export type MissingPart = "house number" | "street name" | "box number";

/** A standardised delivery line with its form and any missing parts. */
export interface StandardDeliveryLine {
  kind: DeliveryLineKind;
  text: string;
  /** Standardised secondary units found on the line (APT 4B), already part of `text`. */
  units: string[];
  missing: MissingPart[];
}

/** Prefixes applicants write for a post office box, each standardised to PO BOX. */
const PO_BOX_PREFIXES: readonly (readonly string[])[] = [
  ["POST", "OFFICE", "BOX"],
  ["P", "O", "BOX"],
  ["PO", "BOX"],
  ["POST", "BOX"],
  ["POBOX"],
  ["POB"],
  ["BOX"],
];

const RURAL_ROUTE_PREFIXES: readonly (readonly string[])[] = [["RURAL", "ROUTE"], ["RURAL", "RTE"], ["RURAL", "RT"], ["RFD"], ["RR"]];

const HIGHWAY_CONTRACT_PREFIXES: readonly (readonly string[])[] = [
  ["HIGHWAY", "CONTRACT"],
  ["HWY", "CONTRACT"],
  ["STAR", "ROUTE"],
  ["HC"],
];

/** Military delivery lines: PSC, CMR or UNIT with a number, then BOX with a number (APO, FPO, DPO mail). */
const MILITARY_PATTERN = /^(PSC|CMR|UNIT) \d+ BOX \d+$/;

function matchPrefix(tokens: readonly string[], prefixes: readonly (readonly string[])[]): string[] | null {
  for (const prefix of prefixes) {
    if (prefix.every((word, index) => tokens[index] === word)) return tokens.slice(prefix.length);
  }
  return null;
}

/** Standardises a route line ("RR 2 BX 5" to RR 2 BOX 5) and reports a missing box number. */
function standardiseRouteLine(kind: "rural-route" | "highway-contract", code: string, rest: string[]): StandardDeliveryLine {
  const tokens = rest.map((token) => (token === "BX" ? "BOX" : token));
  const boxIndex = tokens.indexOf("BOX");
  const hasBoxNumber = boxIndex >= 0 && tokens[boxIndex + 1] !== undefined;
  return { kind, text: [code, ...tokens].join(" "), units: [], missing: hasBoxNumber ? [] : ["box number"] };
}

function standardiseStreetLine(tokens: readonly string[]): StandardDeliveryLine {
  const missing: MissingPart[] = [];
  let houseNumber: string[] = [];
  let rest = [...tokens];

  if (rest[0] !== undefined && /\d/.test(rest[0])) {
    houseNumber = [rest[0]];
    rest = rest.slice(1);
    // A fractional house number is written apart: 123 1/2 MAIN ST.
    if (rest[0] !== undefined && /^\d+\/\d+$/.test(rest[0])) {
      houseNumber.push(rest[0]);
      rest = rest.slice(1);
    }
  } else {
    missing.push("house number");
  }

  // A line with only a house number and units ("123 APT 4") has no street. Otherwise one street word is kept.
  const unitsOnly = rest.length > 0 ? parseUnitLine(rest) : null;
  const { rest: street, units } = unitsOnly !== null ? { rest: [], units: unitsOnly } : splitTrailingUnits(rest, 1);
  if (street.length === 0) missing.push("street name");

  const text = [...houseNumber, ...standardiseStreetName(street), ...units].join(" ");
  return { kind: "street", text, units, missing };
}

/**
 * Standardises one tokenised US delivery line: PO boxes ("P.O. Box 12" to
 * PO BOX 12), rural routes (RR), highway contract routes (HC), military
 * lines (PSC 1234 BOX 5678), general delivery, or a street address with
 * house number, directionals, Appendix C1 suffix and secondary units.
 */
export function standardiseDeliveryLine(tokens: readonly string[]): StandardDeliveryLine {
  const poBox = matchPrefix(tokens, PO_BOX_PREFIXES);
  // A bare "BOX" prefix counts only before a number, so BOX ELDER DR stays a street.
  if (poBox !== null && (tokens[0] !== "BOX" || /\d/.test(poBox[0] ?? ""))) {
    return { kind: "po-box", text: ["PO", "BOX", ...poBox].join(" "), units: [], missing: poBox.length === 0 ? ["box number"] : [] };
  }

  const ruralRoute = matchPrefix(tokens, RURAL_ROUTE_PREFIXES);
  if (ruralRoute !== null) return standardiseRouteLine("rural-route", "RR", ruralRoute);

  const highwayContract = matchPrefix(tokens, HIGHWAY_CONTRACT_PREFIXES);
  if (highwayContract !== null) return standardiseRouteLine("highway-contract", "HC", highwayContract);

  const joined = tokens.join(" ");
  if (MILITARY_PATTERN.test(joined)) return { kind: "military", text: joined, units: [], missing: [] };
  if (joined === "GENERAL DELIVERY") return { kind: "general-delivery", text: joined, units: [], missing: [] };

  return standardiseStreetLine(tokens);
}
