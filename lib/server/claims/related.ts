import { randomUUID } from "node:crypto";
import { reusedRationale } from "@/lib/search/links";
import { linkInputSchema, linkKindInputSchema, type LinkKind } from "@/lib/search/schema";
import { candidateQueries, distinctiveLexemes, rankRelated, scoreRelated, type RelatedLevel, type RelatedScore } from "@/lib/search/similarity";
import { Prisma } from "@/lib/generated/prisma/client";
import { verdictSourceProblem } from "@/lib/review/workflow";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { checkVersion, loadClaim, transition, writeClaim } from "./claim-change";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { CURRENT_VERDICT, lexemeFrequencies, withIndexScans } from "../search/search-sql";
import { parseInput } from "../http/validate";

/** Candidates ranked in lib/search per claim. */
const CANDIDATES = 50;
/** Statements the trigram similarity is computed for, per candidate query, at most. */
const SCORED = 200;

/** The claim's own lexemes, from its stored search vector. */
async function lexemesOf(tx: Prisma.TransactionClient, claimId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ lexeme: string }[]>`SELECT lexeme FROM unnest((SELECT "searchVector" FROM "Claim" WHERE "id" = ${claimId}))`;
  return rows.map((row) => row.lexeme);
}

/** What a related claim shows of itself: the columns the candidate queries select. */
interface ClaimSummary {
  id: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  statement: string;
  type: string;
  status: string;
  speaker: string | null;
}

export interface RelatedClaim extends ClaimSummary {
  verdict: { id: string; ratingKey: string; ratingLabel: string; state: string } | null;
  score: number;
  level: RelatedLevel;
  parts: RelatedScore["parts"];
  /** Already linked by a reviewer. */
  linked: boolean;
  /** The kind a reviewer linked it as, when linked. */
  linkKind: LinkKind | null;
}

interface CandidateRow extends ClaimSummary {
  trigram: number;
  verdictId: string | null;
  ratingKey: string | null;
  ratingLabel: string | null;
  verdictState: string | null;
}

async function loadComparable(claimId: string) {
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    select: { id: true, articleId: true, statement: true, type: true, figures: { select: { value: true, unit: true, low: true, high: true, qualifier: true } } },
  });
  if (!claim) throw new AppError("not_found", "No such claim");
  return claim;
}

/**
 * Claims from other articles that state the same or nearly the same thing, best first, each with
 * its state and current verdict. Claims marked "not related" to this one (either way round) never
 * come back; linked ones stay, marked as linked, even once their article is archived. Other claims
 * of archived articles are not offered: archiving takes an article out of lists and search.
 */
export async function relatedClaims(claimId: string, actor: Actor): Promise<RelatedClaim[]> {
  authorize(actor, "article:read");
  const claim = await loadComparable(claimId);
  const links = await db().claimLink.findMany({
    where: { OR: [{ claimId }, { targetClaimId: claimId }] },
    select: { claimId: true, targetClaimId: true, kind: true },
  });
  const other = (link: (typeof links)[number]) => (link.claimId === claimId ? link.targetClaimId : link.claimId);
  const excluded = links.filter((link) => link.kind === "not_related").map(other);
  const linkKinds = new Map(links.filter((link) => link.kind !== "not_related").map((link) => [other(link), link.kind as LinkKind]));
  const linked = new Set(linkKinds.keys());

  const select = Prisma.sql`SELECT c."id", c."articleId", a."title" AS "articleTitle", a."outlet", a."publishedAt", c."statement",
      c."type"::text AS "type", c."status"::text AS "status", c."speaker", cv."verdictId", cv."ratingKey", cv."ratingLabel",
      cv."verdictState"::text AS "verdictState"`;
  const rows = await withIndexScans(async (tx) => {
    const found: CandidateRow[] = [];
    const queries = candidateQueries(distinctiveLexemes(await lexemesOf(tx, claimId), await lexemeFrequencies(tx)));
    for (const query of queries) {
      if (found.length >= CANDIDATES) break;
      const skip = [...excluded, ...found.map((row) => row.id)];
      const notSkipped = skip.length ? Prisma.sql`AND c."id" NOT IN (${Prisma.join(skip)})` : Prisma.empty;
      // The full-text index finds statements sharing the distinctive words; pg_trgm scores the few found.
      found.push(
        ...(await tx.$queryRaw<CandidateRow[]>`
          WITH hits AS (
            SELECT c."id", c."statement" FROM "Claim" c JOIN "Article" ha ON ha."id" = c."articleId" AND ha."archivedAt" IS NULL
            WHERE c."searchVector" @@ ${query}::tsquery AND c."articleId" <> ${claim.articleId} ${notSkipped} LIMIT ${SCORED}
          ), near AS (
            SELECT hits."id", similarity(hits."statement", ${claim.statement}) AS trigram FROM hits ORDER BY trigram DESC, hits."id" LIMIT ${CANDIDATES - found.length}
          )
          ${select}, near.trigram FROM near JOIN "Claim" c ON c."id" = near."id" JOIN "Article" a ON a."id" = c."articleId" ${CURRENT_VERDICT}`),
      );
    }
    const missingLinked = [...linked].filter((id) => !found.some((row) => row.id === id));
    if (missingLinked.length) {
      found.push(
        ...(await tx.$queryRaw<CandidateRow[]>`
          ${select}, similarity(c."statement", ${claim.statement}) AS trigram
          FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" ${CURRENT_VERDICT} WHERE c."id" IN (${Prisma.join(missingLinked)})`),
      );
    }
    return found;
  });
  const figures = await db().figure.findMany({
    where: { claimId: { in: rows.map((row) => row.id) } },
    select: { claimId: true, value: true, unit: true, low: true, high: true, qualifier: true },
  });
  const comparable = (row: CandidateRow) => ({ statement: row.statement, type: row.type, figures: figures.filter((figure) => figure.claimId === row.id) });
  const ranked = rankRelated(claim, rows.map((row) => ({ item: row, trigram: Number(row.trigram), claim: comparable(row) })));
  const ids = new Set(ranked.map((entry) => entry.item.id));
  // A linked claim stays visible even if an edit took its score below the threshold.
  const keptLinked = rows
    .filter((row) => linked.has(row.id) && !ids.has(row.id))
    .map((row) => ({ ...scoreRelated(claim, comparable(row), Number(row.trigram)), level: "related" as const, item: row }));
  return [...ranked, ...keptLinked].map(({ item, score, level, parts }) => ({
    id: item.id,
    articleId: item.articleId,
    articleTitle: item.articleTitle,
    outlet: item.outlet,
    publishedAt: item.publishedAt,
    statement: item.statement,
    type: item.type,
    status: item.status,
    speaker: item.speaker,
    verdict: item.verdictId ? { id: item.verdictId, ratingKey: item.ratingKey!, ratingLabel: item.ratingLabel!, state: item.verdictState! } : null,
    score,
    level: level!,
    parts,
    linked: linked.has(item.id),
    linkKind: linkKinds.get(item.id) ?? null,
  }));
}

