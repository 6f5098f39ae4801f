/**
 * USPS two-letter codes for the states, the District of Columbia, the
 * territories, the freely associated states served by USPS, and the Armed
 * Forces "states" used with APO, FPO and DPO addresses.
 */
const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: "ALABAMA",
  AK: "ALASKA",
  AZ: "ARIZONA",
  AR: "ARKANSAS",
  CA: "CALIFORNIA",
  CO: "COLORADO",
  CT: "CONNECTICUT",
  DE: "DELAWARE",
  DC: "DISTRICT OF COLUMBIA",
  FL: "FLORIDA",
  GA: "GEORGIA",
  HI: "HAWAII",
  ID: "IDAHO",
  IL: "ILLINOIS",
  IN: "INDIANA",
  IA: "IOWA",
  KS: "KANSAS",
  KY: "KENTUCKY",
  LA: "LOUISIANA",
  ME: "MAINE",
  MD: "MARYLAND",
  MA: "MASSACHUSETTS",
  MI: "MICHIGAN",
  MN: "MINNESOTA",
  MS: "MISSISSIPPI",
  MO: "MISSOURI",
  MT: "MONTANA",
  NE: "NEBRASKA",
  NV: "NEVADA",
  NH: "NEW HAMPSHIRE",
  NJ: "NEW JERSEY",
  NM: "NEW MEXICO",
  NY: "NEW YORK",
  NC: "NORTH CAROLINA",
  ND: "NORTH DAKOTA",
  OH: "OHIO",
  OK: "OKLAHOMA",
  OR: "OREGON",
  PA: "PENNSYLVANIA",
  RI: "RHODE ISLAND",
  SC: "SOUTH CAROLINA",
  SD: "SOUTH DAKOTA",
  TN: "TENNESSEE",
  TX: "TEXAS",
  UT: "UTAH",
  VT: "VERMONT",
  VA: "VIRGINIA",
  WA: "WASHINGTON",
  WV: "WEST VIRGINIA",
  WI: "WISCONSIN",
  WY: "WYOMING",
  AS: "AMERICAN SAMOA",
  GU: "GUAM",
  MP: "NORTHERN MARIANA ISLANDS",
  PR: "PUERTO RICO",
  VI: "VIRGIN ISLANDS",
  FM: "FEDERATED STATES OF MICRONESIA",
  MH: "MARSHALL ISLANDS",
  PW: "PALAU",
  AA: "ARMED FORCES AMERICAS",
  AE: "ARMED FORCES EUROPE",
  AP: "ARMED FORCES PACIFIC",
};

/** Other names applicants write for the same places. */
const ALTERNATE_NAMES: Readonly<Record<string, string>> = {
  "WASHINGTON DC": "DC",
  "US VIRGIN ISLANDS": "VI",
  "UNITED STATES VIRGIN ISLANDS": "VI",
  "VIRGIN ISLANDS OF THE UNITED STATES": "VI",
  "COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS": "MP",
  MICRONESIA: "FM",
  "REPUBLIC OF PALAU": "PW",
  "REPUBLIC OF THE MARSHALL ISLANDS": "MH",
  // USPS routes Armed Forces mail for Africa, Canada and the Middle East under AE.
  "ARMED FORCES AFRICA": "AE",
  "ARMED FORCES CANADA": "AE",
  "ARMED FORCES MIDDLE EAST": "AE",
};

function buildStateLookup(): ReadonlyMap<string, string> {
  const lookup = new Map<string, string>();
  for (const [code, name] of Object.entries(STATE_NAMES)) {
    lookup.set(code, code);
    lookup.set(name, code);
  }
  for (const [name, code] of Object.entries(ALTERNATE_NAMES)) lookup.set(name, code);
  return lookup;
}

const STATE_LOOKUP = buildStateLookup();

/** Every USPS state and territory code, in the order above. */
export const US_STATE_CODES: readonly string[] = Object.keys(STATE_NAMES);

/**
 * Converts a state name or code in any case, with or without periods
 * ("New York", "ny", "N.Y.", "Washington, D.C."), to its USPS two-letter
 * code. Returns null when the text names no state.
 */
export function toUsStateCode(value: string): string | null {
  const key = value
    .toUpperCase()
    .replace(/[.']/g, "")
    .replace(/[^A-Z]+/g, " ")
    .trim();
  return STATE_LOOKUP.get(key) ?? null;
}
