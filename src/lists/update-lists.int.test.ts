import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CheckgraphError } from "../errors/checkgraph-error.js";
import { REPOSITORY_ROOT } from "../testing/shared-data.js";
import { loadWatchlists } from "../../tools/sanctions/lists/load-watchlists.js";
import type { ListsManifest } from "../../tools/sanctions/lists/lists-manifest.js";
import type { ListsUpdateConfig } from "./lists-update-config.js";
import { updateLists } from "./update-lists.js";

const FIXTURES = join(REPOSITORY_ROOT, "tools", "sanctions", "lists", "testdata");
const REGISTER = readFileSync(join(FIXTURES, "internal", "register.csv"));
const UK_XML = readFileSync(join(FIXTURES, "uk_sanctions_list", "UK-Sanctions-List.xml"));
const EU_XML = readFileSync(join(FIXTURES, "eu_fsf", "sanctions.xml"));
/** The register cut to its header and first row: a list that shrank from 4 entries to 1. */
const SHRUNK_REGISTER = Buffer.from(REGISTER.toString("utf8").split("\n").slice(0, 2).join("\n") + "\n");

type Route = (response: ServerResponse) => void;

function serve(body: Buffer): Route {
  return (response) => response.writeHead(200, { "content-length": body.length }).end(body);
}

const ROUTES: Record<string, Route> = {
  "/register.csv": serve(REGISTER),
  "/uk.xml": serve(UK_XML),
  "/eu.xml": serve(EU_XML),
  "/shrunk.csv": serve(SHRUNK_REGISTER),
  "/html-error-page.csv": serve(Buffer.from("<html><body>Service unavailable</body></html>\n")),
  // Announces the whole file, sends half of it and drops the connection.
  "/truncated.xml": (response) => {
    response.writeHead(200, { "content-length": UK_XML.length });
    response.write(UK_XML.subarray(0, UK_XML.length / 2), () => response.destroy());
  },
  // Sends headers and never finishes the body.
  "/hang.xml": (response) => {
    response.writeHead(200, { "content-length": UK_XML.length });
    response.write(UK_XML.subarray(0, 100));
  },
};

