import { readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { runPrisma } from "@/lib/server/db/migrate";
import { workerDatabaseUrl } from "./helpers";

// Everything that makes two schemas the same database for the application. Each query reads one
// schema, so pg-boss's own schema (`pgboss`, created and upgraded by pg-boss, not by Prisma) is left out.
const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT tablename, indexname, replace(indexdef, $1 || '.', '') AS def FROM pg_indexes
            WHERE schemaname = $1 AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(c.oid) AS def
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = $1 AND conrelid::regclass::text NOT LIKE '%_prisma_migrations'`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1`,
};

// Raw-SQL search columns and indexes that prisma/schema.prisma cannot express (full-text vectors, the word list's trigram index).
const RAW_SQL_INDEXES = ["Claim_searchVector_idx", "Article_searchVector_idx", "SearchWord_word_trgm_idx", "Article_listDate_idx", "Article_listOutlet_idx"];
const RAW_SQL_COLUMNS = ["searchVector"];

async function catalog(client: pg.Client, schema: string) {
  const result: Record<string, string[]> = {};
  for (const [name, sql] of Object.entries(CATALOG_QUERIES)) {
    const { rows } = await client.query(sql, [schema]);
    result[name] = rows
      .filter((row) => !RAW_SQL_INDEXES.includes(row.indexname) && !RAW_SQL_COLUMNS.includes(row.column_name))
      .map((row) => JSON.stringify(row).replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, ""))
      .sort();
  }
  return result;
}

describe("migrations", () => {
  test("the committed migrations build the same database as prisma/schema.prisma", async () => {
    const url = workerDatabaseUrl();
    const script = await runPrisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], url);
    const ddl = script.slice(script.indexOf("-- Create"));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS schema_check CASCADE");
      await client.query("CREATE SCHEMA schema_check");
      await client.query("SET search_path TO schema_check");
      await client.query(ddl.replace('CREATE SCHEMA IF NOT EXISTS "public";', ""));
      await client.query("SET search_path TO public");
      const fromSchema = await catalog(client, "schema_check");
      const fromMigrations = await catalog(client, "public");
      expect(fromSchema.columns!.length).toBeGreaterThan(50);
      expect(fromMigrations).toEqual(fromSchema);
    } finally {
      await client.query("DROP SCHEMA IF EXISTS schema_check CASCADE");
      await client.end();
    }
  });

  test("the raw-SQL search columns and indexes exist", async () => {
    const client = new pg.Client({ connectionString: workerDatabaseUrl() });
    await client.connect();
    const { rows } = await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname = ANY($1)`, [RAW_SQL_INDEXES]);
    const columns = await client.query(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = ANY($1)`, [RAW_SQL_COLUMNS]);
    await client.end();
    expect(rows.map((row) => row.indexname).sort()).toEqual([...RAW_SQL_INDEXES].sort());
    expect(columns.rows.map((row) => row.table_name).sort()).toEqual(["Article", "Claim"]);
  });

  test("the default rating scale is installed", async () => {
    const client = new pg.Client({ connectionString: workerDatabaseUrl() });
    await client.connect();
    const { rows } = await client.query(`SELECT key FROM "Rating" ORDER BY position`);
    await client.end();
    expect(rows.map((row) => row.key)).toEqual(["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unverifiable"]);
  });

  test("tokens issued before scopes keep everything their owner's role allows, and never expire", async () => {
    const migration = readFileSync("prisma/migrations/20261130183500_api_token_scopes_rate_limits/migration.sql", "utf8");
    const client = new pg.Client({ connectionString: workerDatabaseUrl() });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS token_scopes_check CASCADE");
      await client.query("CREATE SCHEMA token_scopes_check");
      await client.query("SET search_path TO token_scopes_check");
      // The two tables the migration reads, as they were before it.
      await client.query(`CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'fact_checker', 'viewer');
        CREATE TABLE "User" ("id" TEXT PRIMARY KEY, "role" "Role" NOT NULL);
        CREATE TABLE "ApiToken" ("id" TEXT PRIMARY KEY, "userId" TEXT NOT NULL REFERENCES "User"("id"));
        INSERT INTO "User" VALUES ('u-admin', 'admin'), ('u-viewer', 'viewer');
        INSERT INTO "ApiToken" VALUES ('t-admin', 'u-admin'), ('t-viewer', 'u-viewer');`);
      await client.query(migration);
      const { rows } = await client.query(`SELECT "id", "scopes"::text[] AS scopes, "expiresAt" FROM "ApiToken" ORDER BY "id"`);
      expect(rows).toEqual([
        { id: "t-admin", scopes: ["read", "write", "admin"], expiresAt: null },
        { id: "t-viewer", scopes: ["read", "write"], expiresAt: null },
      ]);
    } finally {
      await client.query("SET search_path TO public");
      await client.query("DROP SCHEMA IF EXISTS token_scopes_check CASCADE");
      await client.end();
    }
  });
});
