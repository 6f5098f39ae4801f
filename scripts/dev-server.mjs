#!/usr/bin/env node
// Starts the LangGraph dev server for Studio on 127.0.0.1, with demo mode on
// and the CLI's usage analytics off (they would post to an outside host).
import { spawn } from "node:child_process";

const port = process.env.PORT ?? "2024";
const child = spawn(
  "npx",
  ["langgraphjs", "dev", "--host", "127.0.0.1", "--port", port, "--no-browser", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { CHECKGRAPH_DEMO: "1", ...process.env, LANGGRAPH_CLI_NO_ANALYTICS: "1", BROWSER: "none" },
  },
);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
