import { verdictProposeSchema, verdictReturnSchema, versionOnlySchema } from "@/lib/review/schema";
import { verdictSourceProblem } from "@/lib/review/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { checkVersion, loadClaim, transition, writeClaim } from "./claim-change";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { queueWebhookDeliveries, recordWebhookEvent } from "../webhooks/outbox";

type Tx = Prisma.TransactionClient;

export async function proposeVerdict(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "verdict:propose");
  const { version, rating, rationale } = parseInput(verdictProposeSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId, actor, "propose");
    checkVersion(claim, version);
    const to = transition(claim, actor, "propose");
    const scale = await tx.rating.findUnique({ where: { key: rating }, select: { key: true, label: true, active: true } });
    if (!scale || !scale.active) throw new AppError("invalid", `Rating “${rating}” is not on the scale`, { fields: { rating: [`"${rating}" is not a rating on the scale`] } });
    const problem = verdictSourceProblem(scale.key, await tx.source.count({ where: { claimId } }));
    if (problem) throw new AppError("invalid", problem, { fields: { rating: [problem] } });
    const verdict = await tx.verdict.create({ data: { claimId, ratingKey: scale.key, rationale, authorId: actor.id }, select: { id: true, state: true } });
    const next = await writeClaim(tx, claim, actor, { status: to });
    await recordAudit(tx, actor, {
      action: "verdict.propose",
      entityType: "Claim",
      entityId: claimId,
      before: { status: claim.status },
      after: { status: to, verdictId: verdict.id, rating: scale.key, rationale },
    });
    return { id: verdict.id, state: verdict.state, claimId, version: next };
  });
}

async function loadPending(tx: Tx, verdictId: string, actor: Actor) {
  authorize(actor, "verdict:decide");
  const verdict = await tx.verdict.findUnique({ where: { id: verdictId }, select: { id: true, claimId: true, state: true, authorId: true, ratingKey: true, rationale: true } });
  if (!verdict) throw new AppError("not_found", "No such verdict");
  const claim = await loadClaim(tx, verdict.claimId, actor, "approve");
  if (verdict.state !== "proposed") throw new AppError("invalid", `This verdict was already ${verdict.state}`);
  return { verdict, claim };
}

/** An editor's decision on a proposed verdict; nobody decides their own (four eyes). */
async function decideVerdict(verdictId: string, actor: Actor, action: "approve" | "return", version: number | undefined, note: string | null) {
  const { result, deliveries } = await db().$transaction(async (tx) => {
    const { verdict, claim } = await loadPending(tx, verdictId, actor);
    checkVersion(claim, version);
    const to = transition(claim, actor, action, verdict.authorId);
    const state = action === "approve" ? "approved" : "returned";
    const decidedAt = new Date();
    await tx.verdict.update({ where: { id: verdict.id }, data: { state, decidedById: actor.id, decidedAt, note } });
    const next = await writeClaim(tx, claim, actor, { status: to }, { authorId: verdict.authorId, outcome: state, note });
    await recordAudit(tx, actor, {
      action: `verdict.${action}`,
      entityType: "Claim",
      entityId: claim.id,
      before: { status: claim.status, verdictId: verdict.id, verdictState: "proposed" },
      after: { status: to, verdictId: verdict.id, verdictState: state, rating: verdict.ratingKey, ...(note ? { note } : {}) },
    });
    const deliveries = await recordWebhookEvent(
      tx,
      action === "approve" ? "claim.approved" : "verdict.returned",
      {
        claim: { id: claim.id, articleId: claim.articleId, status: to, version: next, quote: claim.quote, statement: claim.statement, speaker: claim.speaker },
        verdict: { id: verdict.id, state, rating: verdict.ratingKey, rationale: verdict.rationale, ...(note ? { note } : {}), decidedAt: decidedAt.toISOString() },
        decidedBy: { id: actor.id, name: actor.name },
      },
      decidedAt,
    );
    return { result: { id: verdict.id, state, claimId: claim.id, version: next }, deliveries };
  });
  await queueWebhookDeliveries(deliveries);
  return result;
}

export async function approveVerdict(verdictId: string, input: unknown, actor: Actor) {
  authorize(actor, "verdict:decide");
  const { version } = parseInput(versionOnlySchema, input ?? {});
  return decideVerdict(verdictId, actor, "approve", version, null);
}

/** Back to the fact-checker, with the editor's note saying what to fix. */
export async function returnVerdict(verdictId: string, input: unknown, actor: Actor) {
  authorize(actor, "verdict:decide");
  const { version, note } = parseInput(verdictReturnSchema, input);
  return decideVerdict(verdictId, actor, "return", version, note);
}
