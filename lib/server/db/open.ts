import { readEnv } from "@/lib/env";
import { disconnectDb, useDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { resolveDatabase, type ResolvedDatabase } from "./resolve";

/**
 * For command-line tools: the configured database, or the embedded one (joined if the app is
 * running, otherwise started here and brought up to date with the migrations).
 */
export async function openDatabase(): Promise<ResolvedDatabase> {
  const database = await resolveDatabase(readEnv());
  try {
    // A running app migrated its database when it started.
    if (database.startedHere) await migrateDatabase(database.url);
    useDatabase(database.url);
  } catch (error) {
    await database.release();
    throw error;
  }
  return {
    ...database,
    async release() {
      await disconnectDb();
      await database.release();
    },
  };
}
