import { splitHighlight, ARTICLE_HEADLINE_OPTIONS, HEADLINE_OPTIONS, type HighlightPart } from "@/lib/search/highlight";
import { mergeQueryFilters, searchFiltersSchema, searchInputSchema, type SearchFilters } from "@/lib/search/query";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { parseInput } from "../http/validate";
import { ARTICLE_VECTOR, CLAIM_VECTOR, CURRENT_VERDICT, cleanText, withIndexScans } from "./search-sql";
import { rangeEnd, rangeStart } from "@/lib/export/filters";
import { decodeCursor, encodeCursor, type KeyKind } from "@/lib/paging/cursor";
import { AppError } from "../http/errors";

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
  /** Found through a spelling variant of a query word, not the words as typed. */
  fuzzy: boolean;
  verdict: { ratingKey: string; ratingLabel: string; state: string } | null;
}

export interface ArticleHit {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  highlight: HighlightPart[];
  rank: number;
  fuzzy: boolean;
}

export interface SearchResult {
  text: string;
  filters: SearchFilters;
  claims: ClaimHit[];
  articles: ArticleHit[];
  /** More claims matched than were ranked: the ranking covers the first RANK_CANDIDATES matches. */
  truncated: boolean;
  /** The next page of claims (`cursor`), or null on the last. */
  nextCursor: string | null;
}

