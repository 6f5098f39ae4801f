import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tools/**/*.test.ts", "graphs/**/*.test.ts", "evals/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    env: { LANGGRAPH_CLI_NO_ANALYTICS: "1", CHECKGRAPH_LOG_LEVEL: "silent" },
  },
});
