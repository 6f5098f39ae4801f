import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../config/settings.js";
import { createRuntime } from "../runtime/create-runtime.js";
import { startVendorSandbox, type VendorSandbox } from "../sandbox/vendor-sandbox.js";
import { syntheticOnboardingRequest } from "../testing/requests.js";
import { buildCheckGraph } from "./build-graph.js";

let sandbox: VendorSandbox;

beforeAll(async () => {
  sandbox = await startVendorSandbox();
});

afterAll(async () => {
  await sandbox.close();
});

describe("progress stream", () => {
  it("reports a vendor retry between start and finish", async () => {
    // The credit report fails once with 503, then succeeds on the retry.
    sandbox.setFaults("bureau-a", { failNextRequests: 1, status: 503, operation: "credit-report" });
    const settings = { ...loadSettings({}), demo: true, bureauUrl: `${sandbox.url}/bureau-a` };
    const runtime = createRuntime({ settings });
    const graph = buildCheckGraph(runtime);
    const request = syntheticOnboardingRequest();
    request.applicant.taxId = { type: "SSN", value: "412-56-7600" };

    const events: Record<string, unknown>[] = [];
    let decision: { outcome: string } | null = null;
    for await (const [mode, chunk] of await graph.stream({ request }, { streamMode: ["custom", "values"] })) {
      if (mode === "custom") events.push(chunk as Record<string, unknown>);
      else decision = (chunk as { decision: { outcome: string } | null }).decision;
    }
    await runtime.close();

    const credit = events.filter((event) => event.taskId === "credit-bureau").map((event) => event.type);
    expect(credit).toEqual(["check_started", "vendor_retry", "check_finished"]);
    const retry = events.find((event) => event.type === "vendor_retry")!;
    expect(retry).toMatchObject({ tool: "creditBureau", vendor: "bureau-a", operation: "credit-report", attempt: 1, status: 503 });
    expect(JSON.stringify(events)).not.toContain("412-56-7600");
    expect(decision?.outcome).toBe("approve");
  });
});
