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

/** Connects to the server's maintenance database and runs `statements` in order. */
async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function startEmbeddedTestDatabase(): Promise<TestDatabase> {
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

/**
 * `count` migrated, empty databases for one test project, one per worker that runs its files at the
 * same time: on the server named by TEST_DATABASE_URL, databases `claimdesk_<TEST_DATABASE_TAG><purpose>`,
 * `..._2`, ... recreated for the run (migrated once, then copied); otherwise fresh embedded
 * PostgreSQL servers in temporary folders. Projects run at the same time, so each gets its own.
 */
export async function startTestDatabases(purpose: string, count = 1): Promise<TestDatabase[]> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return Promise.all(Array.from({ length: count }, () => startEmbeddedTestDatabase()));
  // TEST_DATABASE_TAG keeps the databases of two checkouts testing at once on one server apart.
  const names = Array.from({ length: count }, (_, index) => `claimdesk_${process.env.TEST_DATABASE_TAG ?? ""}${purpose}${index ? `_${index + 1}` : ""}`);
  await onServer(serverUrl, names.map((name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  await onServer(serverUrl, [`CREATE DATABASE "${names[0]}"`]);
  await migrateDatabase(databaseUrl(serverUrl, names[0]!));
  await onServer(serverUrl, names.slice(1).map((name) => `CREATE DATABASE "${name}" TEMPLATE "${names[0]}"`));
  return names.map((name) => ({ url: databaseUrl(serverUrl, name), kind: "server", stop: async () => {} }));
}

export async function startTestDatabase(purpose: string): Promise<TestDatabase> {
  return (await startTestDatabases(purpose))[0]!;
}

/**
 * Empties every table but the migration history, and puts back the rating scale the migrations
 * installed (a file that changes the scale through the admin API must not change it for the next
 * file on this database), so each test file starts clean. The scale is kept aside on first use,
 * when the database is as the migrations left it.
 */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'Rating')`,
    );
    await client.query(`CREATE SCHEMA IF NOT EXISTS test_support`);
    await client.query(`CREATE TABLE IF NOT EXISTS test_support.rating_scale AS SELECT * FROM "Rating"`);
    // The audit log refuses TRUNCATE through a trigger; tests start clean as a superuser, with triggers
    // off for this transaction only (the embedded server is one session shared by every connection).
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`TRUNCATE ${[...rows.map((row) => `"${row.tablename}"`), `"Rating"`].join(", ")} RESTART IDENTITY CASCADE`);
    await client.query(`INSERT INTO "Rating" SELECT * FROM test_support.rating_scale`);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
