import { ACTION_PERMISSION, decide, type ClaimState, type WorkflowAction } from "@/lib/review/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { AppError } from "../http/errors";
import { announceClaimChange, type ClaimChange } from "../notifications/claim-change-notices";

type Tx = Prisma.TransactionClient;

export const CLAIM_FOR_CHANGE = {
  id: true,
  articleId: true,
  status: true,
  version: true,
  assigneeId: true,
  start: true,
  end: true,
  quote: true,
  statement: true,
  type: true,
  speaker: true,
  dismissedReason: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;
export type ClaimForChange = Prisma.ClaimGetPayload<{ select: typeof CLAIM_FOR_CHANGE }>;

/** Refuses with the role check first (403), then the claim's existence (404). */
export async function loadClaim(tx: Tx, claimId: string, actor: Actor, action: WorkflowAction): Promise<ClaimForChange> {
  authorize(actor, ACTION_PERMISSION[action]);
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: CLAIM_FOR_CHANGE });
  if (!claim) throw new AppError("not_found", "No such claim");
  return claim;
}

function conflict(claim: { updatedAt: Date; updatedBy: { name: string } | null; version: number }): AppError {
  const who = claim.updatedBy?.name ?? "someone else";
  const when = claim.updatedAt.toISOString();
  return new AppError(
    "conflict",
    `${who} changed this claim at ${when.slice(0, 16).replace("T", " ")} UTC after you opened it. Nothing was saved: reload to see their change.`,
    { changedBy: who, changedAt: when, currentVersion: claim.version },
  );
}

/** The change must be based on the version the user saw; without one (some API calls), the current one. */
export function checkVersion(claim: ClaimForChange, expected: number | undefined): void {
  if (expected !== undefined && expected !== claim.version) throw conflict(claim);
}

/** Applies the workflow rule for `action` and returns the state the claim moves to. */
export function transition(claim: ClaimForChange, actor: Actor, action: WorkflowAction, proposedById?: string | null): ClaimState {
  const decision = decide(actor, action, { state: claim.status, assigneeId: claim.assigneeId, proposedById });
  if (!decision.ok) throw new AppError(decision.reason === "forbidden" ? "forbidden" : "invalid", decision.message);
  return decision.to;
}

/**
 * Writes the claim only if nobody changed it since it was read, and bumps its version; a lost race
 * becomes the same conflict a stale form gets, and the caller's transaction rolls back. Every
 * change is announced to open pages and notified to the people working on the claim from here.
 */
export async function writeClaim(
  tx: Tx,
  claim: ClaimForChange,
  actor: Actor,
  data: Prisma.ClaimUncheckedUpdateManyInput,
  verdict?: ClaimChange["verdict"],
): Promise<number> {
  const result = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version },
    data: { ...data, version: { increment: 1 }, updatedById: actor.id },
  });
  if (result.count === 0) {
    const current = await tx.claim.findUnique({ where: { id: claim.id }, select: CLAIM_FOR_CHANGE });
    if (!current) throw new AppError("not_found", "The claim was deleted (merged) meanwhile");
    throw conflict(current);
  }
  const version = claim.version + 1;
  const assigneeAfter = data.assigneeId === undefined ? claim.assigneeId : (data.assigneeId as string | null);
  await announceClaimChange(tx, actor, { claim, state: (data.status as string | undefined) ?? claim.status, version, assigneeAfter, verdict });
  return version;
}

/** The fields of a claim worth showing before and after a change in its history. */
export function claimSnapshot(claim: Pick<ClaimForChange, "status" | "start" | "end" | "quote" | "statement" | "type" | "speaker" | "assigneeId">) {
  return {
    status: claim.status,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    statement: claim.statement,
    type: claim.type,
    speaker: claim.speaker,
    assigneeId: claim.assigneeId,
  };
}
