import type { ClaimType } from "@/lib/extract";
import type { ClaimState as ClaimStatus } from "@/lib/review/workflow";
import { contextAround } from "@/lib/review/span";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";

const CLAIM_FIELDS = {
  id: true,
  start: true,
  end: true,
  quote: true,
  statement: true,
  type: true,
  status: true,
  speaker: true,
  version: true,
  origin: true,
  score: true,
  assigneeId: true,
} as const;
const FIGURE_FIELDS = { text: true, value: true, unit: true, qualifier: true, low: true, high: true } as const;

interface WorkspaceClaim {
  id: string;
  start: number;
  end: number;
  quote: string;
  statement: string;
  type: ClaimType;
  status: ClaimStatus;
  speaker: string | null;
  version: number;
  origin: "extracted" | "manual";
  score: number;
  assigneeId: string | null;
  assignee: { name: string } | null;
  priority: "normal" | "high" | "urgent";
  dueAt: Date | null;
  sourceCount: number;
  figures: { text: string; value: number | null; unit: string | null; qualifier: string | null; low: number | null; high: number | null }[];
}

/**
 * What the article page shows: the text, and every claim anchored in it with its workflow state.
 * One SQL query for the claims: an article can carry hundreds, and building them through nested
 * includes cost several times the database time.
 */
export async function getArticleWorkspace(articleId: string, actor: Actor) {
  authorize(actor, "article:read");
  const [article, claims] = await Promise.all([
    db().article.findUnique({ where: { id: articleId }, select: { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true, text: true, archivedAt: true } }),
    db().$queryRaw<WorkspaceClaim[]>`
      SELECT c.id, c.start, c."end", c.quote, c.statement, c.type::text AS type, c.status::text AS status, c.speaker, c.version,
             c.origin::text AS origin, c.score, c."assigneeId", c.priority::text AS priority, c."dueAt",
             CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('name', u.name) END AS assignee,
             (SELECT count(*)::int FROM "Source" s WHERE s."claimId" = c.id) AS "sourceCount",
             COALESCE((SELECT json_agg(json_build_object('text', f.text, 'value', f.value, 'unit', f.unit, 'qualifier', f.qualifier::text, 'low', f.low, 'high', f.high) ORDER BY f.position)
                       FROM "Figure" f WHERE f."claimId" = c.id), '[]'::json) AS figures
      FROM "Claim" c LEFT JOIN "User" u ON u.id = c."assigneeId"
      WHERE c."articleId" = ${articleId}
      ORDER BY c.start, c."end", c.id`,
  ]);
  if (!article) throw new AppError("not_found", "No such article");
  return { ...article, claims };
}
export type ArticleWorkspace = Awaited<ReturnType<typeof getArticleWorkspace>>;

interface ApiClaimFields {
  id: string;
  start: number;
  end: number;
  quote: string;
  statement: string;
  type: string;
  status: string;
  figures: unknown;
  speaker: string | null;
  assigneeId: string | null;
  version: number;
}

/** A claim in the API's documented shape (the quote is `text`, the status is `state`). */
export function claimForApi(claim: ApiClaimFields) {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    text: claim.quote,
    statement: claim.statement,
    type: claim.type,
    state: claim.status,
    figures: claim.figures,
    speaker: claim.speaker,
    assigneeId: claim.assigneeId,
    version: claim.version,
  };
}

/** The API's view of an article: its claims in the documented shape. */
export async function getArticleForApi(articleId: string, actor: Actor) {
  const article = await getArticleWorkspace(articleId, actor);
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    url: article.url,
    publishedAt: article.publishedAt,
    text: article.text,
    claims: article.claims.map(claimForApi),
  };
}

/** One claim with everything needed to check or decide it. */
export async function getClaimDetail(claimId: string, actor: Actor) {
  authorize(actor, "article:read");
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    select: {
      ...CLAIM_FIELDS,
      assignee: { select: { name: true } },
      figures: { orderBy: { position: "asc" }, select: FIGURE_FIELDS },
      articleId: true,
      priority: true,
      dueAt: true,
      dismissedReason: true,
      editedAt: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      article: { select: { id: true, title: true, text: true } },
      sources: {
        orderBy: { createdAt: "asc" },
        include: { addedBy: { select: { name: true } }, snapshot: { select: { status: true, fetchedAt: true, httpStatus: true, error: true } } },
      },
      verdicts: {
        orderBy: { createdAt: "desc" },
        include: { rating: { select: { label: true } }, author: { select: { name: true } }, decidedBy: { select: { name: true } } },
      },
    },
  });
  if (!claim) throw new AppError("not_found", "No such claim");
  const { article, ...rest } = claim;
  return {
    ...rest,
    article: { id: article.id, title: article.title, textLength: article.text.length },
    context: contextAround(article.text, claim.start, claim.end),
    pendingVerdict: claim.verdicts.find((verdict) => verdict.state === "proposed") ?? null,
  };
}
export type ClaimDetail = Awaited<ReturnType<typeof getClaimDetail>>;
