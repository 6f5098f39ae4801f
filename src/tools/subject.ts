import { z } from "zod";

/**
 * Reference to the party a check is about. Plans name the subject instead of
 * copying its data, so a model's output can never change what is checked:
 * the check reads the subject's data from the validated request.
 */
export const SubjectSchema = z.enum(["applicant"]);
export type Subject = z.infer<typeof SubjectSchema>;