export interface LinkResult {
  linkId: string;
  verdictId: string;
  sourceIds: string[];
}

/**
 * Links a claim to an already-checked one and reuses that check: its sources are copied and its
 * approved verdict becomes a new proposal on this claim, authored by the actor, so an editor
 * other than the actor still has to approve it. Runs the workflow's own rules (lib/review via
 * claim-change) in one transaction: an untaken claim is taken first, a claim that cannot receive
 * a proposal (approved, dismissed, already proposed) is refused, and nothing is half-copied.
 */
export async function linkClaim(claimId: string, input: unknown, actor: Actor): Promise<LinkResult> {
  authorize(actor, "verdict:propose");
  authorize(actor, "source:edit");
  const { targetClaimId, version } = parseInput(linkInputSchema, input);
  if (targetClaimId === claimId) throw new AppError("invalid", "A claim cannot be linked to itself", { fields: { targetClaimId: ["is this claim"] } });
  return db().$transaction(async (tx) => {
    let claim = await loadClaim(tx, claimId, actor, "propose");
    checkVersion(claim, version);
    const target = await tx.claim.findUnique({
      where: { id: targetClaimId },
      select: {
        id: true,
        statement: true,
        article: { select: { title: true } },
        sources: { orderBy: { createdAt: "asc" } },
        verdicts: { where: { state: "approved" }, orderBy: { decidedAt: "desc" }, take: 1 },
      },
    });
    if (!target) throw new AppError("not_found", "No such claim to link to");
    const checked = target.verdicts[0];
    if (!checked) throw new AppError("invalid", "The other claim has no approved verdict to reuse yet");
    const existing = await tx.claimLink.findUnique({ where: { claimId_targetClaimId: { claimId, targetClaimId } } });
    if (existing?.kind === "same_claim") throw new AppError("conflict", "The claims are already linked");

    if (claim.status === "new" && actor.id) {
      const to = transition(claim, actor, "take");
      await writeClaim(tx, claim, actor, { assigneeId: actor.id, status: to });
      await recordAudit(tx, actor, {
        action: "claim.take",
        entityType: "Claim",
        entityId: claimId,
        before: { status: claim.status, assigneeId: claim.assigneeId },
        after: { status: to, assigneeId: actor.id, assignee: actor.name },
      });
      claim = await loadClaim(tx, claimId, actor, "propose");
    }
    transition(claim, actor, "source");
    const to = transition(claim, actor, "propose");

    const known = new Set((await tx.source.findMany({ where: { claimId }, select: { url: true } })).map((source) => source.url));
    const sources = target.sources.filter((source) => !known.has(source.url)).map((source) => ({
      id: randomUUID(),
      claimId,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      publishedAt: source.publishedAt,
      archivedUrl: source.archivedUrl,
      excerpt: source.excerpt,
      stance: source.stance,
      addedById: actor.id,
    }));
    if (sources.length) await tx.source.createMany({ data: sources });
    for (const source of sources) {
      await recordAudit(tx, actor, {
        action: "source.add",
        entityType: "Claim",
        entityId: claimId,
        after: { sourceId: source.id, url: source.url, title: source.title, publisher: source.publisher, stance: source.stance, reusedFrom: targetClaimId },
      });
    }
    const problem = verdictSourceProblem(checked.ratingKey, known.size + sources.length);
    if (problem) throw new AppError("invalid", problem);
    const rationale = reusedRationale({ statement: target.statement, articleTitle: target.article.title }, checked.rationale);
    const verdict = await tx.verdict.create({ data: { id: randomUUID(), claimId, ratingKey: checked.ratingKey, rationale, authorId: actor.id }, select: { id: true } });
    await writeClaim(tx, claim, actor, { status: to });
    await recordAudit(tx, actor, {
      action: "verdict.propose",
      entityType: "Claim",
      entityId: claimId,
      before: { status: claim.status },
      after: { status: to, verdictId: verdict.id, rating: checked.ratingKey, rationale, reusedVerdictId: checked.id },
    });
    const link = await tx.claimLink.upsert({
      where: { claimId_targetClaimId: { claimId, targetClaimId } },
      create: { id: randomUUID(), claimId, targetClaimId, kind: "same_claim", createdById: actor.id },
      update: { kind: "same_claim", createdById: actor.id },
    });
    await recordAudit(tx, actor, {
      action: "claim.link",
      entityType: "Claim",
      entityId: claimId,
      before: { link: existing?.kind ?? null },
      after: { targetClaimId, kind: "same_claim", reusedVerdictId: checked.id, verdictId: verdict.id, sourceIds: sources.map((source) => source.id) },
    });
    return { linkId: link.id, verdictId: verdict.id, sourceIds: sources.map((source) => source.id) };
  });
}

