import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";

export interface HistoryEntry {
  id: string;
  at: Date;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * Everything that happened to a claim, oldest first, from the append-only audit log (claim, source
 * and verdict changes are all recorded against the claim). A merged-away claim keeps its history.
 */
export async function getClaimHistory(claimId: string, actor: Actor): Promise<HistoryEntry[]> {
  authorize(actor, "article:read");
  const entries = await db().auditEntry.findMany({
    where: { entityType: "Claim", entityId: claimId },
    orderBy: { id: "asc" },
    select: { id: true, createdAt: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  if (entries.length === 0 && !(await db().claim.findUnique({ where: { id: claimId }, select: { id: true } }))) {
    throw new AppError("not_found", "No such claim");
  }
  return entries.map((entry) => ({
    id: entry.id.toString(),
    at: entry.createdAt,
    actor: entry.actor?.name ?? "system",
    action: entry.action,
    before: entry.before,
    after: entry.after,
  }));
}
