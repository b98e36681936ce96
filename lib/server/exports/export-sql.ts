import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimExportFilters, ClaimReviewFilters } from "@/lib/export/filters";
import { rangeEnd, rangeStart } from "@/lib/export/filters";
import type { ExportClaim, ExportFigure, ExportSource } from "@/lib/export/model";
import { db } from "../db/client";

/**
 * The batch query behind the streaming exports, in SQL because it is the hot path: one statement per
 * batch joins each claim's article, assignee and one verdict, and aggregates its figures and sources.
 *
 * `scope` decides which verdict a claim carries. "published" joins only an approved verdict, and only
 * for approved claims, so published output cannot receive any other; "internal" takes the latest.
 */
export type VerdictScope = "published" | "internal";

export interface BatchKey {
  articleId: string;
  start: number;
  id: string;
}

const VERDICT_JOIN: Record<VerdictScope, Prisma.Sql> = {
  published: Prisma.sql`JOIN LATERAL (
    SELECT * FROM "Verdict" pv WHERE pv."claimId" = c.id AND pv.state = 'approved'
    ORDER BY pv."decidedAt" DESC NULLS LAST, pv."createdAt" DESC LIMIT 1) v ON true`,
  internal: Prisma.sql`LEFT JOIN LATERAL (
    SELECT * FROM "Verdict" lv WHERE lv."claimId" = c.id
    ORDER BY lv."createdAt" DESC LIMIT 1) v ON true`,
};

const SCOPE_CONDITION: Record<VerdictScope, Prisma.Sql> = {
  published: Prisma.sql`c.status = 'approved'`,
  internal: Prisma.sql`TRUE`,
};

function publishedRange(column: Prisma.Sql, from?: string, to?: string): Prisma.Sql[] {
  const start = rangeStart(from);
  const end = rangeEnd(to);
  return [...(start ? [Prisma.sql`${column} >= ${start}`] : []), ...(end ? [Prisma.sql`${column} < ${end}`] : [])];
}

