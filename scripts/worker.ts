import { openDatabase } from "@/lib/server/db/open";
import { redactUrl } from "@/lib/server/db/resolve";
import { startWorkers } from "@/lib/server/jobs/workers";
import { runCli } from "./cli";

// `npm run worker`: the job workers alone, for deployments that run web and worker processes apart.
await runCli(async () => {
  const database = await openDatabase();
  const workers = await startWorkers();
  console.log(`ClaimDesk: workers running on ${database.embedded ? "the embedded PostgreSQL" : redactUrl(database.url)}`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  await workers.stop();
  await database.release();
});
