import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/server/db/client";
import { startImportJob } from "@/lib/server/imports/imports";
import { createSpool } from "@/lib/server/imports/uploads";
import { listJobs, retryJob } from "@/lib/server/jobs/admin";
import { jobs, stopJobs } from "@/lib/server/jobs/boss";
import { QUEUES } from "@/lib/server/jobs/queues";
import { enqueueFigureRegroup } from "@/lib/server/jobs/send";
import { makeUser } from "./helpers";
import { FAST_JOBS_ENV, useTemporaryDataDir, waitForImport, waitUntil } from "./job-helpers";
import { killHard, spawnWorker, stopGently } from "./worker-process";

const root = path.resolve(import.meta.dirname, "../..");
const corpusLines = fs.readFileSync(path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl"), "utf8").split("\n").filter(Boolean);

const dataDir = useTemporaryDataDir("claimdesk-resume-");
beforeAll(() => {
  Object.assign(process.env, FAST_JOBS_ENV);
});
afterAll(async () => {
  await stopJobs();
});

async function* bytes(content: string) {
  yield Buffer.from(content);
}

async function upload(name: string, lines: string[]) {
  const spool = createSpool();
  await spool.add(name, bytes(lines.join("\n")));
  return startImportJob(spool, await makeUser("fact_checker"));
}

/** Every item has exactly one result, every imported article is stored once with all its claims. */
async function accountFor(jobId: string) {
  const job = await db().importJob.findUniqueOrThrow({ where: { id: jobId } });
  const items = await db().importItem.findMany({ where: { jobId }, select: { position: true, status: true, articleId: true } });
  const imported = items.filter((item) => item.status === "imported").map((item) => item.articleId!);
  const claims = await db().claim.count({ where: { articleId: { in: imported } } });
  return { job, items, imported, claims };
}

describe("the queue", () => {
  test("figure regroup requests coalesce: however many are asked for, one waits", async () => {
    for (let index = 0; index < 5; index++) await enqueueFigureRegroup();
    const waiting = await db().$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) FROM pgboss.job WHERE name = $1 AND state = 'created'`, QUEUES.figureRegroup);
    expect(Number(waiting[0]!.count)).toBe(1);
  });

  test("a failed job keeps its error, is listed for admins, and a retry finishes the import", { timeout: 120_000 }, async () => {
    const admin = await makeUser("admin");
    const job = await upload("retry.jsonl", corpusLines.slice(300, 305));
    const [queued] = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM pgboss.job WHERE name = $1 AND data->>'importJobId' = $2`, QUEUES.import, job.id);
    // As after its last retry: a failure now is final.
    await db().$executeRawUnsafe(`UPDATE pgboss.job SET retry_limit = 0 WHERE name = $1 AND id = $2::uuid`, QUEUES.import, queued!.id);
    await (await jobs()).fail(QUEUES.import, queued!.id, { message: "disk full" });
    const failed = await listJobs("failed", admin);
    expect(failed.jobs.find((listed) => listed.id === queued!.id)).toMatchObject({ name: QUEUES.import, state: "failed", error: "disk full" });
    await expect(listJobs("failed", await makeUser("editor"))).rejects.toMatchObject({ code: "forbidden" });

    const worker = spawnWorker(dataDir());
    try {
      // The dead-letter worker marks the import failed; the upload is kept for a retry.
      await waitUntil(() => db().importJob.findUniqueOrThrow({ where: { id: job.id } }), (current) => current.status === "failed", "the import to be marked failed");
      await retryJob({ id: queued!.id, name: QUEUES.import }, admin);
      const done = await waitForImport(job.id);
      expect(done).toMatchObject({ status: "done", processed: 5, imported: 5 });
    } finally {
      await stopGently(worker);
    }
    await expect(retryJob({ id: queued!.id, name: QUEUES.import }, admin)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("imports survive killed workers", () => {
  test("a worker killed with SIGKILL twice mid-import: the import resumes and every item is accounted for once", { timeout: 240_000 }, async () => {
    const lines = [...corpusLines.slice(0, 150), '{"text": "broken', corpusLines[3]!];
    const job = await upload("resume.jsonl", lines);
    let worker = spawnWorker(dataDir());
    const kills: number[] = [];
    try {
      for (const threshold of [30, 90]) {
        const seen = await waitUntil(() => db().importJob.findUniqueOrThrow({ where: { id: job.id } }), (current) => current.processed >= threshold, `${threshold} items`);
        await killHard(worker);
        kills.push(seen.processed);
        worker = spawnWorker(dataDir());
      }
      await waitForImport(job.id, 180_000);
    } finally {
      await stopGently(worker);
    }
    const { job: done, items, imported, claims } = await accountFor(job.id);
    console.log(`killed at ${kills.join(", ")} items; ${done.imported} imported, ${done.duplicates} duplicates, ${done.failed} failed of ${done.total}`);
    expect(done).toMatchObject({ status: "done", total: lines.length, processed: lines.length, failed: 1, error: null });
    expect(kills.every((processed) => processed < lines.length)).toBe(true);
    expect(new Set(items.map((item) => item.position))).toEqual(new Set(lines.map((_line, position) => position)));
    expect(done.imported + done.duplicates + done.failed).toBe(lines.length);
    expect(new Set(imported).size).toBe(done.imported);
    expect(await db().article.count({ where: { importItems: { some: { jobId: job.id } } } })).toBe(done.imported);
    expect(await db().article.count({ where: { id: { in: imported } } })).toBe(done.imported);
    expect(claims).toBe(done.claimsFound);
    // The upload is removed once its import is finished.
    expect(fs.existsSync(path.join(dataDir(), "uploads", job.id))).toBe(false);
  });

  test("two worker processes share one queue: each import runs once and all finish", { timeout: 180_000 }, async () => {
    const workers = [spawnWorker(dataDir()), spawnWorker(dataDir())];
    try {
      const jobs: { id: string }[] = [];
      for (let index = 0; index < 4; index++) jobs.push(await upload(`part-${index}.jsonl`, corpusLines.slice(200 + index * 20, 220 + index * 20)));
      for (const job of jobs) await waitForImport(job.id);
      for (const job of jobs) {
        const { job: done, items } = await accountFor(job.id);
        expect(done).toMatchObject({ status: "done", processed: 20, total: 20 });
        expect(new Set(items.map((item) => item.position)).size).toBe(20);
      }
      // An import may take several jobs (each works a while, then hands over); all of them completed.
      const queued = () =>
        db().$queryRawUnsafe<{ state: string; importJobId: string }[]>(
          `SELECT state, data->>'importJobId' AS "importJobId" FROM pgboss.job WHERE name = 'import' AND data->>'importJobId' = ANY($1)`,
          jobs.map((job) => job.id),
        );
      // The import is marked done just before its last job is.
      const runs = await waitUntil(queued, (rows) => rows.every((run) => run.state !== "active"), "the last jobs to complete");
      expect(new Set(runs.map((run) => run.importJobId)).size).toBe(jobs.length);
      expect(runs.filter((run) => run.state !== "completed")).toEqual([]);
    } finally {
      await Promise.all(workers.map(stopGently));
    }
  });
});
