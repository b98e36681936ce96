import { openDatabase } from "@/lib/server/db/open";
import { redactUrl } from "@/lib/server/db/resolve";
import { startWorkers } from "@/lib/server/jobs/workers";
import { runCli } from "./cli";

const SHUTDOWN_MS = 20_000;

// `npm run worker`: the job workers alone, for deployments that run web and worker processes apart.
await runCli(async () => {
  const database = await openDatabase();
  const workers = await startWorkers();
  console.log(`ClaimDesk: workers running on ${database.embedded ? "the embedded PostgreSQL" : redactUrl(database.url)}`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  // Running jobs get a moment to finish; one that does not is taken over by another worker after its lease.
  const deadline = setTimeout(() => {
    console.error("ClaimDesk: workers did not stop in time; exiting");
    process.exit(0);
  }, SHUTDOWN_MS);
  deadline.unref();
  await workers.stop();
  await database.release();
});
