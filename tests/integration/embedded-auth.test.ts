import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/server/db/embedded";

// The probe's case: the embedded PostgreSQL accepted any user name and password as superuser.
describe("the embedded PostgreSQL asks for its password", () => {
  let dir: string;
  let server: EmbeddedServer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-auth-"));
    server = await startEmbeddedPostgres(dir);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function query(url: string): Promise<unknown> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query("SELECT 40 + 2 AS answer")).rows[0];
    } finally {
      await client.end();
    }
  }

  test("the URL the app is given works, with the password generated into DATA_DIR, readable by its owner only", async () => {
    expect(await query(server.url)).toEqual({ answer: 42 });
    const file = path.join(dir, "embedded-postgres-password");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(decodeURIComponent(new URL(server.url).password)).toBe(fs.readFileSync(file, "utf8"));
  });

  test.each([
    ["a wrong password", (url: URL) => (url.password = "postgres")],
    ["no password", (url: URL) => (url.password = "")],
    ["another user name with a guess", (url: URL) => ((url.username = "admin"), (url.password = "admin"))],
  ])("%s is refused with PostgreSQL's own error", async (_case, change) => {
    const url = new URL(server.url);
    change(url);
    await expect(query(url.toString())).rejects.toMatchObject({ code: expect.stringMatching(/^28P01$|^28000$/) });
  });

  test("the server keeps answering after refused clients", async () => {
    const url = new URL(server.url);
    url.password = "wrong";
    await expect(query(url.toString())).rejects.toBeTruthy();
    expect(await query(server.url)).toEqual({ answer: 42 });
  });
});
