import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/server/db/client";
import { cancelImportJob, mayCancelImportJob, startImportJob } from "@/lib/server/imports/imports";
import { runImportStep } from "@/lib/server/imports/import-worker";
import { createSpool } from "@/lib/server/imports/uploads";
import { stopJobs } from "@/lib/server/jobs/boss";
import { makeUser } from "./helpers";
import { useTemporaryDataDir, waitUntil } from "./job-helpers";

useTemporaryDataDir("claimdesk-cancel-");
afterAll(async () => {
  await stopJobs();
});

async function* bytes(content: string) {
  yield Buffer.from(content);
}

describe("cancelling an import", () => {
  test("stops it at once: no batch is stored after the cancellation, and what was stored before stays whole", { timeout: 120_000 }, async () => {
    const starter = await makeUser("fact_checker");
    const run = Date.now();
    const rows = Array.from({ length: 600 }, (_, index) => JSON.stringify({ title: `Buses ${run} #${index}`, text: `The Zorbland council approved ${index + 10} new buses on Monday, its transport office said (${run}).` }));
    const spool = createSpool();
    await spool.add("buses.jsonl", bytes(rows.join("\n")));
    const job = await startImportJob(spool, starter);

    // The worker's step runs here, in this process, while the starter cancels from "another request".
    const step = runImportStep(job.id, Date.now() + 60_000);
    await waitUntil(() => db().importJob.findUniqueOrThrow({ where: { id: job.id } }), (current) => current.processed > 0, "a first batch to be stored", 60_000);
    const cancelled = await cancelImportJob(job.id, starter);
    expect(cancelled).toMatchObject({ status: "failed", error: `cancelled by ${starter.name}` });
    await expect(step).resolves.toBe("finished");

    const after = await db().importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(after.processed).toBe(cancelled.processed);
    expect(after.processed).toBeLessThan(600);
    const items = await db().importItem.findMany({ where: { jobId: job.id }, select: { status: true, articleId: true } });
    expect(items).toHaveLength(after.processed);
    const articles = await db().article.count({ where: { title: { startsWith: `Buses ${run} ` } } });
    expect(articles).toBe(items.filter((item) => item.status === "imported").length);
    expect(articles).toBe(after.imported);

    // A later step of the same job (a retry, another worker) stores nothing more.
    await expect(runImportStep(job.id, Date.now() + 60_000)).resolves.toBe("finished");
    expect((await db().importJob.findUniqueOrThrow({ where: { id: job.id } })).processed).toBe(after.processed);
  });

  test("only the person who started it, or an admin, may cancel it, and a finished import cannot be", async () => {
    const starter = await makeUser("fact_checker");
    const spool = createSpool();
    await spool.add("one.jsonl", bytes(JSON.stringify({ text: `Kyiv said 4 drones were downed on ${Date.now()}.` })));
    const job = await startImportJob(spool, starter);
    const someoneElse = await makeUser("editor");
    await expect(mayCancelImportJob(job.id, starter)).resolves.toBe(true);
    await expect(mayCancelImportJob(job.id, await makeUser("admin"))).resolves.toBe(true);
    await expect(mayCancelImportJob(job.id, someoneElse)).resolves.toBe(false);
    await expect(cancelImportJob(job.id, someoneElse)).rejects.toMatchObject({ code: "forbidden" });

    await expect(runImportStep(job.id, Date.now() + 60_000)).resolves.toBe("finished");
    await expect(cancelImportJob(job.id, starter)).rejects.toMatchObject({ code: "conflict", message: "This import has already finished" });
  });
});
