import { z } from "zod";
import { InputError } from "../errors/checkgraph-error.js";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((value) => value === "1" || value === "true" || value === "yes");

/** Environment variables checkgraph reads, with their defaults. `.env.example` documents each one. */
const EnvironmentSchema = z.object({
  CHECKGRAPH_MODEL: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  CHECKGRAPH_DEMO: flag.default(false),
  SANCTIONS_LISTS_DIR: z.string().optional(),
  CHECKGRAPH_BUREAU_URL: z.string().url().optional(),
  CHECKGRAPH_BUREAU_CLIENT_ID: z.string().default("checkgraph-sandbox"),
  CHECKGRAPH_BUREAU_CLIENT_SECRET: z.string().default("sandbox-secret"),
  // Below 16 no retail account opens without a guardian, so a lower value is a configuration mistake.
  CHECKGRAPH_MIN_AGE: z.coerce.number().int().min(16, "must be at least 16").max(100).default(18),
  CHECKGRAPH_MIN_CREDIT_SCORE: z.coerce.number().int().min(300).max(850).default(620),
  CHECKGRAPH_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  CHECKGRAPH_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  CHECKGRAPH_VENDOR_BUDGET_PER_RUN: z.coerce.number().min(0).optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "expected a redis:// or rediss:// URL").optional(),
});

/** Parsed configuration shared by the graph, the checks and the CLI. */
export interface Settings {
  /** `provider/model`, or `offline`; null means choose from the key and base URL. */
  model: string | null;
  openaiApiKey: string | null;
  openaiBaseUrl: string | null;
  /** Demo mode: the bundled demo watchlist is loaded and specimen documents are accepted. */
  demo: boolean;
  sanctionsListsDir: string | null;
  /** Credit bureau base URL; null means the in-process vendor sandbox serves. */
  bureauUrl: string | null;
  bureauClientId: string;
  bureauClientSecret: string;
  minimumAge: number;
  minimumCreditScore: number;
  /** Maximum checks run at once; null runs every ready check. */
  maxConcurrency: number | null;
  /** Deadline for one check, in milliseconds. */
  checkTimeoutMs: number;
  /** Maximum billable vendor cost of one run, in the gateway's cost unit; null for no limit. A run that would pass it is referred. */
  vendorBudgetPerRun?: number | null;
  /** Redis that shares vendor rate limits across processes; null paces each process alone. */
  redisUrl?: string | null;
}

/** Parses settings from the environment once; the error names the variable and the fix. */
export function loadSettings(environment: NodeJS.ProcessEnv = process.env): Settings {
  // An empty variable counts as unset, as in most shells' `VAR=` idiom.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = EnvironmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? "environment"),
        message: issue.message,
        fix: "correct or unset this environment variable (see .env.example)",
      })),
      "Invalid configuration",
    );
  }
  const env = parsed.data;
  return {
    model: env.CHECKGRAPH_MODEL || null,
    openaiApiKey: env.OPENAI_API_KEY || null,
    openaiBaseUrl: env.OPENAI_BASE_URL || null,
    demo: env.CHECKGRAPH_DEMO,
    sanctionsListsDir: env.SANCTIONS_LISTS_DIR || null,
    bureauUrl: env.CHECKGRAPH_BUREAU_URL || null,
    bureauClientId: env.CHECKGRAPH_BUREAU_CLIENT_ID,
    bureauClientSecret: env.CHECKGRAPH_BUREAU_CLIENT_SECRET,
    minimumAge: env.CHECKGRAPH_MIN_AGE,
    minimumCreditScore: env.CHECKGRAPH_MIN_CREDIT_SCORE,
    maxConcurrency: env.CHECKGRAPH_MAX_CONCURRENCY ?? null,
    checkTimeoutMs: env.CHECKGRAPH_CHECK_TIMEOUT_MS,
    vendorBudgetPerRun: env.CHECKGRAPH_VENDOR_BUDGET_PER_RUN ?? null,
    redisUrl: env.REDIS_URL ?? null,
  };
}
