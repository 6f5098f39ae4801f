import type { ExtractedRequest } from "../request/extracted-request.js";

const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/i;
const US_STATE_ZIP = /\b([A-Z]{2})\s+(\d{5}(?:-\d{4})?)\b/i;
const US_COUNTRY = /^(?:US|USA|U\.S\.A?\.?|United States(?: of America)?)$/i;
const UK_COUNTRY = /^(?:UK|GB|GBR|U\.K\.|United Kingdom|Great Britain|England|Scotland|Wales|Northern Ireland)$/i;

/**
 * Parses a one-line US or UK address typed as comma-separated parts:
 * "street[, unit], city, ST 12345[, US]" or "street[, locality], town, POSTCODE[, UK]".
 * Returns null when neither shape fits.
 */
export function parseUsOrUkAddress(text: string): ExtractedRequest["address"] {
  const parts = text.split(",").map((part) => part.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  let country: "US" | "GB" | null = null;
  if (last && US_COUNTRY.test(last)) { country = "US"; parts.pop(); }
  else if (last && UK_COUNTRY.test(last)) { country = "GB"; parts.pop(); }
  if (parts.length < 2) return null;

  const tail = parts[parts.length - 1]!;
  const us = US_STATE_ZIP.exec(tail);
  if (us && country !== "GB") {
    const beforeState = tail.slice(0, us.index).trim();
    const city = beforeState || parts[parts.length - 2];
    const streetParts = beforeState ? parts.slice(0, -1) : parts.slice(0, -2);
    if (!city || streetParts.length === 0) return null;
    return {
      line1: streetParts[0]!, line2: streetParts.slice(1).join(", ") || null,
      city, region: us[1]!.toUpperCase(), postalCode: us[2]!, country: "US",
    };
  }
  const uk = UK_POSTCODE.exec(tail);
  if (uk && country !== "US") {
    const beforePostcode = tail.slice(0, uk.index).trim();
    const city = beforePostcode || parts[parts.length - 2];
    const streetParts = beforePostcode ? parts.slice(0, -1) : parts.slice(0, -2);
    if (!city || streetParts.length === 0) return null;
    return {
      line1: streetParts[0]!, line2: streetParts.slice(1).join(", ") || null,
      city, region: null, postalCode: uk[1]!.toUpperCase(), country: "GB",
    };
  }
  return null;
}
