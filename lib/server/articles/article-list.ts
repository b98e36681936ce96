import { articleListSchema, type ArticleSort, type ArticleListQuery } from "@/lib/articles/list";
import { OPEN_STATES } from "@/lib/review/claim-list";
import { rangeEnd, rangeStart } from "@/lib/export/filters";
import { pageOf } from "@/lib/paging/cursor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { parseInput } from "../http/validate";
import { afterCursor, and, cursorFor, cursorValues, orderBy, sortKeyColumn, type KeysetSort } from "../paging/keyset";

const LIST = "articles";
const ARTICLE_DATE = Prisma.sql`coalesce(a."publishedAt", a."createdAt")`;
const OPEN = Prisma.join(OPEN_STATES.map((state) => Prisma.sql`${state}`));

const SORTS: Record<ArticleSort, KeysetSort> = {
  published: { direction: "desc", keys: [{ sql: ARTICLE_DATE, kind: "timestamp" }, { sql: Prisma.sql`a."id"`, kind: "text" }] },
  imported: { direction: "desc", keys: [{ sql: Prisma.sql`a."createdAt"`, kind: "timestamp" }, { sql: Prisma.sql`a."id"`, kind: "text" }] },
  // Articles without an outlet last.
  outlet: {
    direction: "asc",
    keys: [
      { sql: Prisma.sql`(a."outlet" IS NULL)`, kind: "boolean" },
      { sql: Prisma.sql`coalesce(a."outlet", '')`, kind: "text" },
      { sql: Prisma.sql`a."id"`, kind: "text" },
    ],
  },
  open: { direction: "desc", keys: [{ sql: Prisma.sql`n."open"`, kind: "integer" }, { sql: Prisma.sql`a."id"`, kind: "text" }] },
};

export interface ArticleListItem {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  archivedAt: Date | null;
  /** Claims not dismissed. */
  claims: number;
  /** Claims with an approved verdict. */
  checked: number;
  /** Claims still being worked on (new, in review, returned, proposed). */
  open: number;
}

function filters(query: ArticleListQuery): Prisma.Sql[] {
  const where: Prisma.Sql[] = [query.archived ? Prisma.sql`a."archivedAt" IS NOT NULL` : Prisma.sql`a."archivedAt" IS NULL`];
  if (query.outlet) where.push(Prisma.sql`lower(a."outlet") = lower(${query.outlet})`);
  const from = rangeStart(query.from);
  const to = rangeEnd(query.to);
  if (from) where.push(Prisma.sql`${ARTICLE_DATE} >= ${from}`);
  if (to) where.push(Prisma.sql`${ARTICLE_DATE} < ${to}`);
  if (query.unchecked !== undefined) {
    const exists = Prisma.sql`EXISTS (SELECT 1 FROM "Claim" u WHERE u."articleId" = a."id" AND u."status"::text IN (${OPEN}))`;
    where.push(query.unchecked ? exists : Prisma.sql`NOT ${exists}`);
  }
  return where;
}

/**
 * Articles a page at a time by keyset: a deep page costs what the first does, and rows inserted
 * meanwhile never shift a page (nothing is skipped or shown twice). Each row carries its claim
 * counts; `total` counts every article matching the filters.
 */
export async function listArticlePage(input: unknown, actor: Actor | null) {
  authorize(actor, "article:read");
  const query = parseInput(articleListSchema, input ?? {}, "Invalid list parameters");
  const sort = SORTS[query.sort];
  const after = cursorValues(query.cursor, LIST, query.sort, sort);
  const where = and(filters(query));
  const [rows, [count]] = await Promise.all([
    db().$queryRaw<(ArticleListItem & { sortKey: unknown[] })[]>`
      SELECT a."id", a."title", a."outlet", a."publishedAt", a."createdAt", a."archivedAt",
        n."claims"::int AS "claims", n."checked"::int AS "checked", n."open"::int AS "open", ${sortKeyColumn(sort)}
      FROM "Article" a, LATERAL (
        SELECT count(*) FILTER (WHERE c."status" <> 'dismissed') AS "claims",
          count(*) FILTER (WHERE c."status" = 'approved') AS "checked",
          count(*) FILTER (WHERE c."status"::text IN (${OPEN})) AS "open"
        FROM "Claim" c WHERE c."articleId" = a."id"
      ) n
      WHERE ${where} AND ${afterCursor(sort, after)}
      ORDER BY ${orderBy(sort)} LIMIT ${query.limit + 1}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "Article" a WHERE ${where}`,
  ]);
  const page = pageOf(rows, query.limit, (row) => cursorFor(LIST, query.sort, sort, row.sortKey));
  return { items: page.items.map(({ sortKey: _sortKey, ...item }) => item), nextCursor: page.nextCursor, total: count?.total ?? 0, query };
}

/** The outlets articles come from, for the filter's choices. */
export async function listOutlets(actor: Actor | null): Promise<string[]> {
  authorize(actor, "article:read");
  const rows = await db().article.findMany({ where: { outlet: { not: null }, archivedAt: null }, distinct: ["outlet"], select: { outlet: true }, orderBy: { outlet: "asc" }, take: 500 });
  return rows.map((row) => row.outlet!);
}
