import { assignArticleSchema, assignSchema, versionOnlySchema } from "@/lib/review/schema";
import { decide } from "@/lib/review/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { CLAIM_FOR_CHANGE, checkVersion, loadClaim, transition, writeClaim, type ClaimForChange } from "./claim-change";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

type Tx = Prisma.TransactionClient;

/** People a claim can be given to: active users whose role checks claims. */
export async function listAssignees(actor: Actor) {
  authorize(actor, "article:read");
  return db().user.findMany({
    where: { disabledAt: null, role: { in: ["fact_checker", "editor", "admin"] } },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}

async function assignee(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt || user.role === "viewer") {
    throw new AppError("invalid", "Claims can only go to an active fact-checker, editor or admin", { fields: { userId: ["not an active checker"] } });
  }
  return user;
}

async function give(tx: Tx, claim: ClaimForChange, actor: Actor, action: "assign" | "take", user: { id: string; name: string }) {
  const to = transition(claim, actor, action);
  const version = await writeClaim(tx, claim, actor, { assigneeId: user.id, status: to });
  await recordAudit(tx, actor, {
    action: `claim.${action}`,
    entityType: "Claim",
    entityId: claim.id,
    before: { status: claim.status, assigneeId: claim.assigneeId },
    after: { status: to, assigneeId: user.id, assignee: user.name },
  });
  return { id: claim.id, state: to, assigneeId: user.id, version };
}

export async function assignClaim(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:assign");
  const { version, userId } = parseInput(assignSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId, actor, "assign");
    checkVersion(claim, version);
    return give(tx, claim, actor, "assign", await assignee(tx, userId));
  });
}

/** A checker takes a claim for themselves. */
export async function takeClaim(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:edit");
  const { version } = parseInput(versionOnlySchema, input);
  const me = actor.id;
  if (!me) throw new AppError("invalid", "Only a person can take a claim");
  return db().$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId, actor, "take");
    checkVersion(claim, version);
    return give(tx, claim, actor, "take", { id: me, name: actor.name });
  });
}

/** Gives every claim of an article that is still open to one person; approved, proposed and dismissed ones keep theirs. */
export async function assignArticle(input: unknown, actor: Actor) {
  authorize(actor, "claim:assign");
  const { articleId, userId } = parseInput(assignArticleSchema, input);
  // Each claim gets its own version bump and audit entry, which takes a while on a long article.
  return db().$transaction(async (tx) => {
    if (!(await tx.article.findUnique({ where: { id: articleId }, select: { id: true } }))) throw new AppError("not_found", "No such article");
    const user = await assignee(tx, userId);
    const claims = await tx.claim.findMany({ where: { articleId, status: { in: ["new", "in_review", "returned"] }, OR: [{ assigneeId: null }, { assigneeId: { not: user.id } }] }, select: CLAIM_FOR_CHANGE });
    let assigned = 0;
    for (const claim of claims) {
      if (!decide(actor, "assign", { state: claim.status }).ok) continue;
      await give(tx, claim, actor, "assign", user);
      assigned++;
    }
    return { assigned };
  }, { timeout: 60_000 });
}
