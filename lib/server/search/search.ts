import { splitHighlight, ARTICLE_HEADLINE_OPTIONS, HEADLINE_OPTIONS, type HighlightPart } from "@/lib/search/highlight";
import { mergeQueryFilters, searchFiltersSchema, searchInputSchema, type SearchFilters } from "@/lib/search/query";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { parseInput } from "../http/validate";
import { ARTICLE_VECTOR, CLAIM_VECTOR, CURRENT_VERDICT, cleanText, withIndexScans } from "./search-sql";
import { rangeEnd, rangeStart } from "@/lib/export/filters";

/**
 * How many matches are ranked at most. A query for a word in half the claims would otherwise
 * compute a rank for hundreds of thousands of rows; past this many the user needs more words.
 */
export const RANK_CANDIDATES = 300;
/** Article vectors are large (whole texts): fewer of them are ranked. */
const ARTICLE_CANDIDATES = 200;
const ARTICLE_LIMIT = 10;

export interface ClaimHit {
  id: string;
  articleId: string;
  statement: string;
  highlight: HighlightPart[];
  type: string;
  status: string;
  speaker: string | null;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  rank: number;
  verdict: { ratingKey: string; ratingLabel: string; state: string } | null;
}

export interface ArticleHit {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  highlight: HighlightPart[];
  rank: number;
}

export interface SearchResult {
  text: string;
  filters: SearchFilters;
  claims: ClaimHit[];
  articles: ArticleHit[];
  /** More claims matched than were ranked: the ranking covers the first RANK_CANDIDATES matches. */
  truncated: boolean;
}

type ClaimRow = Omit<ClaimHit, "highlight" | "verdict" | "rank"> & {
  headline: string;
  rank: number | null;
  ratingKey: string | null;
  ratingLabel: string | null;
  verdictState: string | null;
};

function claimFilters(filters: SearchFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // Compared as text so the planner cannot walk the (status, type) index looking for enough
  // matches: with a word and a filter, the full-text index is the way in.
  if (filters.type) where.push(Prisma.sql`c."type"::text = ${filters.type}`);
  if (filters.state) where.push(Prisma.sql`c."status"::text = ${filters.state}`);
  if (filters.rating) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Verdict" fv WHERE fv."claimId" = c."id" AND fv."ratingKey" = ${filters.rating} AND fv."state" IN ('proposed', 'approved'))`);
  }
  if (filters.speaker) where.push(Prisma.sql`c."speaker" ILIKE ${`%${escapeLike(filters.speaker)}%`}`);
  if (filters.tag) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t.id = ct."tagId" WHERE ct."claimId" = c.id AND lower(t.name) = lower(${filters.tag}))`);
  return [...where, ...articleFilters(filters)];
}

function articleFilters(filters: SearchFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.outlet) where.push(Prisma.sql`a."outlet" ILIKE ${`%${escapeLike(filters.outlet)}%`}`);
  const from = rangeStart(filters.from);
  const to = rangeEnd(filters.to);
  if (from) where.push(Prisma.sql`coalesce(a."publishedAt", a."createdAt") >= ${from}`);
  if (to) where.push(Prisma.sql`coalesce(a."publishedAt", a."createdAt") < ${to}`);
  return where;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`);

