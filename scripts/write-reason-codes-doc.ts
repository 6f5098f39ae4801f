/** Writes docs/reason-codes.md from the reason-code table. Run: npx tsx scripts/write-reason-codes-doc.ts */
import { writeFileSync } from "node:fs";
import { renderReasonCodeTable } from "../src/policy/reason-codes.js";

writeFileSync(new URL("../docs/reason-codes.md", import.meta.url), renderReasonCodeTable());
