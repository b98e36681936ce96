import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { redactUrl } from "./resolve";

export class DatabaseUnreachableError extends Error {
  constructor(url: string, reason: string) {
    super(`Cannot reach the database at ${redactUrl(url)}: ${reason}`);
  }
}

export async function assertReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    throw new DatabaseUnreachableError(url, reason);
  } finally {
    await client.end().catch(() => {});
  }
}

function prismaCli(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
}

/** Runs a Prisma CLI command against `url`; resolves with its output, rejects with it on failure. */
export function runPrisma(args: string[], url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli(), ...args], {
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`prisma ${args.join(" ")} failed:\n${output}`)),
    );
  });
}

export async function migrateDatabase(url: string): Promise<string> {
  await assertReachable(url);
  return runPrisma(["migrate", "deploy"], url);
}
