import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAKE_PAT } from "@/lib/triage/fakes";

const root = join(__dirname, "..");

function run(input: string) {
  const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/triage.mts"], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, GUIDEPATH_CLOCK: "2026-11-20T12:00:00Z" },
  });
  return {
    status: result.status,
    json: result.stdout ? JSON.parse(result.stdout) : null,
    stderr: result.stderr,
  };
}

// Each case spawns tsx, which compiles every flow's rules and machine: seconds on a busy machine.
describe("npm run triage", { timeout: 30_000 }, () => {
  it("prints the flow, path, step, matches and redacted text as one JSON object", () => {
    const { status, json } = run(
      `Microsoft https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=1.0 Unauthorized (401) token=${FAKE_PAT}`,
    );
    expect(status).toBe(0);
    expect(json).toEqual({
      flow: "pat-not-authorized",
      path: ["services", "not-authorized"],
      step: "tokenOrganization",
      matches: [{ rule: "profile-api-401", text: "_apis/profile/profiles/me" }],
      redacted: expect.stringContaining("[REDACTED Azure DevOps personal access token]"),
    });
    expect(json.redacted).not.toContain(FAKE_PAT);
  });

  it("exits 0 with flow null when no rule matches", () => {
    const { status, json } = run(
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled",
    );
    expect(status).toBe(0);
    expect(json).toMatchObject({ flow: null, path: [], step: null, matches: [] });
  });
});
