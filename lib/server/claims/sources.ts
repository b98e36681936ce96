import { sourceCreateSchema, sourceUpdateSchema, versionOnlySchema } from "@/lib/review/schema";
import { verdictSourceProblem } from "@/lib/review/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { checkVersion, loadClaim, transition, writeClaim } from "./claim-change";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { sendSourceSnapshot } from "../jobs/send";

type Tx = Prisma.TransactionClient;

const SOURCE_FIELDS = {
  id: true,
  claimId: true,
  url: true,
  title: true,
  publisher: true,
  publishedAt: true,
  archivedUrl: true,
  excerpt: true,
  stance: true,
  createdAt: true,
  snapshot: { select: { status: true, fetchedAt: true, httpStatus: true, error: true } },
} as const;
export type SourceView = Prisma.SourceGetPayload<{ select: typeof SOURCE_FIELDS }>;

function snapshot(source: Omit<SourceView, "id" | "claimId" | "createdAt">) {
  return {
    url: source.url,
    title: source.title ?? null,
    publisher: source.publisher ?? null,
    publishedAt: source.publishedAt?.toISOString() ?? null,
    archivedUrl: source.archivedUrl ?? null,
    excerpt: source.excerpt ?? null,
    stance: source.stance,
  };
}

function columns(fields: { url: string; title?: string; publisher?: string; excerpt?: string; stance: SourceView["stance"]; publishedAt?: Date; archivedUrl?: string }) {
  return {
    url: fields.url,
    title: fields.title ?? null,
    publisher: fields.publisher ?? null,
    excerpt: fields.excerpt ?? null,
    stance: fields.stance,
    publishedAt: fields.publishedAt ?? null,
    archivedUrl: fields.archivedUrl ?? null,
  };
}

/** Sources change the claim's version too, so two people working on one claim see each other's changes. */
export async function addSource(claimId: string, input: unknown, actor: Actor): Promise<SourceView> {
  authorize(actor, "source:edit");
  const { version, ...fields } = parseInput(sourceCreateSchema, input);
  const added = await db().$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId, actor, "source");
    checkVersion(claim, version);
    transition(claim, actor, "source");
    const source = await tx.source.create({ data: { claimId, ...columns(fields), addedById: actor.id }, select: SOURCE_FIELDS });
    await writeClaim(tx, claim, actor, {});
    await recordAudit(tx, actor, { action: "source.add", entityType: "Claim", entityId: claimId, after: { sourceId: source.id, ...snapshot(source) } });
    return source;
  });
  await sendSourceSnapshot(added.id);
  return added;
}

async function loadSource(tx: Tx, sourceId: string, actor: Actor) {
  authorize(actor, "source:edit");
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: SOURCE_FIELDS });
  if (!source) throw new AppError("not_found", "No such source");
  const claim = await loadClaim(tx, source.claimId, actor, "source");
  transition(claim, actor, "source");
  return { source, claim };
}

export async function updateSource(sourceId: string, input: unknown, actor: Actor): Promise<SourceView> {
  authorize(actor, "source:edit");
  const { version, ...fields } = parseInput(sourceUpdateSchema, input);
  const { before, updated } = await db().$transaction(async (tx) => {
    const { source, claim } = await loadSource(tx, sourceId, actor);
    checkVersion(claim, version);
    const changed = await tx.source.update({ where: { id: sourceId }, data: columns(fields), select: SOURCE_FIELDS });
    await writeClaim(tx, claim, actor, {});
    await recordAudit(tx, actor, { action: "source.edit", entityType: "Claim", entityId: claim.id, before: { sourceId, ...snapshot(source) }, after: { sourceId, ...snapshot(changed) } });
    return { before: source, updated: changed };
  });
  if (before.url !== updated.url) await sendSourceSnapshot(updated.id);
  return updated;
}

export async function removeSource(sourceId: string, input: unknown, actor: Actor): Promise<void> {
  authorize(actor, "source:edit");
  const { version } = parseInput(versionOnlySchema, input);
  await db().$transaction(async (tx) => {
    const { source, claim } = await loadSource(tx, sourceId, actor);
    checkVersion(claim, version);
    await tx.source.delete({ where: { id: sourceId } });
    const pending = await tx.verdict.findFirst({ where: { claimId: claim.id, state: "proposed" }, select: { ratingKey: true } });
    const problem = pending && verdictSourceProblem(pending.ratingKey, await tx.source.count({ where: { claimId: claim.id } }));
    if (problem) throw new AppError("invalid", `The proposed verdict rests on this source. ${problem}`);
    await writeClaim(tx, claim, actor, {});
    await recordAudit(tx, actor, { action: "source.remove", entityType: "Claim", entityId: claim.id, before: { sourceId, ...snapshot(source) } });
  });
}
