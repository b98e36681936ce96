import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { actorForApiToken } from "@/lib/server/auth/token-access";
import { db } from "@/lib/server/db/client";
import { findUserByEmail } from "@/lib/server/users/users";
import { CLI_DIR } from "@/scripts/build-cli";
import { workerDatabaseUrl } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs a tool as `npm run` does: compiled, from the code under test (tests/setup/integration-global.ts builds it). */
function run(cli: string, args: string[], databaseUrl = workerDatabaseUrl()) {
  const result = spawnSync(process.execPath, [path.join(CLI_DIR, `${cli}.mjs`), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("users CLI", () => {
  test("create makes a user who can then get a working API token", async () => {
    const created = run("users", ["create", "--email", "ops@test.local", "--name", "Ops Person", "--role", "editor", "--password", "long enough pass"]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const user = await findUserByEmail("ops@test.local");
    expect(user?.role).toBe("editor");

    const issued = run("users", ["token", "--email", "ops@test.local"]);
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim();
    expect(token).toMatch(/^cd_/);
    expect((await actorForApiToken(token))?.id).toBe(user?.id);
  });

  test.each([
    [["create", "--email", "a@test.local", "--name", "A", "--role", "owner", "--password", "long enough pass"], /unknown role "owner".*admin, editor, fact_checker, viewer/],
    [["create", "--name", "A", "--role", "viewer", "--password", "long enough pass"], /--email is required/],
    [["create", "--email", "a@test.local", "--name", "A", "--role", "viewer", "--password", "long enough pass", "--colour", "red"], /Unknown option '--colour'/],
    [["frobnicate"], /usage: npm run users/],
    [["create", "--email", "not-an-email", "--name", "A", "--role", "viewer", "--password", "long enough pass"], /email/],
  ])("malformed arguments %j exit 2 with a clear message", (args, message) => {
    const result = run("users", args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("token --scope and --expires make a token with those scopes and that expiry", async () => {
    run("users", ["create", "--email", "cms@test.local", "--name", "CMS", "--role", "fact_checker", "--password", "long enough pass"]);
    const issued = run("users", ["token", "--email", "cms@test.local", "--name", "cms", "--scope", "read", "--expires", "2099-01-31"]);
    expect(issued.code).toBe(0);
    expect(issued.stderr).toContain("(read; expires 2099-01-31T00:00:00.000Z)");
    const stored = await db().apiToken.findFirstOrThrow({ where: { user: { email: "cms@test.local" }, name: "cms" } });
    expect(stored).toMatchObject({ scopes: ["read"], expiresAt: new Date("2099-01-31T00:00:00Z") });

    const inDays = run("users", ["token", "--email", "cms@test.local", "--scope", "read,write", "--expires", "90d"]);
    expect(inDays.code).toBe(0);
    expect(inDays.stderr).toMatch(/\(read, write; expires \d{4}-/);
  });

  test.each([
    [["token", "--email", "cms@test.local", "--scope", "read,everything"], 2, /unknown scope "everything": use a comma-separated list of read, write, admin/],
    [["token", "--email", "cms@test.local", "--expires", "soon"], 2, /--expires: the expiry "soon" is not understood/],
    [["token", "--email", "cms@test.local", "--expires", "2001-01-01"], 2, /--expires: the expiry 2001-01-01T00:00:00.000Z is not in the future/],
    [["token", "--email", "ops@test.local", "--scope", "admin"], 1, /"admin" scope is for admins' tokens only/],
  ])("token %j exits %i with a clear message", (args, code, message) => {
    const result = run("users", args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  test("token for an unknown email exits 1 saying so", () => {
    const result = run("users", ["token", "--email", "ghost@test.local"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no user with the email ghost@test.local");
  });
});

describe("database unreachable", () => {
  test("migrate prints one line naming the URL (password hidden), not a stack trace", () => {
    const result = run("migrate", [], "postgresql://claimdesk:s3cret@127.0.0.1:1/claimdesk");
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n").filter((line) => !line.includes("nodedir"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: Cannot reach the database at postgresql:\/\/claimdesk:\*\*\*@127\.0\.0\.1:1\/claimdesk/);
  });
});

describe("figures CLI", () => {
  test("prints every quantity with unit, kind, direction, period and date", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "figures-cli-"));
    const file = path.join(dir, "article.txt");
    writeFileSync(file, "As of 1 March 2023, spending had increased by $43.6 billion to $419.2 billion. Russia lost 1,200 soldiers in the past week.");
    const result = run("figures", [file]);
    expect(result.code).toBe(0);
    const { figures } = JSON.parse(result.stdout) as { figures: Record<string, unknown>[] };
    expect(figures.map(({ value, unit, kind, direction, period, refDate }) => ({ value, unit, kind, direction, period, refDate }))).toEqual([
      { value: 43_600_000_000, unit: "USD", kind: "change", direction: "up", period: null, refDate: "2023-03-01" },
      { value: 419_200_000_000, unit: "USD", kind: "level", direction: null, period: null, refDate: "2023-03-01" },
      { value: 1200, unit: "soldiers", kind: "level", direction: null, period: "week", refDate: null },
    ]);
  });
});
