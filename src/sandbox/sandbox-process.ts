import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { VendorFaults } from "./sandbox-faults.js";
import type { SandboxStats } from "./sandbox-stats.js";

const CLI_ENTRY = join(dirname(fileURLToPath(import.meta.url)), "..", "cli", "main.ts");
const STARTUP_TIMEOUT_MS = 30_000;

/** A vendor sandbox running in a child process, controlled through its admin endpoint. */
export interface SandboxProcess {
  url: string;
  setFaults(vendor: string, faults: VendorFaults | null): Promise<void>;
  stats(): Promise<SandboxStats>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts `checkgraph sandbox` in a child Node process on 127.0.0.1. Load
 * benchmarks use it so the sandbox stamps arrival times on its own event loop,
 * which the gateway's work cannot delay.
 */
export async function startSandboxProcess(): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", CLI_ENTRY, "sandbox", "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, CHECKGRAPH_LOG_LEVEL: "error" },
  });
  const url = await readListeningUrl(child);

  const admin = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${url}/_admin${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`Sandbox admin ${method} ${path} failed with HTTP ${response.status}: ${await response.text()}`);
    return response;
  };

  return {
    url,
    setFaults: async (vendor, faults) => {
      await admin(faults === null ? "DELETE" : "PUT", `/faults/${vendor}`, faults ?? undefined);
    },
    stats: async () => (await (await admin("GET", "/stats")).json()) as SandboxStats,
    resetStats: async () => {
      await admin("DELETE", "/stats");
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function readListeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`The sandbox process printed no URL within ${STARTUP_TIMEOUT_MS} ms.`));
    }, STARTUP_TIMEOUT_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox process exited with code ${code} before listening.`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve(url);
    });
  });
}
