import { renderCharacter, splitNameCharacters } from "./transliterate.js";

/** Result of comparing an applicant's name with the MRZ's: equal, equal up to the issuer's truncation, or different. */
export type NameMatch = "exact" | "truncated" | "mismatch";

/**
 * Compares a name as the applicant wrote it with the MRZ form of that name
 * (parts separated by spaces or `<`). Every transliteration ICAO allows is
 * tried for each character. With `allowTruncation`, the MRZ may also contain
 * only the beginning of the name, as when an issuer cuts names to fit the
 * line or reduces the last given name to an initial.
 */
export function matchMrzName(applicantName: string, mrzName: string, allowTruncation: boolean): NameMatch {
  const characters = splitNameCharacters(applicantName);
  const target = mrzName.trim().toUpperCase().replace(/ /g, "<");

  // Dynamic programming over (applicant character, MRZ position): a state is
  // reachable when the first i characters can render as the first j MRZ characters.
  const width = target.length + 1;
  const reachable = new Uint8Array((characters.length + 1) * width);
  reachable[0] = 1;
  let truncatedMatch = false;

  for (let i = 0; i < characters.length; i += 1) {
    const options = renderCharacter(characters[i] ?? "");
    for (let j = 0; j <= target.length; j += 1) {
      if (!reachable[i * width + j]) continue;
      if (j === target.length && j > 0) truncatedMatch = true;

      for (const option of options) {
        if (target.startsWith(option, j)) {
          reachable[(i + 1) * width + j + option.length] = 1;
        } else if (j < target.length && option.startsWith(target.slice(j))) {
          // A multi-letter rendering such as AE cut after its first letter.
          truncatedMatch = true;
        }
      }
    }
  }

  if (reachable[characters.length * width + target.length]) return "exact";
  if (allowTruncation && (truncatedMatch || (target === "" && characters.length > 0))) return "truncated";
  return "mismatch";
}
