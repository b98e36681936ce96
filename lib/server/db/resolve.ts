import { dataDir, readEnv, type Env } from "@/lib/env";
import { embeddedPassword, runningEmbeddedOwner, startEmbeddedPostgres } from "./embedded";
import { embeddedUrl } from "./embedded-url";

export interface ResolvedDatabase {
  url: string;
  /** Where migrations run: MIGRATION_DATABASE_URL (the tables' owner) when set, otherwise url. */
  migrationUrl: string;
  embedded: boolean;
  /** This process started the embedded server, so nothing has migrated it yet in this run. */
  startedHere: boolean;
  /** Stops the embedded server if this process started it. */
  release(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR,
 * joining the process that already serves it or starting it here.
 */
export async function resolveDatabase(env: Env = readEnv()): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, migrationUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL, embedded: false, startedHere: false, release: async () => {} };
  }
  const dir = dataDir(env);
  const owner = runningEmbeddedOwner(dir);
  if (owner) {
    const url = embeddedUrl(owner.port, embeddedPassword(dir));
    return { url, migrationUrl: url, embedded: true, startedHere: false, release: async () => {} };
  }
  const server = await startEmbeddedPostgres(dir);
  return { url: server.url, migrationUrl: server.url, embedded: true, startedHere: true, release: () => server.stop() };
}

/** The URL with any password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
