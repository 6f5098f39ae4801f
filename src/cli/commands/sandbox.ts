import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import type { VendorFaults } from "../../sandbox/sandbox-faults.js";
import { runSandboxServer, SANDBOX_VENDORS, type SandboxVendor } from "../../sandbox/vendor-sandbox.js";

function parsePort(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError("expected a whole number from 0 to 65535");
  return parsed;
}

/** Reads a JSON file of faults keyed by vendor id, such as `{ "bureau-a": { "throttleRate": 0.1 } }`. */
function readFaultsFile(path: string): Partial<Record<SandboxVendor, VendorFaults>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InvalidArgumentError(`cannot read faults file ${path}: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InvalidArgumentError(`faults file ${path} must hold one JSON object keyed by vendor id`);
  }
  for (const vendor of Object.keys(parsed)) {
    if (!(SANDBOX_VENDORS as readonly string[]).includes(vendor)) {
      throw new InvalidArgumentError(`unknown vendor ${vendor} in faults file ${path}; expected one of ${SANDBOX_VENDORS.join(", ")}`);
    }
  }
  return parsed as Partial<Record<SandboxVendor, VendorFaults>>;
}

/** Adds `checkgraph sandbox`: the vendor sandbox HTTP server on 127.0.0.1 until interrupted. */
export function registerSandboxCommand(program: Command): void {
  program
    .command("sandbox")
    .description("Start the vendor sandbox HTTP server on 127.0.0.1 until interrupted")
    .option("--port <port>", "TCP port; 0 picks a free one", parsePort)
    .option("--faults <file>", "JSON file of faults per vendor to inject from the start (see src/sandbox/README.md)", readFaultsFile)
    .option("--token-ttl <seconds>", "lifetime of issued access tokens, in seconds", parsePort)
    .action(async (options: { port?: number; faults?: Partial<Record<SandboxVendor, VendorFaults>>; tokenTtl?: number }) => {
      const sandbox = await runSandboxServer({
        port: options.port ?? 0,
        ...(options.faults ? { faults: options.faults } : {}),
        ...(options.tokenTtl ? { tokenTtlSeconds: options.tokenTtl } : {}),
      });
      process.stdout.write(
        `Vendor sandbox listening on ${sandbox.url} (vendors at ${SANDBOX_VENDORS.map((vendor) => `/${vendor}`).join(", ")}; admin at /_admin). Press Ctrl-C to stop.\n`,
      );
    });
}
