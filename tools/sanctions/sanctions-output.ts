import { z } from "zod";

const ScorePieceSchema = z.object({ value: z.number(), weight: z.number(), note: z.string() });

/** Schema of one screening hit, with the weighted pieces that explain its score. */
export const ScreeningHitSchema = z.object({
  listId: z.string(),
  entryId: z.string(),
  matchedName: z.string(),
  primaryName: z.string(),
  entityType: z.enum(["person", "organization", "vessel", "aircraft"]),
  programs: z.array(z.string()),
  score: z.number().min(0).max(1),
  decision: z.enum(["match", "potential_match"]),
  /** One sentence on why the hit is a match or a potential match. */
  reason: z.string(),
  pieces: z.object({
    name: ScorePieceSchema,
    dateOfBirth: ScorePieceSchema,
    country: ScorePieceSchema,
    entityType: ScorePieceSchema,
    identifier: ScorePieceSchema,
  }),
  /** Query tokens paired with tokens of the matched name, for an analyst to see what aligned. */
  tokenPairs: z.array(z.record(z.string(), z.unknown())),
});

/** Schema of the sanctions check's output: hits, the lists and versions used, and whether the demo list was among them. */
export const SanctionsOutputSchema = z.object({
  hits: z.array(ScreeningHitSchema),
  listsUsed: z.array(
    z.object({
      listId: z.string(),
      // `.loose()` keeps optional version details such as the updater's download record.
      version: z.object({ sha256: z.string(), date: z.string(), dateSource: z.enum(["list", "file-modified"]) }).loose(),
      entries: z.number().int().min(0),
    }),
  ),
  demo: z.boolean(),
  candidatesExamined: z.number().int().min(0),
});
export type SanctionsOutput = z.infer<typeof SanctionsOutputSchema>;
