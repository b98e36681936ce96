import PgBoss from "pg-boss";
import { readEnv } from "@/lib/env";
import { dbPool, stopBeforeDisconnect } from "../db/client";
import { queueDefinitions } from "./queues";

export const JOBS_SCHEMA = "pgboss";
const FINISHED_JOBS_KEPT_SECONDS = 7 * 24 * 3600;

const globalForJobs = globalThis as unknown as { claimdeskBoss?: Promise<PgBoss> };

/** pg-boss over the process's own pool: against the embedded server that is its one connection. */
const sharedPool: PgBoss.Db = {
  executeSql: (text, values) => dbPool().query(text, values),
};

async function startBoss(): Promise<PgBoss> {
  const env = readEnv();
  const boss = new PgBoss({
    db: sharedPool,
    schema: JOBS_SCHEMA,
    // Completed and failed jobs stay in the job table (and on /admin/jobs) for a week.
    archiveCompletedAfterSeconds: FINISHED_JOBS_KEPT_SECONDS,
    archiveFailedAfterSeconds: FINISHED_JOBS_KEPT_SECONDS,
    maintenanceIntervalSeconds: env.JOBS_MAINTENANCE_SECONDS,
  });
  boss.on("error", (error) => console.error("jobs:", error));
  await boss.start();
  stopBeforeDisconnect(stopJobs);
  for (const queue of queueDefinitions()) {
    if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
    else await boss.createQueue(queue.name, queue);
  }
  return boss;
}

/** The queue, started on first use (pg-boss creates or upgrades its own schema, under a lock). */
export function jobs(): Promise<PgBoss> {
  globalForJobs.claimdeskBoss ??= startBoss().catch((error) => {
    globalForJobs.claimdeskBoss = undefined;
    throw error;
  });
  return globalForJobs.claimdeskBoss;
}

/**
 * Stops fetching, then waits up to `timeoutMs` for the jobs being worked on to finish. A job still
 * running after that is left to its lease and retried elsewhere.
 */
export async function stopJobs(timeoutMs = 10_000): Promise<void> {
  const started = globalForJobs.claimdeskBoss;
  globalForJobs.claimdeskBoss = undefined;
  if (started) await (await started).stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
}