let server: Server;
let baseUrl: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requested.push(request.url ?? "");
    const route = ROUTES[path];
    if (route === undefined) response.writeHead(404).end("not found");
    else route(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function configOf(lists: Record<string, Record<string, string>>, timeoutSeconds = 10): ListsUpdateConfig {
  const withBase = Object.fromEntries(
    Object.entries(lists).map(([listId, files]) => [listId, Object.fromEntries(Object.entries(files).map(([name, path]) => [name, baseUrl + path]))]),
  );
  return { timeoutSeconds, lists: withBase };
}

const GOOD = { internal: { "register.csv": "/register.csv" }, uk_sanctions_list: { "UK-Sanctions-List.xml": "/uk.xml?token=secret" } };

async function updateError(directory: string, config: ListsUpdateConfig, force = false): Promise<CheckgraphError> {
  const error: unknown = await updateLists({ directory, config, force }).then(() => null, (caught: unknown) => caught);
  if (!CheckgraphError.isInstance(error)) throw new Error(`expected a CheckgraphError, got ${String(error)}`);
  return error;
}

function readManifest(directory: string): ListsManifest {
  return JSON.parse(readFileSync(join(directory, "manifest.json"), "utf8")) as ListsManifest;
}

describe("updateLists over HTTP", () => {
  let scratch: string;
  let directory: string;

  beforeEach(async () => {
    scratch = mkdtempSync(join(tmpdir(), "checkgraph-update-"));
    directory = join(scratch, "lists");
    await updateLists({ directory, config: configOf(GOOD) });
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** Asserts the installed set is the one the first update wrote, and no staging or backup folder is left. */
  function expectPreviousSetIntact(before: string): void {
    expect(readFileSync(join(directory, "manifest.json"), "utf8")).toBe(before);
    expect(readFileSync(join(directory, "internal", "register.csv"))).toEqual(REGISTER);
    expect(readdirSync(scratch)).toEqual(["lists"]);
  }

  it("installs lists and records the manifest", () => {
    const manifest = readManifest(directory);
    expect(Object.keys(manifest.lists).sort()).toEqual(["internal", "uk_sanctions_list"]);
    expect(manifest.lists.internal!.entries).toBe(4);
    expect(manifest.lists.uk_sanctions_list!.entries).toBe(5);
    expect(manifest.lists.internal!.files).toEqual([
      { name: "register.csv", url: `${baseUrl}/register.csv`, sha256: createHash("sha256").update(REGISTER).digest("hex"), bytes: REGISTER.length },
    ]);
    expect(Date.parse(manifest.lists.internal!.downloadedAt)).not.toBeNaN();
    expect(readFileSync(join(directory, "uk_sanctions_list", "UK-Sanctions-List.xml"))).toEqual(UK_XML);
    expect(readdirSync(scratch)).toEqual(["lists"]);
  });

  it("keeps tokens out of the manifest", () => {
    expect(requested).toContain("/uk.xml?token=secret");
    expect(readFileSync(join(directory, "manifest.json"), "utf8")).not.toContain("secret");
  });

  it("replaces the set with a new one", async () => {
    const result = await updateLists({ directory, config: configOf({ eu_fsf: { "sanctions.xml": "/eu.xml" } }) });
    expect(result.lists).toEqual([expect.objectContaining({ listId: "eu_fsf", entries: 5, previousEntries: null })]);
    expect(readdirSync(directory).sort()).toEqual(["eu_fsf", "manifest.json"]);
    expect(Object.keys(readManifest(directory).lists)).toEqual(["eu_fsf"]);
    expect(readdirSync(scratch)).toEqual(["lists"]);
  });

  it("keeps the set when a file is missing", async () => {
    const before = readFileSync(join(directory, "manifest.json"), "utf8");
    const error = await updateError(directory, configOf({ ...GOOD, eu_fsf: { "sanctions.xml": "/missing.xml" } }));
    expect(error.code).toBe("VENDOR_FAILED");
    expect(error.message).toContain("HTTP 404");
    expect(error.message).toContain("eu_fsf/sanctions.xml");
    expectPreviousSetIntact(before);
  });

  it("keeps the set when a file is truncated", async () => {
    const before = readFileSync(join(directory, "manifest.json"), "utf8");
    const error = await updateError(directory, configOf({ uk_sanctions_list: { "UK-Sanctions-List.xml": "/truncated.xml" } }));
    expect(error.code).toBe("VENDOR_FAILED");
    expect(error.message).toMatch(/truncated|closed early/);
    expectPreviousSetIntact(before);
  });

  it("keeps the set when a download hangs", async () => {
    const before = readFileSync(join(directory, "manifest.json"), "utf8");
    const error = await updateError(directory, configOf({ uk_sanctions_list: { "UK-Sanctions-List.xml": "/hang.xml" } }, 0.3));
    expect(error.message).toContain("timed out after 0.3 s");
    expectPreviousSetIntact(before);
  });

  it("rejects a list that shrank by half", async () => {
    const before = readFileSync(join(directory, "manifest.json"), "utf8");
    const error = await updateError(directory, configOf({ internal: { "register.csv": "/shrunk.csv" } }));
    expect(error.message).toContain("it has 1 entries against 4 installed");
    expect(error.message).toContain("--force");
    expectPreviousSetIntact(before);
  });

  it("accepts a shrunk list with force", async () => {
    const result = await updateLists({ directory, config: configOf({ internal: { "register.csv": "/shrunk.csv" } }), force: true });
    expect(result.lists[0]).toMatchObject({ listId: "internal", entries: 1, previousEntries: 4 });
    expect(readManifest(directory).lists.internal!.entries).toBe(1);
  });

  it("rejects a file that does not parse", async () => {
    const before = readFileSync(join(directory, "manifest.json"), "utf8");
    const error = await updateError(directory, configOf({ internal: { "register.csv": "/html-error-page.csv" } }));
    expect(error.message).toContain("Rejected the downloaded internal list");
    expectPreviousSetIntact(before);
  });

  it("adds the download to list versions", async () => {
    const lists = await loadWatchlists(directory);
    const manifestHash = createHash("sha256").update(readFileSync(join(directory, "manifest.json"))).digest("hex");
    const internal = lists.find((list) => list.listId === "internal")!;
    expect(internal.version.download).toEqual({
      manifestSha256: manifestHash,
      downloadedAt: readManifest(directory).lists.internal!.downloadedAt,
      sourceUrls: [`${baseUrl}/register.csv`],
    });
  });
});

describe("checkgraph lists update", () => {
  const run = promisify(execFile);
  const cli = join(REPOSITORY_ROOT, "src", "cli", "main.ts");
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "checkgraph-lists-cli-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  async function runCli(config: ListsUpdateConfig, directory: string) {
    const configPath = join(scratch, "lists-config.json");
    await import("node:fs/promises").then((fs) => fs.writeFile(configPath, JSON.stringify(config)));
    const env = { ...process.env, CHECKGRAPH_LOG_LEVEL: "silent", SANCTIONS_LISTS_CONFIG: configPath, SANCTIONS_LISTS_DIR: directory };
    return run(process.execPath, ["--import", "tsx", cli, "lists", "update"], { cwd: REPOSITORY_ROOT, env, timeout: 60_000 }).then(
      (output) => ({ code: 0, ...output }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  }

  it("installs lists and exits 0", async () => {
    const directory = join(scratch, "lists");
    const result = await runCli(configOf(GOOD), directory);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("internal: 4 entries (new)");
    expect(existsSync(join(directory, "manifest.json"))).toBe(true);
  });

  it("exits 1 and says why on failure", async () => {
    const directory = join(scratch, "lists");
    const result = await runCli(configOf({ internal: { "register.csv": "/missing.csv" } }), directory);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("HTTP 404");
    expect(existsSync(directory)).toBe(false);
  });
});
