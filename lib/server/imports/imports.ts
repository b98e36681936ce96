import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { importListSchema } from "@/lib/imports/list";
import { can } from "@/lib/auth/permissions";
import { pageOf } from "@/lib/paging/cursor";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { sendImport } from "../jobs/send";
import { pairCursor } from "../paging/pair-cursor";
import { type Spool } from "./uploads";
import { type StoredUpload } from "./import-worker";

const ITEMS_SHOWN = 1000;

/**
 * Records a bulk import of the spooled files and queues it for a worker; progress is kept on the
 * job. Should this process stop between recording and queueing, a worker's sweep queues it.
 */
export async function startImportJob(spool: Spool, actor: Actor) {
  authorize(actor, "article:import");
  if (spool.files.length === 0) {
    spool.discard();
    throw new AppError("invalid", "Choose at least one file to import", { fields: { files: ["no file was uploaded"] } });
  }
  const id = randomUUID();
  const sourceName = spool.files.map((file) => file.name).join(", ").slice(0, 500);
  try {
    spool.rename(id);
  } catch (error) {
    spool.discard();
    throw error;
  }
  const uploads: StoredUpload[] = spool.files.map((file) => ({ name: file.name, file: file.path.slice(spool.dir.length + 1) }));
  const job = await db()
    .$transaction(async (tx) => {
      const created = await tx.importJob.create({ data: { id, sourceName, uploads: uploads as object[], createdById: actor.id } });
      await recordAudit(tx, actor, { action: "import.start", entityType: "ImportJob", entityId: created.id, after: { files: spool.files.map((file) => file.name) } });
      return created;
    })
    .catch((error: unknown) => {
      fs.rmSync(spool.dir, { recursive: true, force: true });
      throw error;
    });
  await sendImport(job.id);
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
  const job = await db().importJob.findUnique({ where: { id: jobId }, select: JOB_FIELDS });
  if (!job) throw new AppError("not_found", "No such import");
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
  return { total, items: page.items, nextCursor: page.nextCursor };
}

/** Who may stop an import: the person who started it, or an admin. */
function mayStop(createdById: string | null, actor: Actor): boolean {
  return createdById === actor.id || can(actor, "settings:manage");
}

/** Whether the actor may cancel this import; the progress page offers its Cancel button only then. */
export async function mayCancelImportJob(jobId: string, actor: Actor): Promise<boolean> {
  authorize(actor, "article:import");
  const job = await db().importJob.findUnique({ where: { id: jobId }, select: { createdById: true } });
  return job !== null && mayStop(job.createdById, actor);
}

/**
 * Stops a queued or running import: its worker ends it at the next step, and the articles already
 * imported stay. The person who started it, or an admin, may stop it.
 */
export async function cancelImportJob(jobId: string, actor: Actor | null) {
  authorize(actor, "article:import");
  await db().$transaction(async (tx) => {
    const job = await tx.importJob.findUnique({ where: { id: jobId }, select: { status: true, createdById: true } });
    if (!job) throw new AppError("not_found", "No such import");
    if (!mayStop(job.createdById, actor)) throw new AppError("forbidden", "Only the person who started an import, or an admin, can cancel it");
    const stopped = await tx.importJob.updateMany({
      where: { id: jobId, status: { in: ["queued", "running"] } },
      data: { status: "failed", error: `cancelled by ${actor.name}`, finishedAt: new Date() },
    });
    if (stopped.count === 0) throw new AppError("conflict", `This import has already ${job.status === "done" ? "finished" : "stopped"}`);
    await recordAudit(tx, actor, { action: "import.cancel", entityType: "ImportJob", entityId: jobId, before: { status: job.status }, after: { status: "failed" } });
  });
  return db().importJob.findUniqueOrThrow({ where: { id: jobId }, select: JOB_FIELDS });
}
