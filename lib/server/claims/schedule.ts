import { scheduleArticleSchema, scheduleSchema } from "@/lib/review/schedule";
import { decide } from "@/lib/review/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { recordNotices } from "../notifications/record";
import { CLAIM_FOR_CHANGE, checkVersion, loadClaim, writeClaim, type ClaimForChange } from "./claim-change";

type Tx = Prisma.TransactionClient;

interface Schedule {
  priority?: "normal" | "high" | "urgent";
  dueAt?: Date | null;
}

/** Planning is an editor's, like assigning, and allowed in the same states; it never moves the claim. */
async function schedule(tx: Tx, claim: ClaimForChange & { priority: string; dueAt: Date | null }, actor: Actor, change: Schedule) {
  const decision = decide(actor, "assign", { state: claim.status });
  if (!decision.ok) throw new AppError(decision.reason === "forbidden" ? "forbidden" : "invalid", decision.message.replace("assign", "schedule"));
  const data: Prisma.ClaimUncheckedUpdateManyInput = {};
  if (change.priority !== undefined) data.priority = change.priority;
  // A new due date may become overdue again; the same one keeps its "already told" mark.
  if (change.dueAt !== undefined && change.dueAt?.getTime() !== claim.dueAt?.getTime()) Object.assign(data, { dueAt: change.dueAt, overdueNotifiedAt: null });
  const version = await writeClaim(tx, claim, actor, data);
  await recordAudit(tx, actor, {
    action: "claim.schedule",
    entityType: "Claim",
    entityId: claim.id,
    before: { priority: claim.priority, dueAt: claim.dueAt?.toISOString() ?? null },
    after: { priority: change.priority ?? claim.priority, dueAt: (change.dueAt === undefined ? claim.dueAt : change.dueAt)?.toISOString() ?? null },
  });
  return version;
}

const WITH_SCHEDULE = { ...CLAIM_FOR_CHANGE, priority: true, dueAt: true } as const;

export async function scheduleClaim(claimId: string, input: unknown, actor: Actor | null) {
  authorize(actor, "claim:assign");
  const { version, ...change } = parseInput(scheduleSchema, input);
  return db().$transaction(async (tx) => {
    await loadClaim(tx, claimId, actor, "assign");
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: WITH_SCHEDULE });
    checkVersion(claim, version);
    return { id: claimId, version: await schedule(tx, claim, actor, change) };
  });
}

/** Sets the due date or priority of every claim of the article that is still open. */
export async function scheduleArticle(input: unknown, actor: Actor | null) {
  authorize(actor, "claim:assign");
  const { articleId, ...change } = parseInput(scheduleArticleSchema, input);
  return db().$transaction(async (tx) => {
    if (!(await tx.article.findUnique({ where: { id: articleId }, select: { id: true } }))) throw new AppError("not_found", "No such article");
    const claims = await tx.claim.findMany({ where: { articleId, status: { in: ["new", "in_review", "returned", "proposed"] } }, select: WITH_SCHEDULE });
    for (const claim of claims) await schedule(tx, claim, actor, change);
    return { scheduled: claims.length };
  }, { timeout: 60_000 });
}

/**
 * Tells each assignee once about their claims whose due date has passed. Claims are marked in the
 * same statement that picks them, so app processes sweeping at once never notify twice.
 */
export async function notifyOverdue(now = new Date()): Promise<number> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; assigneeId: string }[]>`
      UPDATE "Claim" SET "overdueNotifiedAt" = ${now}
      WHERE "id" IN (
        SELECT "id" FROM "Claim"
        WHERE "dueAt" < ${now} AND "overdueNotifiedAt" IS NULL AND "assigneeId" IS NOT NULL
          AND "status" IN ('new', 'in_review', 'returned', 'proposed')
        ORDER BY "dueAt" LIMIT 500 FOR UPDATE SKIP LOCKED)
      RETURNING "id", "assigneeId"`;
    for (const claim of due) await recordNotices(tx, [{ userId: claim.assigneeId, kind: "overdue" }], { actorId: null, claimId: claim.id });
    return due.length;
  });
}
