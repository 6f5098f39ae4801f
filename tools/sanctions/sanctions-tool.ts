import { z } from "zod";
import type { Finding, Tool } from "../../src/tools/contract.js";
import { SubjectSchema } from "../../src/tools/subject.js";
import { getScreeningEngine } from "./engine-cache.js";
import { SanctionsOutputSchema, type SanctionsOutput } from "./sanctions-output.js";
import type { ScreeningHit, ScreeningResult } from "./screening-types.js";
import { applicantNames } from "./applicant-names.js";

/** Arguments the planner gives the sanctions check. */
export const SanctionsInputSchema = z.object({ subject: SubjectSchema, entityType: z.enum(["person", "organization"]) });
export type SanctionsInput = z.infer<typeof SanctionsInputSchema>;

/** Notice printed whenever screening used the bundled demo watchlist. */
export const DEMO_NOTICE = "Screened against the bundled demo watchlist (invented entries), not a real sanctions list.";

/**
 * The sanctions screening check: screens every name the applicant is known by
 * (see `applicantNames`) with the date of birth and nationality against the
 * configured watchlists. A `match` finding
 * declines and a `potential_match` refers; a list that cannot be loaded is
 * thrown, so the check fails and the policy refers.
 */
export const sanctionsTool: Tool<SanctionsInput, SanctionsOutput> = {
  name: "sanctions",
  node: "sanctions",
  description:
    "Screens the applicant against sanctions watchlists (OFAC SDN and consolidated, UN) by name, date of birth and nationality; required for every onboarding.",
  input: SanctionsInputSchema,
  output: SanctionsOutputSchema,
  async warmUp(settings) {
    await getScreeningEngine(settings);
  },
  async run(input, context) {
    const engine = await getScreeningEngine(context.settings);
    context.signal.throwIfAborted();

    const { applicant } = context.request;
    const results = applicantNames(applicant, context.applicationDate).map((name) =>
      engine.screen({ name, entityType: input.entityType, birthDate: applicant.birthDate, country: applicant.nationality }),
    );
    const result = mergeResults(results);
    context.logger.info(
      { hits: result.hits.map((hit) => `${hit.listId}/${hit.entryId}`), candidatesExamined: result.candidatesExamined },
      "Sanctions screening finished",
    );

    const findings = result.hits.map(findingOf);
    const notices: string[] = [];
    if (result.demo) {
      const realLists = result.listsUsed.map((list) => list.listId).filter((listId) => listId !== "demo");
      // With real lists loaded too, the notice must not suggest that no real list was screened.
      const notice = realLists.length
        ? `Screened against ${realLists.join(", ")} and also the bundled demo watchlist (invented entries).`
        : DEMO_NOTICE;
      findings.push({ code: "DEMO_WATCHLIST_USED", severity: "info", message: notice, evidence: { listId: "demo" } });
      notices.push(notice);
    }
    return { output: SanctionsOutputSchema.parse(result), findings, notices };
  },
};

/** Merges the screenings of several names: each entry once, at its best score, best first. */
function mergeResults(results: ScreeningResult[]): ScreeningResult {
  const best = new Map<string, ScreeningHit>();
  for (const hit of results.flatMap((result) => result.hits)) {
    const key = `${hit.listId}/${hit.entryId}`;
    const previous = best.get(key);
    if (!previous || hit.score > previous.score) best.set(key, hit);
  }
  return {
    ...results[0]!,
    hits: [...best.values()].sort((a, b) => b.score - a.score),
    candidatesExamined: results.reduce((sum, result) => sum + result.candidatesExamined, 0),
  };
}

function findingOf(hit: ScreeningHit): Finding {
  const isMatch = hit.decision === "match";
  return {
    code: isMatch ? "SANCTIONS_MATCH" : "SANCTIONS_POTENTIAL_MATCH",
    severity: isMatch ? "high" : "medium",
    message: `${isMatch ? "Matches" : "Potentially matches"} ${hit.listId} entry ${hit.entryId} (score ${hit.score.toFixed(2)}).`,
    evidence: { ...hit },
  };
}
