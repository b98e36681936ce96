import { migrateDatabase } from "@/lib/server/db/migrate";
import { resolveDatabase } from "@/lib/server/db/resolve";
import { runCli } from "./cli";

await runCli(async () => {
  const database = await resolveDatabase();
  try {
    const output = await migrateDatabase(database.migrationUrl);
    console.log(output.trim().split("\n").filter((line) => !line.includes("nodedir")).join("\n"));
  } finally {
    await database.release();
  }
});
