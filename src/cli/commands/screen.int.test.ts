import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT, sharedDataPath } from "../../testing/shared-data.js";

const CLI = join(REPOSITORY_ROOT, "src", "cli", "main.ts");

function screen(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, "screen", ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: "utf8",
    env: { ...process.env, CHECKGRAPH_LOG_LEVEL: "silent", SANCTIONS_LISTS_DIR: "", CHECKGRAPH_DEMO: "" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("checkgraph screen", () => {
  const lists = sharedDataPath("sanctions");

  it("finds a real SDN individual as a match", () => {
    const result = screen(["Miguel Angel Arriola Marquez", "--dob", "1967-12-15", "--country", "MX", "--json", "--lists", lists]);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);

    expect(output.version).toBe(1);
    expect(output.hits[0].listId).toBe("us_ofac_sdn");
    expect(output.hits[0].entryId).toBe("9338");
    expect(output.hits[0].decision).toBe("match");
    expect(Object.keys(output.hits[0].pieces)).toEqual(expect.arrayContaining(["country", "dateOfBirth", "entityType", "name"]));
    expect(output.listsUsed.map((list: { listId: string }) => list.listId)).toContain("un_sc");
  });

  it("explains the score pieces", () => {
    const result = screen(["ARRIOLA MARQUEZ, Miguel Angel", "--dob", "1967-12-15", "--explain", "--lists", lists]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^MATCH\s+\S+\s+us_ofac_sdn 9338/m);
    expect(result.stdout).toContain("birth date");
    expect(result.stdout).toContain("× weight");
  });

  it("rejects an invalid date of birth", () => {
    const result = screen(["Some Name", "--dob", "15/12/1967", "--lists", lists]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("expected a calendar date as YYYY-MM-DD");
  });

  it("fails clearly without lists", () => {
    const result = screen(["Some Name"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("SANCTIONS_LISTS_DIR");
  });
});
