import { z } from "zod";

/** An address in its standard printed form, every part upper case. */
export const StandardAddressSchema = z.object({
  /** Lines above the city line. For US addresses the delivery address line is the last one. */
  lines: z.array(z.string()),
  city: z.string(),
  /** USPS state code for US addresses. For UK addresses, the county as written (upper case) or null. */
  region: z.string().nullable(),
  /** ZIP or ZIP+4 code, or UK postcode, normalised when valid and as written (trimmed, upper case) otherwise. */
  postalCode: z.string(),
  country: z.enum(["US", "GB"]),
});
export type StandardAddress = z.infer<typeof StandardAddressSchema>;

/**
 * Formats an address on one line: the address lines, then the city line.
 * US addresses end "CITY ST 12345-6789" as USPS prints the last line; UK
 * addresses separate town, county and postcode with commas.
 */
export function formatSingleLine(address: StandardAddress): string {
  const lines = address.lines.map((line) => line.trim()).filter((line) => line.length > 0);
  const lastLine =
    address.country === "US"
      ? [address.city, address.region ?? "", address.postalCode].filter((part) => part.length > 0).join(" ")
      : [address.city, address.region ?? "", address.postalCode].filter((part) => part.length > 0).join(", ");
  return [...lines, lastLine].filter((part) => part.length > 0).join(", ");
}
