import countries from "i18n-iso-countries";
import { isCalendarDate } from "../request/dates.js";
import { emptyExtraction, type ExtractedRequest } from "../request/extracted-request.js";
import { parseUsOrUkAddress } from "./parse-address-text.js";
import { readMrzIdentity } from "./mrz-identity.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const LABELS: Record<string, RegExp> = {
  fullName: /^(?:full name|name|applicant(?: name)?)$/,
  givenName: /^(?:given names?|first names?|forenames?)$/,
  familyName: /^(?:family name|surname|last name)$/,
  birthDate: /^(?:date of birth|dob|d\.o\.b\.|birth date|born)$/,
  nationality: /^(?:nationality|citizenship|citizen of)$/,
  address: /^(?:address|residential address|home address)$/,
  ssn: /^(?:ssn|social security(?: number)?)$/,
  itin: /^(?:itin)$/,
  product: /^(?:product|requested product)$/,
  tier: /^(?:tier|customer tier)$/,
  applicationDate: /^(?:application date|applied on)$/,
  documentNumber: /^(?:passport(?: number| no\.?)?|document(?: number| no\.?)?|id card(?: number)?)$/,
  documentExpiry: /^(?:expiry(?: date)?|expires|valid until|date of expiry)$/,
};

/** Parses the date formats operators type; returns null for ambiguous day/month order such as 03/04/1990. */
export function parseLooseDate(text: string): string | null {
  const value = text.trim().replace(/(\d)(st|nd|rd|th)\b/gi, "$1");
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  let parts: [number, number, number] | null = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
  if (!parts && (match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value))) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Day-first and month-first orders are both common; only an unambiguous value is accepted.
    if (a > 12 && b <= 12) parts = [year, b, a];
    else if (b > 12 && a <= 12) parts = [year, a, b];
    else if (a === b) parts = [year, a, b];
  }
  if (!parts && (match = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(value))) {
    const month = MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase());
    if (month >= 0) parts = [Number(match[3]), month + 1, Number(match[1])];
  }
  if (!parts && (match = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value))) {
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase());
    if (month >= 0) parts = [Number(match[3]), month + 1, Number(match[2])];
  }
  if (!parts) return null;
  const iso = `${parts[0]}-${String(parts[1]).padStart(2, "0")}-${String(parts[2]).padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Converts a country code or English country name to an ISO alpha-2 code. */
function toCountryCode(text: string): string | null {
  const value = text.trim().replace(/[.()]/g, "");
  const code = /\b([A-Z]{2,3})\b/.exec(text)?.[1];
  if (code && (countries.isValid(code) || code === "UK")) return code === "UK" ? "GB" : code;
  return countries.getAlpha2Code(value, "en") ?? null;
}

/** Finds groups of two or three consecutive MRZ-shaped lines. */
function findMrzLines(lines: string[]): string[] | null {
  const shaped = lines.map((line) => line.trim().replace(/\s+/g, "").toUpperCase());
  const isMrz = (line: string) => /^[A-Z0-9<]{28,46}$/.test(line) && line.includes("<");
  for (let i = 0; i < shaped.length; i += 1) {
    if (!isMrz(shaped[i]!)) continue;
    const group = [shaped[i]!];
    while (group.length < 3 && i + group.length < shaped.length && isMrz(shaped[i + group.length]!)) group.push(shaped[i + group.length]!);
    if (group.length >= 2) return group;
  }
  return null;
}

/** Splits "Given Family" or "FAMILY, Given" into parts. */
function splitFullName(text: string): { given: string; family: string } | null {
  const value = text.trim().replace(/\s+/g, " ");
  if (value.includes(",")) {
    const [family, given] = value.split(",", 2).map((part) => part.trim());
    return family && given ? { given, family } : null;
  }
  const words = value.split(" ");
  if (words.length < 2) return null;
  return { given: words.slice(0, -1).join(" "), family: words[words.length - 1]! };
}

/** Collects `label: value` pairs from lines and from `;`-separated segments; the last value of a label wins. */
function collectLabelledValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const segment of text.split(/\r?\n|;/)) {
    const match = /^\s*[-*]?\s*([A-Za-z][A-Za-z .']{1,30}?)\s*[:=]\s*(.+?)\s*$/.exec(segment);
    if (!match) continue;
    const label = match[1]!.trim().toLowerCase();
    const field = Object.entries(LABELS).find(([, pattern]) => pattern.test(label))?.[0];
    // A later line wins, so an operator can correct a field in a follow-up message.
    if (field) values.set(field, match[2]!);
  }
  return values;
}

/**
 * Extracts an onboarding request from chat text without a model. It reads
 * MRZ lines, `label: value` fields (name, date of birth, nationality, address,
 * SSN or ITIN, product, tier, document number and expiry) and a few free
 * phrases ("born 12 Aug 1974", "credit card"). It never guesses: whatever it
 * cannot read stays null and the caller asks for it.
 */
export function extractRequestOffline(text: string, today: string): ExtractedRequest {
  const extracted = emptyExtraction();
  const labelled = collectLabelledValues(text);

  const name = labelled.get("fullName");
  if (name) Object.assign(extracted, (({ given, family }) => ({ givenName: given, familyName: family }))(splitFullName(name) ?? { given: null, family: null }));
  extracted.givenName = labelled.get("givenName") ?? extracted.givenName;
  extracted.familyName = labelled.get("familyName") ?? extracted.familyName;

  const born = labelled.get("birthDate") ?? /\bborn(?: on)?\s+([0-9A-Za-z ,./-]{6,20}?\d{4})\b/i.exec(text)?.[1];
  // An unreadable or ambiguous date (03/04/1990) is passed on as typed, so validation reports it as
  // invalid with the expected format, not as missing.
  if (born) extracted.birthDate = parseLooseDate(born) ?? born.trim();
  const nationality = labelled.get("nationality");
  if (nationality) extracted.nationality = toCountryCode(nationality);
  const address = labelled.get("address");
  if (address) extracted.address = parseUsOrUkAddress(address);

  const ssn = labelled.get("ssn") ?? /\bSSN\b\W{0,3}(\d{3}-?\d{2}-?\d{4})\b/i.exec(text)?.[1];
  const itin = labelled.get("itin") ?? /\bITIN\b\W{0,3}(\d{3}-?\d{2}-?\d{4})\b/i.exec(text)?.[1];
  if (itin) Object.assign(extracted, { taxIdType: "ITIN", taxId: itin.trim() });
  else if (ssn) Object.assign(extracted, { taxIdType: "SSN", taxId: ssn.trim() });

  const productText = (labelled.get("product") ?? text).toLowerCase();
  if (/\b(credit|loan|overdraft|mortgage)\b/.test(productText)) extracted.product = "credit";
  else if (/\b(deposit|savings|checking|current account)\b/.test(productText)) extracted.product = "deposit";
  const tier = labelled.get("tier") ?? /\btier\s*(\d)\b/i.exec(text)?.[1];
  if (tier && /^\s*[1-3]\s*$/.test(tier)) extracted.customerTier = Number(tier);
  const applied = labelled.get("applicationDate");
  extracted.applicationDate = applied ? parseLooseDate(applied) : null;

  extracted.mrzLines = findMrzLines(text.split(/\r?\n/));
  if (!extracted.mrzLines) {
    const number = labelled.get("documentNumber");
    const expiry = labelled.get("documentExpiry");
    if (number) {
      extracted.documentType = /id card/i.test(text) ? "id_card" : "passport";
      extracted.documentNumber = number.replace(/\s+/g, "").toUpperCase();
      extracted.documentIssuingCountry = extracted.nationality;
      extracted.documentExpiryDate = expiry ? parseLooseDate(expiry) : null;
    }
  } else {
    // Fields the operator did not type are read from the MRZ; typed values win, and the
    // identity-document check compares the two.
    const identity = readMrzIdentity(extracted.mrzLines, today);
    if (identity) {
      extracted.givenName ??= identity.givenNames;
      extracted.familyName ??= identity.surname;
      extracted.birthDate ??= identity.birthDate;
      extracted.nationality ??= identity.nationality;
    }
  }
  return extracted;
}
