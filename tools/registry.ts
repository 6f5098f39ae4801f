import type { Tool } from "../src/tools/contract.js";
import { addressTool } from "./address/index.js";
import { creditBureauTool } from "./creditBureau/index.js";
import { idDocumentTool } from "./idDocument/index.js";
import { sanctionsTool } from "./sanctions/index.js";

/**
 * The closed set of checks a plan may use. The planner prompt and the plan
 * schema are built from this list, so adding a check here needs no prompt edit.
 */
export const TOOL_REGISTRY: readonly Tool[] = [
  idDocumentTool as Tool,
  sanctionsTool as Tool,
  addressTool as Tool,
  creditBureauTool as Tool,
];
