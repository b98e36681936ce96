import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { emitEvent } from "../events/emit";
import { AppError } from "../http/errors";
import { presenceSchema } from "@/lib/presence/schema";
import { parseInput } from "../http/validate";

/** An open panel refreshes its presence every 10 s; one not heard from for this long has gone. */
export const PRESENCE_STALE_MS = 30_000;


export interface PresentUser {
  userId: string;
  name: string;
  editing: boolean;
}

function person(actor: Actor | null): string {
  authorize(actor, "article:read");
  if (!actor.id) throw new AppError("invalid", "Only a person can be present");
  return actor.id;
}

/** The others who have the claim open, editors first. */
export async function othersOnClaim(claimId: string, actor: Actor | null): Promise<PresentUser[]> {
  const userId = person(actor);
  const rows = await db().presence.findMany({
    where: { claimId, userId: { not: userId }, seenAt: { gt: new Date(Date.now() - PRESENCE_STALE_MS) } },
    select: { userId: true, editing: true, user: { select: { name: true } } },
    orderBy: [{ editing: "desc" }, { seenAt: "asc" }],
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, editing: row.editing }));
}

/** Records that the user has the claim open (and whether they are typing); others are told when that changes. */
export async function touchPresence(claimId: string, input: unknown, actor: Actor | null): Promise<PresentUser[]> {
  const userId = person(actor);
  const { editing } = parseInput(presenceSchema, input ?? {});
  await db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, articleId: true } });
    if (!claim) throw new AppError("not_found", "No such claim");
    const now = new Date();
    const before = await tx.presence.findUnique({ where: { claimId_userId: { claimId, userId } }, select: { editing: true, seenAt: true } });
    await tx.presence.upsert({ where: { claimId_userId: { claimId, userId } }, create: { claimId, userId, editing, seenAt: now }, update: { editing, seenAt: now } });
    const arrived = !before || before.seenAt.getTime() < now.getTime() - PRESENCE_STALE_MS;
    if (arrived || before.editing !== editing) await emitEvent(tx, "presence.changed", { claimId, articleId: claim.articleId });
  });
  return othersOnClaim(claimId, actor);
}

export async function leaveClaim(claimId: string, actor: Actor | null): Promise<void> {
  const userId = person(actor);
  await db().$transaction(async (tx) => {
    const { count } = await tx.presence.deleteMany({ where: { claimId, userId } });
    if (count > 0) await emitEvent(tx, "presence.changed", { claimId });
  });
}