type ClaimRow = Omit<ClaimHit, "highlight" | "verdict" | "rank" | "fuzzy"> & {
  headline: string;
  sortDate: Date;
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
  const where: Prisma.Sql[] = [Prisma.sql`a."archivedAt" IS NULL`];
  if (filters.outlet) where.push(Prisma.sql`a."outlet" ILIKE ${`%${escapeLike(filters.outlet)}%`}`);
  const from = rangeStart(filters.from);
  const to = rangeEnd(filters.to);
  if (from) where.push(Prisma.sql`coalesce(a."publishedAt", a."createdAt") >= ${from}`);
  if (to) where.push(Prisma.sql`coalesce(a."publishedAt", a."createdAt") < ${to}`);
  return where;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`);

/** The query as typed, and when it found too little, the same words widened to their spelling variants. */
interface Queries {
  exact: Prisma.Sql;
  fuzzy: Prisma.Sql | null;
}

// Result pages: ranked matches by (tier, rank, id), tier 0 the words as typed and 1 their variants;
// a search with filters only lists the newest claims by (article date, id).
const RANKED: readonly KeyKind[] = ["integer", "number", "text"];
const NEWEST: readonly KeyKind[] = ["timestamp", "text"];
type After = { kind: "ranked"; tier: number; rank: number; id: string } | { kind: "newest"; date: Date; id: string } | null;

function decodeAfter(cursor: string | undefined, ranked: boolean): After {
  if (cursor === undefined) return null;
  const decoded = decodeCursor(cursor, "search", ranked ? "rank" : "newest", ranked ? RANKED : NEWEST);
  if (!decoded.ok) throw new AppError("invalid", `cursor ${decoded.reason}`, { fields: { cursor: [`the cursor ${decoded.reason}`] } });
  const [first, second, third] = decoded.values;
  return ranked ? { kind: "ranked", tier: first as number, rank: second as number, id: third as string } : { kind: "newest", date: new Date(first as string), id: second as string };
}

const rankedCursor = (tier: number, hit: ClaimHit) => encodeCursor("search", "rank", [tier, hit.rank, hit.id]);

interface ClaimPage {
  claims: ClaimHit[];
  truncated: boolean;
  nextCursor: string | null;
}

async function searchClaims(text: string | null, filters: SearchFilters, limit: number, cursor: string | undefined): Promise<ClaimPage> {
  const after = decodeAfter(cursor, text !== null);
  if (!text) {
    const page = await claimHits(null, filters, limit + 1, after);
    const claims = page.claims.slice(0, limit);
    return { claims, truncated: false, nextCursor: page.claims.length > limit ? encodeCursor("search", "newest", [page.sortDates.get(claims.at(-1)!.id)!.toISOString(), claims.at(-1)!.id]) : null };
  }
  const exactQuery = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const tier = after?.kind === "ranked" ? after.tier : 0;
  let claims: ClaimHit[] = [];
  let truncated = false;
  if (tier === 0) {
    const exact = await claimHits({ exact: exactQuery, fuzzy: null }, filters, limit + 1, after);
    truncated = exact.truncated;
    if (exact.claims.length > limit) return { claims: exact.claims.slice(0, limit), truncated, nextCursor: rankedCursor(0, exact.claims[limit - 1]!) };
    claims = exact.claims;
  }
  // Spelling variants only when the words as typed found less than a page (and not hundreds in
  // all): then few rows match those words, and leaving them out of the variants' matches is cheap.
  if (truncated) return { claims, truncated, nextCursor: null };
  const fuzzy = await fuzzyQuery(text);
  if (!fuzzy) return { claims, truncated, nextCursor: null };
  const room = limit - claims.length;
  const variants = await claimHits({ exact: exactQuery, fuzzy }, filters, room + 1, tier === 1 ? after : null);
  const shown = variants.claims.slice(0, room);
  const last = shown.at(-1) ?? claims.at(-1);
  // A full page of exact matches leaves the variants for the next page, which starts the second tier.
  const nextCursor = variants.claims.length > room && last ? (shown.length ? rankedCursor(1, last) : encodeCursor("search", "rank", [1, 3.4e38, ""])) : null;
  return { claims: [...claims, ...shown], truncated, nextCursor };
}

/** Ranked matches after the cursor (the newest-first listing applies its cursor while it scans). */
function afterRank(after: After): Prisma.Sql {
  return after?.kind === "ranked" ? Prisma.sql`(rank, "id") < (${after.rank}::real, ${after.id})` : Prisma.sql`true`;
}

async function claimHits(queries: Queries | null, filters: SearchFilters, limit: number, after: After): Promise<{ claims: ClaimHit[]; truncated: boolean; sortDates: Map<string, Date> }> {
  const where = claimFilters(filters);
  const statement = cleanText(`c."statement"`);
  const query = queries?.fuzzy ?? queries?.exact;
  // Variants come after the query's own matches: leave those out rather than show them twice.
  const notExact = queries?.fuzzy ? Prisma.sql`AND NOT (${CLAIM_VECTOR} @@ ${queries.exact})` : Prisma.empty;
  const sortDate = Prisma.sql`coalesce(a."publishedAt", a."createdAt")`;
  // Without words to match, the filters list the newest claims instead.
  const candidates = query
    ? Prisma.sql`SELECT c."id", ts_rank(${CLAIM_VECTOR}, query) AS rank, ${sortDate} AS "sortDate"
        FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId", ${query} query
        WHERE ${CLAIM_VECTOR} @@ query ${notExact} AND ${and(where)} LIMIT ${RANK_CANDIDATES + 1}`
    : Prisma.sql`SELECT c."id", NULL::real AS rank, ${sortDate} AS "sortDate"
        FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
        WHERE ${and(where)} ${after?.kind === "newest" ? Prisma.sql`AND (${sortDate}, c."id") < (${after.date}::timestamp(3), ${after.id})` : Prisma.empty}
        ORDER BY ${sortDate} DESC, c."id" DESC LIMIT ${limit}`;
  const headline = query ? Prisma.sql`ts_headline('english', ${statement}, ${query}, ${HEADLINE_OPTIONS})` : statement;
  const order = query ? Prisma.sql`rank DESC, "id" DESC` : Prisma.sql`"sortDate" DESC, "id" DESC`;
  const rows = await withIndexScans((tx) => tx.$queryRaw<(ClaimRow & { candidates: bigint })[]>`
    WITH hits AS (${candidates}), counted AS (SELECT count(*) AS candidates FROM hits),
    top AS (SELECT * FROM hits WHERE ${afterRank(after)} ORDER BY ${order} LIMIT ${limit})
    SELECT c."id", c."articleId", ${statement} AS "statement", ${headline} AS "headline", c."type"::text AS "type",
      c."status"::text AS "status", c."speaker", a."title" AS "articleTitle", a."outlet", a."publishedAt", top."sortDate",
      top.rank, cv."ratingKey", cv."ratingLabel", cv."verdictState"::text AS "verdictState", counted.candidates
    FROM top JOIN "Claim" c ON c."id" = top."id" JOIN "Article" a ON a."id" = c."articleId" ${CURRENT_VERDICT}, counted
    ORDER BY ${query ? Prisma.sql`top.rank DESC, c."id" DESC` : Prisma.sql`top."sortDate" DESC, c."id" DESC`}`);
  return {
    truncated: query !== undefined && Number(rows[0]?.candidates ?? 0) > RANK_CANDIDATES,
    sortDates: new Map(rows.map((row) => [row.id, row.sortDate])),
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
      fuzzy: Boolean(queries?.fuzzy),
      verdict: row.ratingKey ? { ratingKey: row.ratingKey, ratingLabel: row.ratingLabel!, state: row.verdictState! } : null,
    })),
  };
}

async function searchArticles(text: string, filters: SearchFilters): Promise<ArticleHit[]> {
  const exact = await articleHits({ exact: Prisma.sql`websearch_to_tsquery('english', ${text})`, fuzzy: null }, filters, ARTICLE_LIMIT);
  if (exact.length >= ARTICLE_LIMIT) return exact;
  const fuzzy = await fuzzyQuery(text);
  if (!fuzzy) return exact;
  return [...exact, ...(await articleHits({ exact: Prisma.sql`websearch_to_tsquery('english', ${text})`, fuzzy }, filters, ARTICLE_LIMIT - exact.length))];
}

async function articleHits(queries: Queries, filters: SearchFilters, limit: number): Promise<ArticleHit[]> {
  const query = queries.fuzzy ?? queries.exact;
  const notExact = queries.fuzzy ? Prisma.sql`AND NOT (${ARTICLE_VECTOR} @@ ${queries.exact})` : Prisma.empty;
  const rows = await withIndexScans((tx) => tx.$queryRaw<{ id: string; title: string; outlet: string | null; publishedAt: Date | null; rank: number; headline: string }[]>`
    WITH hits AS (
      SELECT a."id", ts_rank(${ARTICLE_VECTOR}, query) AS rank
      FROM "Article" a, ${query} query
      WHERE ${ARTICLE_VECTOR} @@ query ${notExact} AND ${and(articleFilters(filters))} LIMIT ${ARTICLE_CANDIDATES}
    ), top AS (SELECT * FROM hits ORDER BY rank DESC LIMIT ${limit})
    SELECT a."id", a."title", a."outlet", a."publishedAt", top.rank,
      ts_headline('english', ${cleanText(`left(a."text", 100000)`)}, ${query}, ${ARTICLE_HEADLINE_OPTIONS}) AS "headline"
    FROM top JOIN "Article" a ON a."id" = top."id" ORDER BY top.rank DESC, a."id"`);
  return rows.map(({ headline, ...row }) => ({ ...row, highlight: splitHighlight(headline), fuzzy: Boolean(queries.fuzzy) }));
}

/** How many spelling variants of each query word are tried, closest first. */
const VARIANTS_PER_WORD = 3;

/**
 * The query's words, each OR'd with its closest spellings among the words of stored claims and
 * articles (pg_trgm on the SearchWord list), e.g. avdeevka | avdiivka. Operators of the typed
 * query (quotes, -excluded, or) are not kept: this only runs when the query as typed found too
 * little. Null when no word has a variant.
 */
async function fuzzyQuery(text: string): Promise<Prisma.Sql | null> {
  const [row] = await db().$queryRaw<{ query: string | null; variants: number }[]>`
    WITH words AS (SELECT DISTINCT lexeme FROM unnest(to_tsvector('english', ${text}))),
    variants AS (
      SELECT words.lexeme, near.word FROM words, LATERAL (
        SELECT s."word" FROM "SearchWord" s WHERE s."word" % words.lexeme AND s."word" <> words.lexeme
        ORDER BY s."word" <-> words.lexeme LIMIT ${VARIANTS_PER_WORD}
      ) near
    ), alternatives AS (
      SELECT lexeme, '(' || string_agg(quote_literal(word), ' | ') || ')' AS alternative
      FROM (SELECT lexeme, lexeme AS word FROM words UNION SELECT lexeme, word FROM variants) choices GROUP BY lexeme
    )
    SELECT string_agg(alternative, ' & ') AS "query", (SELECT count(*)::int FROM variants) AS "variants" FROM alternatives`;
  return row?.query && row.variants > 0 ? Prisma.sql`to_tsquery('simple', ${row.query})` : null;
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
  if (!text && !anyFilter) return { text: merged.text, filters, claims: [], articles: [], truncated: false, nextCursor: null };
  const claimOnly = Boolean(filters.type || filters.state || filters.rating || filters.speaker || filters.tag);
  const [claims, articles] = await Promise.all([
    searchClaims(text, filters, raw.limit, raw.cursor),
    // Articles are a short list beside the claims: the first page shows them.
    text && !claimOnly && !raw.cursor ? searchArticles(text, filters) : Promise.resolve([]),
  ]);
  return { text: merged.text, filters, ...claims, articles };
}
