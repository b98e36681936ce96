import PgBoss from "pg-boss";
import { readEnv } from "@/lib/env";
import { dbPool, stopBeforeDisconnect } from "../db/client";
import { queueDefinitions } from "./queues";

export const JOBS_SCHEMA = "pgboss";
const FINISHED_JOBS_KEPT_SECONDS = 7 * 24 * 3600;

const globalForJobs = globalThis as unknown as { claimdeskBoss?: Promise<PgBoss> };

/** Each started queue's way of letting go of the database once it is stopped. */
const detachers = new WeakMap<PgBoss, () => void>();

/**
 * pg-boss over the process's own pool: against the embedded server that is its one connection.
 * Once the queue is stopped it no longer touches the database: pg-boss records a job's completion or
 * failure without waiting for it, so a job that ends after the stop would otherwise query a pool
 * already closed (or open a new one) from a promise nobody handles. Such a job stays active until
 * its lease runs out and is then retried, as stopJobs says of jobs still running.
 */
function sharedPool(): { db: PgBoss.Db; detach: () => void } {
  let detached = false;
  return {
    db: { executeSql: (text, values) => (detached ? Promise.resolve(nothingDone(text)) : dbPool().query(text, values)) },
    detach: () => {
      detached = true;
    },
  };
}

/** pg-boss's commands that complete, fail or cancel jobs report how many they changed, in one row. */
const COUNTS_CHANGES = /select count\(\*\) from results\s*$/i;

/**
 * What a stopped queue's database answers: nothing found, and nothing changed where a command counts
 * what it changed (pg-boss reads that count from the first row, and an empty answer made its
 * Manager.fail throw from a promise nobody handles).
 */
function nothingDone(text: string): { rows: { count: string }[]; rowCount: number } {
  return COUNTS_CHANGES.test(text) ? { rows: [{ count: "0" }], rowCount: 1 } : { rows: [], rowCount: 0 };
}

async function startBoss(): Promise<PgBoss> {
  const env = readEnv();
  const pool = sharedPool();
  const boss = new PgBoss({
    db: pool.db,
    schema: JOBS_SCHEMA,
    // Completed and failed jobs stay in the job table (and on /admin/jobs) for a week.
    archiveCompletedAfterSeconds: FINISHED_JOBS_KEPT_SECONDS,
    archiveFailedAfterSeconds: FINISHED_JOBS_KEPT_SECONDS,
    maintenanceIntervalSeconds: env.JOBS_MAINTENANCE_SECONDS,
  });
  detachers.set(boss, pool.detach);
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
  if (!started) return;
  const boss = await started;
  await boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
  detachers.get(boss)?.();
}
