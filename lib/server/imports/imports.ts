import fs from "node:fs";
import { parseImportFile } from "@/lib/import/parse-file";
import type { ParsedItem } from "@/lib/import/types";
import { importListSchema } from "@/lib/imports/list";
import { pageOf } from "@/lib/paging/cursor";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { pairCursor } from "../paging/pair-cursor";
import { importLimits } from "./import-limits";
import { importParsedItems, type ItemResult } from "./import-run";
import { uploadDir, type Spool, type SpooledFile } from "./uploads";
import { logServerError } from "../http/log-error";

// Jobs this process is running. A job marked running that is not here was cut off by a restart.
const globalForJobs = globalThis as unknown as { claimdeskImportJobs?: Map<string, Promise<void>> };
const running = (globalForJobs.claimdeskImportJobs ??= new Map());

const INTERRUPTED = "interrupted: the server stopped before the import finished";
const ITEMS_SHOWN = 1000;

async function* itemsOf(files: readonly SpooledFile[]): AsyncGenerator<ParsedItem> {
  const limits = importLimits();
  for (const file of files) yield* parseImportFile(file.name, fs.createReadStream(file.path, { highWaterMark: 256 * 1024 }), limits);
}

async function countItems(files: readonly SpooledFile[]): Promise<number> {
  let total = 0;
  for await (const _item of itemsOf(files)) total++;
  return total;
}

async function recordBatch(jobId: string, results: ItemResult[]): Promise<void> {
  const count = (status: ItemResult["status"]) => results.filter((result) => result.status === status).length;
  await db().$transaction([
    db().importItem.createMany({
      data: results.map(({ claims: _claims, ...result }) => ({ ...result, jobId })),
    }),
    db().importJob.update({
      where: { id: jobId },
      data: {
        processed: { increment: results.length },
        imported: { increment: count("imported") },
        duplicates: { increment: count("duplicate") },
        failed: { increment: count("failed") },
        claimsFound: { increment: results.reduce((sum, result) => sum + result.claims, 0) },
      },
    }),
  ]);
}

async function run(jobId: string, spool: Spool, actor: Actor): Promise<void> {
  try {
    await db().importJob.update({ where: { id: jobId }, data: { status: "running", startedAt: new Date() } });
    // A first, cheap pass (parsing only) gives the progress bar its total before the slow pass begins.
    await db().importJob.update({ where: { id: jobId }, data: { total: await countItems(spool.files) } });
    await importParsedItems(itemsOf(spool.files), actor, (results) => recordBatch(jobId, results));
    await db().importJob.update({ where: { id: jobId }, data: { status: "done", finishedAt: new Date() } });
  } catch (error) {
    logServerError(`import job ${jobId}`, error);
    const message = error instanceof AppError ? error.message : "the import stopped on an unexpected error; the items listed were processed";
    await db().importJob.update({ where: { id: jobId }, data: { status: "failed", error: message, finishedAt: new Date() } }).catch(() => {});
  } finally {
    spool.discard();
    running.delete(jobId);
  }
}

/** Records a bulk import of the spooled files and starts it in the background; progress is kept on the job. */
export async function startImportJob(spool: Spool, actor: Actor) {
  authorize(actor, "article:import");
  if (spool.files.length === 0) {
    spool.discard();
    throw new AppError("invalid", "Choose at least one file to import", { fields: { files: ["no file was uploaded"] } });
  }
  const sourceName = spool.files.map((file) => file.name).join(", ").slice(0, 500);
  const job = await db().$transaction(async (tx) => {
    const created = await tx.importJob.create({ data: { sourceName, createdById: actor.id } });
    await recordAudit(tx, actor, { action: "import.start", entityType: "ImportJob", entityId: created.id, after: { files: spool.files.map((file) => file.name) } });
    return created;
  });
  spool.rename(job.id);
  running.set(job.id, run(job.id, spool, actor));
  return job;
}

/** Resolves when the job running in this process finishes (for the CLI and tests). */
export async function importJobFinished(jobId: string): Promise<void> {
  await running.get(jobId);
}

async function failIfInterrupted<Job extends { id: string; status: string }>(job: Job): Promise<Job> {
  if ((job.status === "queued" || job.status === "running") && !running.has(job.id)) {
    const updated = await db().importJob.updateMany({
      where: { id: job.id, status: { in: ["queued", "running"] } },
      data: { status: "failed", error: INTERRUPTED, finishedAt: new Date() },
    });
    if (updated.count > 0) {
      fs.rmSync(uploadDir(job.id), { recursive: true, force: true });
      return { ...job, status: "failed", error: INTERRUPTED };
    }
  }
  return job;
}

const JOB_FIELDS = {
  id: true, status: true, sourceName: true, total: true, processed: true, imported: true, duplicates: true, failed: true,
  claimsFound: true, error: true, createdAt: true, startedAt: true, finishedAt: true, createdBy: { select: { name: true } },
} as const;

const ITEM_FIELDS = {
  position: true, file: true, line: true, status: true, reason: true, articleId: true, article: { select: { title: true } },
} as const;

/** A job with its items (failures first, then in order), as the progress page and its JSON endpoint show it. */
export async function getImportJob(jobId: string, actor: Actor) {
  authorize(actor, "article:import");
  const found = await db().importJob.findUnique({ where: { id: jobId }, select: JOB_FIELDS });
  if (!found) throw new AppError("not_found", "No such import");
  const job = await failIfInterrupted(found);
  const failures = await db().importItem.findMany({ where: { jobId, status: "failed" }, orderBy: { position: "asc" }, take: ITEMS_SHOWN, select: ITEM_FIELDS });
  const items = await db().importItem.findMany({ where: { jobId, status: { not: "failed" } }, orderBy: { position: "asc" }, take: ITEMS_SHOWN, select: ITEM_FIELDS });
  return { ...job, items: [...failures, ...items], itemsShown: ITEMS_SHOWN };
}

const IMPORT_CURSOR = pairCursor("imports", "newest", "timestamp");

/** Bulk imports newest first, a page at a time (keyset on createdAt and id), filterable by status. */
export async function listImportJobPage(input: unknown, actor: Actor | null) {
  authorize(actor, "article:import");
  const query = parseInput(importListSchema, input ?? {}, "Invalid list parameters");
  const after = IMPORT_CURSOR.decode(query.cursor);
  const where = query.status ? { status: query.status } : {};
  const afterWhere = after
    ? { OR: [{ createdAt: { lt: new Date(after.value) } }, { createdAt: new Date(after.value), id: { lt: after.id } }] }
    : {};
  const [total, jobs] = await Promise.all([
    db().importJob.count({ where }),
    db().importJob.findMany({ where: { ...where, ...afterWhere }, select: JOB_FIELDS, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 }),
  ]);
  const page = pageOf(jobs, query.limit, (job) => IMPORT_CURSOR.encode(job.createdAt, job.id));
  const items = [];
  for (const job of page.items) items.push(await failIfInterrupted(job));
  return { total, items, nextCursor: page.nextCursor };
}