async function searchClaims(text: string | null, filters: SearchFilters, limit: number): Promise<{ claims: ClaimHit[]; truncated: boolean }> {
  const where = claimFilters(filters);
  const statement = cleanText(`c."statement"`);
  // Without words to match, the filters list the newest claims instead.
  const candidates = text
    ? Prisma.sql`SELECT c."id", ts_rank(${CLAIM_VECTOR}, query) AS rank
        FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId", websearch_to_tsquery('english', ${text}) query
        WHERE ${CLAIM_VECTOR} @@ query AND ${and(where)} LIMIT ${RANK_CANDIDATES + 1}`
    : Prisma.sql`SELECT c."id", NULL::real AS rank
        FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
        WHERE ${and(where)} ORDER BY coalesce(a."publishedAt", a."createdAt") DESC, c."start" LIMIT ${limit}`;
  const headline = text ? Prisma.sql`ts_headline('english', ${statement}, websearch_to_tsquery('english', ${text}), ${HEADLINE_OPTIONS})` : statement;
  const rows = await withIndexScans((tx) => tx.$queryRaw<(ClaimRow & { candidates: bigint })[]>`
    WITH hits AS (${candidates}), counted AS (SELECT count(*) AS candidates FROM hits),
    top AS (SELECT * FROM hits ORDER BY rank DESC NULLS LAST LIMIT ${limit})
    SELECT c."id", c."articleId", ${statement} AS "statement", ${headline} AS "headline", c."type"::text AS "type",
      c."status"::text AS "status", c."speaker", a."title" AS "articleTitle", a."outlet", a."publishedAt",
      top.rank, cv."ratingKey", cv."ratingLabel", cv."verdictState"::text AS "verdictState", counted.candidates
    FROM top JOIN "Claim" c ON c."id" = top."id" JOIN "Article" a ON a."id" = c."articleId" ${CURRENT_VERDICT}, counted
    ORDER BY top.rank DESC NULLS LAST, coalesce(a."publishedAt", a."createdAt") DESC, c."id"`);
  return {
    truncated: text !== null && Number(rows[0]?.candidates ?? 0) > RANK_CANDIDATES,
    claims: rows.map((row) => ({
      id: row.id,
      articleId: row.articleId,
      statement: row.statement,
      highlight: splitHighlight(row.headline),
      type: row.type,
      status: row.status,
      speaker: row.speaker,
      articleTitle: row.articleTitle,
      outlet: row.outlet,
      publishedAt: row.publishedAt,
      rank: row.rank ?? 0,
      verdict: row.ratingKey ? { ratingKey: row.ratingKey, ratingLabel: row.ratingLabel!, state: row.verdictState! } : null,
    })),
  };
}

async function searchArticles(text: string, filters: SearchFilters): Promise<ArticleHit[]> {
  const rows = await withIndexScans((tx) => tx.$queryRaw<{ id: string; title: string; outlet: string | null; publishedAt: Date | null; rank: number; headline: string }[]>`
    WITH hits AS (
      SELECT a."id", ts_rank(${ARTICLE_VECTOR}, query) AS rank
      FROM "Article" a, websearch_to_tsquery('english', ${text}) query
      WHERE ${ARTICLE_VECTOR} @@ query AND ${and(articleFilters(filters))} LIMIT ${ARTICLE_CANDIDATES}
    ), top AS (SELECT * FROM hits ORDER BY rank DESC LIMIT ${ARTICLE_LIMIT})
    SELECT a."id", a."title", a."outlet", a."publishedAt", top.rank,
      ts_headline('english', ${cleanText(`left(a."text", 100000)`)}, websearch_to_tsquery('english', ${text}), ${ARTICLE_HEADLINE_OPTIONS}) AS "headline"
    FROM top JOIN "Article" a ON a."id" = top."id" ORDER BY top.rank DESC, a."id"`);
  return rows.map(({ headline, ...row }) => ({ ...row, highlight: splitHighlight(headline) }));
}

/** Whether PostgreSQL finds any searchable word in the text (a query of stop words matches nothing). */
async function searchableText(text: string): Promise<string | null> {
  if (!text) return null;
  const [row] = await db().$queryRaw<{ words: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${text})) AS words`;
  return row && row.words > 0 ? text : null;
}

/**
 * Full-text search over claims and articles, ranked, with the matched words marked. Filters typed
 * into the query (`type:casualties`) and given as fields combine; article hits are left out when a
 * filter only claims have (type, state, rating, speaker) is set.
 */
export async function search(input: unknown, actor: Actor): Promise<SearchResult> {
  authorize(actor, "article:read");
  const raw = parseInput(searchInputSchema, input);
  const merged = mergeQueryFilters(raw);
  const filters = parseInput(searchFiltersSchema, merged.filters);
  const text = await searchableText(merged.text);
  const anyFilter = Object.values(filters).some((value) => value !== undefined);
  if (!text && !anyFilter) return { text: merged.text, filters, claims: [], articles: [], truncated: false };
  const claimOnly = Boolean(filters.type || filters.state || filters.rating || filters.speaker || filters.tag);
  const [claims, articles] = await Promise.all([
    searchClaims(text, filters, raw.limit),
    text && !claimOnly ? searchArticles(text, filters) : Promise.resolve([]),
  ]);
  return { text: merged.text, filters, ...claims, articles };
}
