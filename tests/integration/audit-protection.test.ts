import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { workerDatabaseUrl } from "./helpers";

const LEAST_PRIVILEGE = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/roles/least-privilege.sql"), "utf8");

// The probe's cases: the append-only trigger did not cover TRUNCATE, and the app's own role
// (owner of the tables) could disable the trigger.
describe("the audit log cannot be emptied or unprotected", () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: workerDatabaseUrl() });
    await client.connect();
    await client.query(`INSERT INTO "AuditEntry" ("action", "entityType", "entityId") VALUES ('test.entry', 'Test', 'one')`);
  });
  afterAll(async () => {
    await client.query("RESET ROLE");
    await client.end();
  });

  test("TRUNCATE is refused even for the tables' owner", async () => {
    await expect(client.query(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE "AuditEntry" CASCADE`)).rejects.toThrow(/append-only/);
    expect(Number((await client.query(`SELECT count(*) FROM "AuditEntry"`)).rows[0].count)).toBeGreaterThan(0);
  });

  test("the documented application role may add to and read the log, and nothing else", async () => {
    await client.query(LEAST_PRIVILEGE);
    await client.query("SET ROLE claimdesk_app");
    try {
      await client.query(`INSERT INTO "AuditEntry" ("action", "entityType", "entityId") VALUES ('test.entry', 'Test', 'two')`);
      expect((await client.query(`SELECT "action" FROM "AuditEntry" WHERE "entityId" = 'two'`)).rows).toEqual([{ action: "test.entry" }]);
      for (const statement of [
        `TRUNCATE "AuditEntry"`,
        `DELETE FROM "AuditEntry"`,
        `UPDATE "AuditEntry" SET "action" = 'forged'`,
        `ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL`,
        `DROP TRIGGER "AuditEntry_append_only" ON "AuditEntry"`,
        `DROP TABLE "AuditEntry"`,
      ]) {
        await expect(client.query(statement), statement).rejects.toThrow(/permission denied|must be owner/);
      }
      // Everything else the app does still works as that role.
      await client.query(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('test.role', '1', now())`);
      await client.query(`DELETE FROM "Setting" WHERE "key" = 'test.role'`);
    } finally {
      await client.query("RESET ROLE");
    }
  });
});
