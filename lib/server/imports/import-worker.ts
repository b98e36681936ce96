import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseImportFile } from "@/lib/import/parse-file";
import type { ParsedItem } from "@/lib/import/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BatchAbandoned } from "../articles/articles";
import { actorForUserId, SYSTEM_ACTOR, type Actor } from "../auth/actors";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { importLimits } from "./import-limits";
import { importParsedItems, numbered, type ItemResult, type PositionedItem } from "./import-run";
import { uploadDir } from "./uploads";

const storedUploadsSchema = z.array(z.object({ name: z.string(), file: z.string() }));
export type StoredUpload = z.infer<typeof storedUploadsSchema>[number];

export type ImportStep = "finished" | "continues";

async function* itemsOf(jobId: string, uploads: StoredUpload[]): AsyncGenerator<ParsedItem> {
  const limits = importLimits();
  for (const upload of uploads) {
    const file = path.join(uploadDir(jobId), path.basename(upload.file));
    yield* parseImportFile(upload.name, fs.createReadStream(file, { highWaterMark: 256 * 1024 }), limits);
  }
}

async function countItems(jobId: string, uploads: StoredUpload[]): Promise<number> {
  let total = 0;
  for await (const _item of itemsOf(jobId, uploads)) total++;
  return total;
}

/**
 * Item rows and counters, written in the transaction that stores the items' articles. The counters
 * are raised only while the job is still running; once it was cancelled the batch is refused, so a
 * cancelled import stores nothing after the cancellation has committed.
 */
async function recordResults(tx: Prisma.TransactionClient, jobId: string, results: ItemResult[]): Promise<void> {
  const count = (status: ItemResult["status"]) => results.filter((result) => result.status === status).length;
  const counted = await tx.importJob.updateMany({
    where: { id: jobId, status: "running" },
    data: {
      processed: { increment: results.length },
      imported: { increment: count("imported") },
      duplicates: { increment: count("duplicate") },
      failed: { increment: count("failed") },
      claimsFound: { increment: results.reduce((sum, result) => sum + result.claims, 0) },
    },
  });
  if (counted.count === 0) throw new BatchAbandoned();
  // The (jobId, position) key refuses an item recorded twice: a second worker's write rolls back whole.
  await tx.importItem.createMany({ data: results.map(({ claims: _claims, ...result }) => ({ ...result, jobId })) });
}

/** Stops yielding once the deadline has passed; `cut` tells whether items were left for later. */
function until<T>(items: AsyncIterable<T>, deadline: number) {
  const state = { cut: false };
  async function* limited(): AsyncGenerator<T> {
    for await (const item of items) {
      if (Date.now() > deadline) {
        state.cut = true;
        return;
      }
      yield item;
    }
  }
  return { items: limited(), state };
}

async function finish(jobId: string, data: Prisma.ImportJobUpdateManyMutationInput & { status: "done" | "failed" }): Promise<void> {
  await db().importJob.updateMany({ where: { id: jobId, status: { in: ["queued", "running"] } }, data: { ...data, finishedAt: new Date() } });
  // A failed import keeps its files for a while, so an admin can retry it.
  if (data.status === "done") fs.rmSync(uploadDir(jobId), { recursive: true, force: true });
}

async function importingActor(createdById: string | null): Promise<Actor | null> {
  return createdById ? actorForUserId(createdById) : SYSTEM_ACTOR;
}

/**
 * Works on an import until it is finished or the deadline passes. It reads the uploaded files
 * again from the start and skips every item already recorded, so after a crash it goes on with
 * exactly the items not yet stored.
 */
export async function runImportStep(jobId: string, deadline: number): Promise<ImportStep> {
  const job = await db().importJob.findUnique({ where: { id: jobId }, select: { status: true, total: true, uploads: true, createdById: true } });
  if (!job || job.status === "done" || job.status === "failed") return "finished";
  const uploads = storedUploadsSchema.parse(job.uploads);
  const actor = await importingActor(job.createdById);
  if (!actor) {
    await finish(jobId, { status: "failed", error: "the user who started this import has been disabled or removed" });
    return "finished";
  }
  if (uploads.some((upload) => !fs.existsSync(path.join(uploadDir(jobId), path.basename(upload.file))))) {
    await finish(jobId, { status: "failed", error: "the uploaded files are gone: is UPLOAD_DIR shared by every instance?" });
    return "finished";
  }
  // Only a job still open is marked running: one cancelled since it was read stays stopped.
  const started = await db().importJob.updateMany({
    where: { id: jobId, status: { in: ["queued", "running"] } },
    data: { status: "running", error: null, startedAt: job.status === "queued" ? new Date() : undefined },
  });
  if (started.count === 0) return "finished";
  // A first, cheap pass (parsing only) gives the progress bar its total before the slow pass begins.
  if (job.total === 0) await db().importJob.update({ where: { id: jobId }, data: { total: await countItems(jobId, uploads) } });

  const recorded = new Set((await db().importItem.findMany({ where: { jobId }, select: { position: true } })).map((item) => item.position));
  const { items, state } = until<PositionedItem>(numbered(itemsOf(jobId, uploads), (position) => recorded.has(position)), deadline);
  try {
    await importParsedItems(items, actor, { record: (tx, results) => recordResults(tx, jobId, results) });
  } catch (error) {
    if (error instanceof BatchAbandoned) return "finished";
    throw error;
  }
  if (state.cut) return "continues";
  await finish(jobId, { status: "done" });
  return "finished";
}

/** What the import page says about an attempt that failed; it is retried until the retries run out. */
export async function noteImportError(jobId: string, error: unknown): Promise<void> {
  const message = error instanceof AppError ? error.message : "the import stopped on an unexpected error; it will be retried from the first item not stored";
  await db().importJob.updateMany({ where: { id: jobId, status: { in: ["queued", "running"] } }, data: { status: "queued", error: message } });
}

/** Every retry failed (or the job's worker was lost each time): the import ends failed, with the items it stored. */
export async function failImport(jobId: string): Promise<void> {
  const job = await db().importJob.findUnique({ where: { id: jobId }, select: { error: true } });
  await finish(jobId, { status: "failed", error: job?.error ?? "the import failed after all its retries (see /admin/jobs); the items listed were processed" });
}