export function internalConditions(filters: ClaimExportFilters): Prisma.Sql[] {
  return [
    ...(filters.articleId ? [Prisma.sql`c."articleId" = ${filters.articleId}`] : []),
    ...(filters.state ? [Prisma.sql`c.status = ${filters.state}::"ClaimStatus"`] : []),
    ...(filters.type ? [Prisma.sql`c.type = ${filters.type}::"ClaimType"`] : []),
    ...(filters.assigneeId ? [Prisma.sql`c."assigneeId" = ${filters.assigneeId}`] : []),
    ...(filters.tag ? [Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t.id = ct."tagId" WHERE ct."claimId" = c.id AND lower(t.name) = lower(${filters.tag}))`] : []),
    ...publishedRange(Prisma.sql`a."publishedAt"`, filters.from, filters.to),
  ];
}

/** The feed's dates are the review's own: when its verdict was approved. */
export function reviewConditions(filters: ClaimReviewFilters): Prisma.Sql[] {
  return [
    ...(filters.articleId ? [Prisma.sql`c."articleId" = ${filters.articleId}`] : []),
    ...publishedRange(Prisma.sql`v."decidedAt"`, filters.from, filters.to),
  ];
}

interface Row {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  statement: string;
  type: ExportClaim["type"];
  speaker: string | null;
  status: ExportClaim["state"];
  createdAt: string;
  updatedAt: string;
  assignee: string | null;
  articleTitle: string;
  outlet: string | null;
  articleUrl: string | null;
  articleAuthor: string | null;
  articlePublishedAt: Date | string | null;
  verdictState: NonNullable<ExportClaim["verdict"]>["state"] | null;
  rationale: string | null;
  decidedAt: Date | string | null;
  verdictCreatedAt: Date | string | null;
  ratingKey: string | null;
  ratingLabel: string | null;
  ratingValue: number | null;
  checker: string | null;
  decidedBy: string | null;
  figures: ExportFigure[];
  sources: (Omit<ExportSource, "publishedAt"> & { publishedAt: string | null })[];
}

// Timestamps are stored without a zone and mean UTC; inside JSON they arrive as bare strings.
function utc(value: Date | string): Date;
function utc(value: Date | string | null): Date | null;
function utc(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

function toExportClaim(row: Row): ExportClaim {
  return {
    id: row.id,
    start: row.start,
    end: row.end,
    quote: row.quote,
    statement: row.statement,
    type: row.type,
    speaker: row.speaker,
    state: row.status,
    assignee: row.assignee,
    figures: row.figures,
    sources: row.sources.map((source) => ({ ...source, publishedAt: utc(source.publishedAt) })),
    verdict:
      row.verdictState && row.ratingKey
        ? {
            state: row.verdictState,
            rating: { key: row.ratingKey, label: row.ratingLabel ?? row.ratingKey, value: Number(row.ratingValue) },
            rationale: row.rationale ?? "",
            checker: row.checker,
            decidedBy: row.decidedBy,
            decidedAt: utc(row.decidedAt),
            createdAt: utc(row.verdictCreatedAt ?? row.createdAt),
          }
        : null,
    createdAt: utc(row.createdAt),
    updatedAt: utc(row.updatedAt),
    article: { id: row.articleId, title: row.articleTitle, outlet: row.outlet, url: row.articleUrl, author: row.articleAuthor, publishedAt: utc(row.articlePublishedAt) },
  };
}

/**
 * One batch in reading order (article, then position in it) after `after`. The page of ids is chosen
 * first, walking the (articleId, start) index, so the per-claim aggregates run for this batch only.
 */
export async function claimBatch(scope: VerdictScope, conditions: Prisma.Sql[], after: BatchKey | null, limit: number): Promise<{ claims: ExportClaim[]; last: BatchKey | null }> {
  const where = [
    SCOPE_CONDITION[scope],
    ...conditions,
    // The first comparison is the one the index can use; the second breaks ties between equal starts.
    ...(after
      ? [Prisma.sql`(c."articleId", c.start) >= (${after.articleId}, ${after.start})`, Prisma.sql`(c."articleId", c.start, c.id) > (${after.articleId}, ${after.start}, ${after.id})`]
      : []),
  ];
  // The batch comes back as one JSON text: PostgreSQL builds it in C and JSON.parse reads it in one
  // pass, far cheaper than converting thousands of rows of columns one by one.
  const [result] = await db().$queryRaw<{ batch: string }[]>`
    WITH page AS (
      SELECT c.id, c."articleId", c.start, c."end", c.quote, c.statement, c.type, c.speaker, c.status, c."assigneeId", c."createdAt", c."updatedAt",
        a.title AS "articleTitle", a.outlet, a.url AS "articleUrl", a.author AS "articleAuthor", a."publishedAt" AS "articlePublishedAt",
        v.state AS "verdictState", v.rationale, v."decidedAt", v."createdAt" AS "verdictCreatedAt", v."ratingKey", v."authorId", v."decidedById"
      FROM "Claim" c
      JOIN "Article" a ON a.id = c."articleId"
      ${VERDICT_JOIN[scope]}
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY c."articleId", c.start, c.id
      LIMIT ${limit}
    )
    SELECT COALESCE(json_agg(x ORDER BY x."articleId", x.start, x.id), '[]'::json)::text AS batch
    FROM (
      SELECT p.id, p."articleId", p.start, p."end", p.quote, p.statement, p.type, p.speaker, p.status, p."createdAt", p."updatedAt", asg.name AS assignee,
        p."articleTitle", p.outlet, p."articleUrl", p."articleAuthor", p."articlePublishedAt",
        p."verdictState", p.rationale, p."decidedAt", p."verdictCreatedAt",
        r.key AS "ratingKey", r.label AS "ratingLabel", r.value AS "ratingValue", au.name AS checker, du.name AS "decidedBy",
        COALESCE((SELECT json_agg(f) FROM (
          SELECT text, value, unit, qualifier, low, high FROM "Figure" WHERE "claimId" = p.id ORDER BY position) f), '[]'::json) AS figures,
        COALESCE((SELECT json_agg(s) FROM (
          SELECT url, title, publisher, "publishedAt", "archivedUrl", excerpt, stance FROM "Source" WHERE "claimId" = p.id ORDER BY "createdAt", id) s), '[]'::json) AS sources
      FROM page p
      LEFT JOIN "User" asg ON asg.id = p."assigneeId"
      LEFT JOIN "Rating" r ON r.key = p."ratingKey"
      LEFT JOIN "User" au ON au.id = p."authorId"
      LEFT JOIN "User" du ON du.id = p."decidedById"
    ) x`;
  const rows = JSON.parse(result?.batch ?? "[]") as Row[];
  const last = rows.at(-1);
  return { claims: rows.map(toExportClaim), last: last ? { articleId: last.articleId, start: last.start, id: last.id } : null };
}

/**
 * The keys at which consecutive batches of `size` claims end, in reading order. Knowing them up front
 * lets independent batches be read at the same time; each batch is still the keyset page after its key.
 */
export async function batchBoundaries(scope: VerdictScope, conditions: Prisma.Sql[], size: number): Promise<BatchKey[]> {
  const where = [SCOPE_CONDITION[scope], ...conditions];
  return db().$queryRaw<BatchKey[]>`
    SELECT "articleId", start, id FROM (
      SELECT c."articleId", c.start, c.id, row_number() OVER (ORDER BY c."articleId", c.start, c.id) AS position
      FROM "Claim" c
      JOIN "Article" a ON a.id = c."articleId"
      ${VERDICT_JOIN[scope]}
      WHERE ${Prisma.join(where, " AND ")}
    ) numbered
    WHERE position % ${size} = 0
    ORDER BY position`;
}
