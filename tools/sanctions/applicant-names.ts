import type { Applicant } from "../../src/request/onboarding-request.js";
import { parseMrz } from "../idDocument/index.js";

/** Removes bracketed text, such as a note or an instruction typed after a name. */
function withoutBracketedText(name: string): string {
  return name.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Lists every name an applicant is known by, to screen each: the name as
 * given, the same name without bracketed text, and the holder's name in the
 * document's MRZ. Extra words typed into a name field therefore cannot hide
 * the name a watchlist holds, and a document issued under another name is
 * screened too.
 */
export function applicantNames(applicant: Applicant, referenceDate: string): string[] {
  const given = `${applicant.name.given} ${applicant.name.family}`.replace(/\s+/g, " ").trim();
  const names = [given, withoutBracketedText(given)];
  if ("mrz" in applicant.document) {
    const parsed = parseMrz(applicant.document.mrz, referenceDate);
    if (parsed.ok) names.push(`${parsed.mrz.givenNames} ${parsed.mrz.surname}`.trim());
  }
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toUpperCase();
    if (!name || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
