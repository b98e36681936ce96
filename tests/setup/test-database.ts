import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded";
import { migrateDatabase } from "@/lib/server/db/migrate";

export interface TestDatabase {
  url: string;
  kind: "server" | "embedded";
  stop(): Promise<void>;
}

/** A database of its own on the server, beside the one TEST_DATABASE_URL names, made empty. */
async function recreateServerDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A migrated, empty database for one test project: on the server named by TEST_DATABASE_URL, a
 * database `claimdesk_<TEST_DATABASE_TAG><purpose>` recreated for the run; otherwise a fresh embedded PostgreSQL in a
 * temporary folder. Projects run at the same time, so each gets its own.
 */
export async function startTestDatabase(purpose: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    // TEST_DATABASE_TAG keeps the databases of two checkouts testing at once on one server apart.
    const url = await recreateServerDatabase(serverUrl, `claimdesk_${process.env.TEST_DATABASE_TAG ?? ""}${purpose}`);
    await migrateDatabase(url);
    return { url, kind: "server", stop: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
  const embedded = await startEmbeddedPostgres(dir);
  await migrateDatabase(embedded.url);
  return {
    url: embedded.url,
    kind: "embedded",
    async stop() {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Empties every table but the migration history and the rating scale, so each test file starts clean. */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'Rating')`,
    );
    // The audit log refuses TRUNCATE through a trigger; tests start clean as a superuser, with triggers off.
    await client.query("SET session_replication_role = replica");
    if (rows.length) await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
