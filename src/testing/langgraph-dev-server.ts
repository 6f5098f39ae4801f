import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { REPOSITORY_ROOT } from "./shared-data.js";

/** Finds a free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A LangGraph dev server started for a test. */
export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `langgraphjs dev` on 127.0.0.1 and a free port with analytics off,
 * without reload, and waits until `/ok` responds.
 */
export async function startDevServer(env: Record<string, string> = {}, timeoutMs = 90_000): Promise<DevServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [`${REPOSITORY_ROOT}/node_modules/@langchain/langgraph-cli/dist/cli/cli.mjs`, "dev", "--host", "127.0.0.1", "--port", String(port), "--no-browser", "--no-reload"],
    { cwd: REPOSITORY_ROOT, env: { ...process.env, LANGGRAPH_CLI_NO_ANALYTICS: "1", BROWSER: "none", ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`LangGraph dev server exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/ok`);
      if (response.ok) return { url, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`LangGraph dev server did not respond on ${url}/ok within ${timeoutMs} ms:\n${output}`);
}
