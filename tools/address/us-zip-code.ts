import { createRequire } from "node:module";

/** A ZIP code in valid format, split into its parts. */
export interface ParsedZipCode {
  zip5: string;
  /** The ZIP+4 add-on, or null for a five-digit ZIP code. */
  plus4: string | null;
  /** 12345 or 12345-6789, the form USPS prints. */
  formatted: string;
}

/**
 * Parses a ZIP or ZIP+4 code written as 12345, 12345-6789, "12345 6789" or
 * 123456789. Returns null for anything else, such as four digits or letters.
 */
export function parseZipCode(value: string): ParsedZipCode | null {
  const match = /^(\d{5})(?:[-\s]?(\d{4}))?$/.exec(value.trim());
  if (!match) return null;

  const zip5 = match[1]!;
  const plus4 = match[2] ?? null;
  return { zip5, plus4, formatted: plus4 === null ? zip5 : `${zip5}-${plus4}` };
}

/** City and state the bundled ZIP dataset lists for one five-digit ZIP code. */
export interface ZipRecord {
  zip: string;
  /** The one city name the dataset lists, in title case ("Beverly Hills"). */
  city: string;
  /** USPS state code, including territories and the Armed Forces codes AA, AE and AP. */
  state: string;
}

interface ZipcodesModule {
  lookup(zip: string): { zip: string; city: string; state: string } | undefined;
}

let zipcodesModule: ZipcodesModule | null = null;

/**
 * Loads the `zipcodes` package (version 8.0.0) on first use, because its
 * 5 MB data file takes about 170 ms to load and only US addresses need it.
 *
 * Its data, lib/codes.js, contains 42,555 US ZIP codes with one city name,
 * the state, latitude and longitude each. The package's scripts/process.js
 * built it from the free database at federalgovernmentzipcodes.us and
 * GeoNames' US postal codes. The package records no date for the data.
 * Limits: ZIP codes created after that build are missing, retired ones may
 * remain, only one city name per ZIP is kept (USPS accepts alternates), and
 * there is no ZIP+4 data, so the add-on is checked for format only.
 */
function loadZipcodes(): ZipcodesModule {
  zipcodesModule ??= createRequire(import.meta.url)("zipcodes") as ZipcodesModule;
  return zipcodesModule;
}

/** Looks a five-digit ZIP code up in the bundled dataset, returning null when it is not listed. */
export function lookupZipCode(zip5: string): ZipRecord | null {
  if (!/^\d{5}$/.test(zip5)) return null;

  const record = loadZipcodes().lookup(zip5);
  if (record === undefined) return null;
  return { zip: record.zip, city: record.city, state: record.state };
}
