import { actorForUserId, SYSTEM_ACTOR, type Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { sendReextractAll } from "../jobs/send";
import { reextractArticle } from "./articles";

export type ReextractStep = "finished" | "continues";

/** Queues a re-extraction of every article (after an engine upgrade); claims a person touched are kept. */
export async function requestReextractAll(actor: Actor) {
  authorize(actor, "article:reextract");
  const run = await db().$transaction(async (tx) => {
    const created = await tx.reextractRun.create({ data: { total: await tx.article.count(), createdById: actor.id } });
    await recordAudit(tx, actor, { action: "articles.reextract_all", entityType: "ReextractRun", entityId: created.id, after: { total: created.total } });
    return created;
  });
  await sendReextractAll(run.id);
  return run;
}

/**
 * Re-extracts articles in id order after the last one finished, until all are done or the deadline
 * passes. Each article's progress is written in its re-extraction's transaction, so a run taken
 * over after a crash re-extracts no article twice.
 */
export async function runReextractStep(runId: string, deadline: number): Promise<ReextractStep> {
  const run = await db().reextractRun.findUnique({ where: { id: runId } });
  if (!run || run.status === "done" || run.status === "failed") return "finished";
  const actor: Actor | null = run.createdById ? await actorForUserId(run.createdById) : SYSTEM_ACTOR;
  if (!actor) {
    await finishRun(runId, { status: "failed", error: "the user who started this run has been disabled or removed" });
    return "finished";
  }
  await db().reextractRun.update({ where: { id: runId }, data: { status: "running", error: null, startedAt: run.startedAt ?? new Date() } });
  let after = run.lastArticleId;
  while (Date.now() <= deadline) {
    const next = await db().article.findFirst({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" }, select: { id: true } });
    if (!next) {
      await finishRun(runId, { status: "done" });
      return "finished";
    }
    await reextractArticle(next.id, actor, async (tx, summary) => {
      await tx.reextractRun.update({
        where: { id: runId, lastArticleId: after },
        data: {
          lastArticleId: next.id,
          processed: { increment: 1 },
          kept: { increment: summary.kept },
          replaced: { increment: summary.replaced },
          added: { increment: summary.added },
        },
      });
    });
    after = next.id;
  }
  return "continues";
}

async function finishRun(runId: string, data: { status: "done" | "failed"; error?: string }): Promise<void> {
  await db().reextractRun.updateMany({ where: { id: runId, status: { in: ["queued", "running"] } }, data: { ...data, finishedAt: new Date() } });
}

export async function noteReextractError(runId: string, error: unknown): Promise<void> {
  console.error(error);
  await db().reextractRun.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "queued", error: "the run stopped on an unexpected error; it will be retried from the next article" },
  });
}

export async function failReextract(runId: string): Promise<void> {
  const run = await db().reextractRun.findUnique({ where: { id: runId }, select: { error: true } });
  await finishRun(runId, { status: "failed", error: run?.error ?? "the run was stopped too many times" });
}

export async function listReextractRuns(actor: Actor, take = 10) {
  authorize(actor, "article:reextract");
  return db().reextractRun.findMany({ orderBy: { createdAt: "desc" }, take, include: { createdBy: { select: { name: true } } } });
}
