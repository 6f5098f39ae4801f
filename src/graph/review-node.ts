import { interrupt } from "@langchain/langgraph";
import type { CheckgraphUpdate } from "./state.js";
import { ReviewVerdictSchema, type ReviewInvocation, type ReviewRecord } from "./review.js";

/**
 * Pauses the run for an analyst's verdict on one task's findings. An invalid
 * resume value interrupts again with the validation error, so a typo cannot
 * decide the case. Needs a checkpointer, which the LangGraph server provides.
 */
export async function reviewNode(invocation: ReviewInvocation): Promise<CheckgraphUpdate> {
  let problem: string | null = null;
  for (;;) {
    const answer = interrupt({
      type: "analyst_review",
      taskId: invocation.taskId,
      tool: invocation.tool,
      question: `Review ${invocation.findings.length} finding(s) from ${invocation.taskId}: is this a true match or a false positive?`,
      findings: invocation.findings,
      expected: { verdict: "true_match | false_positive", note: "why", analyst: "your analyst id" },
      problem,
    });
    const parsed = ReviewVerdictSchema.safeParse(answer);
    if (parsed.success) {
      const record: ReviewRecord = {
        ...parsed.data,
        taskId: invocation.taskId,
        codes: invocation.findings.map((finding) => finding.code),
        decidedAt: new Date().toISOString(),
      };
      return { reviews: { [invocation.taskId]: record } };
    }
    problem = parsed.error.issues.map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`).join("; ");
  }
}
