import type { Alias, Identifier, ListedBirthDate } from "../../model/watchlist-entry.js";
import { countryCodeFromName } from "../country-code.js";
import { createIdentifier } from "../identifier-kind.js";
import { parseOfacDate } from "./parse-ofac-date.js";

/** Facts the matcher reads from an OFAC Remarks field. */
export interface OfacRemarks {
  birthDates: ListedBirthDate[];
  nationalities: string[];
  /** Aliases written in Remarks, which OFAC uses for weak (low-quality) aliases. */
  weakAliases: Alias[];
  identifiers: Identifier[];
}

/**
 * Identifier labels read from Remarks. OFAC uses many more labels; these are
 * the ones that identify a person, company or vessel directly.
 */
const IDENTIFIER_LABELS = [
  "Passport",
  "National ID No.",
  "Cedula No.",
  "SSN",
  "Tax ID No.",
  "Registration Number",
  "Identification Number",
  "Registration ID",
  "Legal Entity Number",
  "Vessel Registration Identification",
  "MMSI",
  "Driver's License No.",
  "Personal ID Card",
  "C.U.R.P.",
  "R.F.C.",
  "NIT #",
  "RUC #",
  "D.N.I.",
  "Residency Number",
  "Company Number",
  "Travel Document Number",
  "SWIFT/BIC",
];

const ALIAS_KINDS = { "a.k.a.": "aka", "f.k.a.": "fka", "n.k.a.": "nka" } as const;

/**
 * Parses the Remarks text of an OFAC legacy CSV row, a list of clauses
 * separated by semicolons ("DOB 10 Aug 1966; POB Tehran; nationality Iran;
 * Passport A123 (Iran); a.k.a. 'X'."), keeping dates of birth, nationalities,
 * identifiers and aliases. Other clauses are ignored.
 */
export function parseOfacRemarks(remarks: string): OfacRemarks {
  const parsed: OfacRemarks = { birthDates: [], nationalities: [], weakAliases: [], identifiers: [] };
  for (const rawClause of remarks.split(";")) {
    const clause = rawClause.trim().replace(/\.$/, "").replace(/^alt\.\s+/, "");
    if (clause === "") continue;
    readClause(clause, parsed);
  }
  return parsed;
}

function readClause(clause: string, parsed: OfacRemarks): void {
  if (clause.startsWith("DOB ")) {
    const birthDate = parseOfacDate(clause.slice(4));
    if (birthDate !== null) parsed.birthDates.push(birthDate);
    return;
  }

  const nationality = /^(?:nationality|citizen)\s+(.+)$/.exec(clause);
  if (nationality) {
    const code = countryCodeFromName(nationality[1]!);
    if (code !== null && !parsed.nationalities.includes(code)) parsed.nationalities.push(code);
    return;
  }

  const alias = /^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+'(.+)'$/.exec(clause);
  if (alias) {
    const kind = ALIAS_KINDS[alias[1] as keyof typeof ALIAS_KINDS];
    parsed.weakAliases.push({ name: alias[2]!, kind, quality: "weak" });
    return;
  }

  const label = IDENTIFIER_LABELS.find((candidate) => clause.startsWith(`${candidate} `));
  if (label !== undefined) {
    const rest = clause.slice(label.length + 1).trim();
    const withCountry = /^(.*?)\s+\(([^()]+)\)$/.exec(rest);
    parsed.identifiers.push(createIdentifier(label, withCountry ? withCountry[1]! : rest, withCountry ? withCountry[2]! : null));
  }
}
