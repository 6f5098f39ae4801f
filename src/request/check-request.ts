import { z } from "zod";
import { OnboardingRequestSchema } from "./onboarding-request.js";

/** Every structured request checkgraph accepts, discriminated on `kind`. */
export const CheckRequestSchema = z.discriminatedUnion("kind", [OnboardingRequestSchema]);
export type CheckRequest = z.infer<typeof CheckRequestSchema>;
