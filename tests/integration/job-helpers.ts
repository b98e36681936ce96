import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/server/db/client";
import { jobs } from "@/lib/server/jobs/boss";
import { QUEUES } from "@/lib/server/jobs/queues";
import { startWorkers, type Workers } from "@/lib/server/jobs/workers";

/** Settings that make the queue quick enough for tests: short polls, leases and retry delays. */
export const FAST_JOBS_ENV = {
  JOBS_POLL_SECONDS: "0.5",
  JOBS_MAINTENANCE_SECONDS: "1",
  JOBS_LEASE_SECONDS: "9",
  JOBS_RETRY_DELAY_SECONDS: "1",
};

/**
 * A DATA_DIR of the file's own (uploads wait there for a worker), made before its tests and removed
 * after them, with the setting put back. Returns the folder, to be read once the tests run.
 */
export function useTemporaryDataDir(prefix: string): () => string {
  let dataDir = "";
  const previous = process.env.DATA_DIR;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    process.env.DATA_DIR = dataDir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return () => dataDir;
}

/** Runs the queue's workers in this test process for the file's tests. */
export function useWorkers(): void {
  let workers: Workers | undefined;
  beforeAll(async () => {
    Object.assign(process.env, FAST_JOBS_ENV);
    workers = await startWorkers();
  });
  // A job still in hand when the file ends (a figure regroup queued by the last test, say) must
  // finish before the database is disconnected, however slow the shared machine is.
  afterAll(async () => {
    await workers?.stop(120_000);
  }, 130_000);
}

export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function waitForImport(id: string, timeoutMs?: number) {
  return waitUntil(
    () => db().importJob.findUniqueOrThrow({ where: { id } }),
    (job) => job.status === "done" || job.status === "failed",
    `import ${id}`,
    timeoutMs,
  );
}

/** Waits until the figure-regroup queue has no job waiting or running: the groups reflect every request made so far. */
export async function waitForRegroup(timeoutMs?: number): Promise<void> {
  const boss = await jobs();
  await waitUntil(() => boss.getQueueSize(QUEUES.figureRegroup, { before: "completed" }), (open) => open === 0, "the figure regroup queue", timeoutMs);
}
