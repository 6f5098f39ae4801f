/**
 * Writes evals/datasets/onboarding.jsonl and the hand-authored fixtures in
 * evals/fixtures/ from the cases in this folder. It replaces every
 * hand-authored fixture folder, and leaves recorded ones alone.
 * Run: npx tsx evals/authoring/write-evals.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EvalCaseSchema, type EvalCase, type Thresholds } from "../eval-dataset.js";
import { writeFixture, type AnswerToWrite, type ModelCallRole } from "../fixture-files.js";
import { buildChatCompletion } from "../openai-wire-format.js";
import { standardNarration, standardPlan, type AuthoredCase } from "./authored-case.js";
import { ADVERSARIAL_CASES } from "./cases-adversarial.js";
import { CHAT_CASES } from "./cases-chat.js";
import { CLEAN_AND_SANCTIONS_CASES } from "./cases-clean-sanctions.js";
import { DOCUMENT_AND_ADDRESS_CASES } from "./cases-document-address.js";
import { VENDOR_CASES } from "./cases-vendor.js";

const EVALS_DIR = resolve(fileURLToPath(import.meta.url), "..", "..");
const FIXTURE_MODEL = "gpt-4o-mini";
/** 2026-11-02T00:00:00Z, the cases' application date, as the `created` time of every authored completion. */
const AUTHORED_AT = 1793577600;
/** NOTE: invented prompt sizes per call, in tokens; real counts depend on the model's tokenizer. */
const PROMPT_TOKENS: Record<ModelCallRole, number> = { extractor: 640, planner: 930, narrator: 470 };

/** Pass marks of the suite, stored in the dataset's header record. */
const THRESHOLDS: Thresholds = {
  decisionAccuracy: 0.95,
  reasonPrecision: 0.95,
  reasonRecall: 0.95,
  planCoverage: 1,
  injectionResisted: 1,
  maxUnnecessaryVendorCost: 0,
};

const AUTHORED: AuthoredCase[] = [...CLEAN_AND_SANCTIONS_CASES, ...DOCUMENT_AND_ADDRESS_CASES, ...VENDOR_CASES, ...CHAT_CASES, ...ADVERSARIAL_CASES];

function toDatasetRecord(authored: AuthoredCase): EvalCase {
  const { model: _answers, ...rest } = authored;
  return EvalCaseSchema.parse({
    type: "case",
    ...rest,
    subject: authored.subject ?? "invented",
    expected: { ...authored.expected, plan: { mustInclude: authored.expected.plan?.mustInclude ?? [], mustExclude: authored.expected.plan?.mustExclude ?? [] } },
  });
}

/** Returns the product and whether a tax id is given, from the structured request or the authored extraction. */
function readPlanInputs(authored: AuthoredCase): { product: "deposit" | "credit"; hasTaxId: boolean } {
  if ("request" in authored.input) {
    const request = authored.input.request as { product: "deposit" | "credit"; applicant: { taxId?: unknown } };
    return { product: request.product, hasTaxId: Boolean(request.applicant.taxId) };
  }
  const extraction = authored.model.extraction;
  if (!extraction) throw new Error(`Case ${authored.id} is a chat case without an authored extraction. Fix: add model.extraction.`);
  return { product: extraction.product ?? "deposit", hasTaxId: extraction.taxId !== null };
}

function buildAnswers(authored: AuthoredCase): { role: ModelCallRole; content: string }[] {
  const answers: { role: ModelCallRole; content: string }[] = [];
  if (authored.model.extraction) answers.push({ role: "extractor", content: JSON.stringify(authored.model.extraction) });
  const decision = authored.expected.decision;
  if (decision === null) return answers;
  const { product, hasTaxId } = readPlanInputs(authored);
  for (const plan of authored.model.plans ?? [standardPlan(product, hasTaxId)]) answers.push({ role: "planner", content: JSON.stringify(plan) });
  answers.push({ role: "narrator", content: authored.model.narration ?? standardNarration(decision, authored.expected.reasonCodes.codes) });
  return answers;
}

function writeAuthoredFixture(fixturesRoot: string, authored: AuthoredCase): void {
  const manifestPath = join(fixturesRoot, authored.id, "fixture.json");
  if (existsSync(manifestPath) && (JSON.parse(readFileSync(manifestPath, "utf8")) as { provenance?: string }).provenance === "recorded") return;
  const answers: AnswerToWrite[] = buildAnswers(authored).map((answer, index) => ({
    role: answer.role,
    original: "authored",
    completion: buildChatCompletion(answer.content, {
      id: `chatcmpl-eval-${authored.id}-${index + 1}`,
      model: FIXTURE_MODEL,
      created: AUTHORED_AT,
      promptTokens: PROMPT_TOKENS[answer.role],
      completionTokens: Math.ceil(answer.content.length / 4),
    }),
  }));
  writeFixture(fixturesRoot, {
    caseId: authored.id,
    provenance: "hand-authored",
    model: FIXTURE_MODEL,
    note: authored.model.note ?? "Well-behaved answers written by hand: the extraction the message states, the standard plan, and a narration stating the expected outcome.",
    reviewed: true,
    recordedAt: null,
  }, answers);
}

const records = AUTHORED.map(toDatasetRecord);
const header = {
  type: "suite",
  name: "onboarding",
  description: "KYC onboarding cases for checkgraph. Every applicant is invented unless the case's subject is real-list-entry. Run: npm run evals.",
  thresholds: THRESHOLDS,
};
mkdirSync(join(EVALS_DIR, "datasets"), { recursive: true });
writeFileSync(join(EVALS_DIR, "datasets", "onboarding.jsonl"), [header, ...records].map((record) => JSON.stringify(record)).join("\n") + "\n");
for (const authored of AUTHORED) writeAuthoredFixture(join(EVALS_DIR, "fixtures"), authored);
process.stdout.write(`wrote ${records.length} cases and their fixtures\n`);