export interface RecordedLink {
  linkId: string;
  kind: LinkKind;
}

/**
 * Records what a reviewer says two claims are (the same claim, the same figure restated, or
 * related), whatever their score, without touching either claim's check. Linking again with
 * another kind changes the kind; both are in the audit log.
 */
export async function recordLink(claimId: string, input: unknown, actor: Actor | null): Promise<RecordedLink> {
  authorize(actor, "claim:edit");
  const { targetClaimId, kind } = parseInput(linkKindInputSchema, input);
  if (targetClaimId === claimId) throw new AppError("invalid", "A claim cannot be linked to itself", { fields: { targetClaimId: ["is this claim"] } });
  return db().$transaction(async (tx) => {
    const found = await tx.claim.findMany({ where: { id: { in: [claimId, targetClaimId] } }, select: { id: true } });
    if (found.length < 2) throw new AppError("not_found", "No such claim");
    const existing = await tx.claimLink.findUnique({ where: { claimId_targetClaimId: { claimId, targetClaimId } } });
    if (existing?.kind === kind) return { linkId: existing.id, kind };
    const link = await tx.claimLink.upsert({
      where: { claimId_targetClaimId: { claimId, targetClaimId } },
      create: { id: randomUUID(), claimId, targetClaimId, kind, createdById: actor.id },
      update: { kind, createdById: actor.id },
    });
    await recordAudit(tx, actor, { action: "claim.link", entityType: "Claim", entityId: claimId, before: { link: existing?.kind ?? null }, after: { targetClaimId, kind } });
    return { linkId: link.id, kind };
  });
}

/** Records that a suggested claim is not related, so the related panel stops offering it. */
export async function markNotRelated(claimId: string, input: unknown, actor: Actor | null): Promise<{ linkId: string }> {
  authorize(actor, "claim:edit");
  const { targetClaimId } = parseInput(linkInputSchema, input);
  if (targetClaimId === claimId) throw new AppError("invalid", "A claim is always related to itself", { fields: { targetClaimId: ["is this claim"] } });
  return db().$transaction(async (tx) => {
    const found = await tx.claim.findMany({ where: { id: { in: [claimId, targetClaimId] } }, select: { id: true } });
    if (found.length < 2) throw new AppError("not_found", "No such claim");
    const existing = await tx.claimLink.findUnique({ where: { claimId_targetClaimId: { claimId, targetClaimId } } });
    if (existing && existing.kind !== "not_related") throw new AppError("conflict", "The claims are linked: a reviewer said they belong together");
    if (existing) return { linkId: existing.id };
    const link = await tx.claimLink.create({ data: { id: randomUUID(), claimId, targetClaimId, kind: "not_related", createdById: actor.id } });
    await recordAudit(tx, actor, { action: "claim.not_related", entityType: "Claim", entityId: claimId, after: { targetClaimId, kind: "not_related" } });
    return { linkId: link.id };
  });
}
