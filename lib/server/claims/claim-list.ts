import { claimListSchema, OPEN_STATES, type ClaimListQuery, type ClaimSort } from "@/lib/review/claim-list";
import type { ClaimState } from "@/lib/review/workflow";
import { rangeEnd, rangeStart } from "@/lib/export/filters";
import { pageOf } from "@/lib/paging/cursor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { afterCursor, and, cursorFor, cursorValues, orderBy, sortKeyColumn, type KeysetSort } from "../paging/keyset";

const LIST = "claims";
const ARTICLE_DATE = Prisma.sql`coalesce(a."publishedAt", a."createdAt")`;
const id = (sql: Prisma.Sql) => ({ sql, kind: "text" as const });

const SORTS: Record<ClaimSort, KeysetSort> = {
  // Newest article first, each article's claims in reading order (-start, so one direction serves all keys).
  published: {
    direction: "desc",
    keys: [{ sql: ARTICLE_DATE, kind: "timestamp" }, id(Prisma.sql`a."id"`), { sql: Prisma.sql`(-c."start")`, kind: "integer" }, id(Prisma.sql`c."id"`)],
  },
  imported: { direction: "desc", keys: [{ sql: Prisma.sql`c."createdAt"`, kind: "timestamp" }, id(Prisma.sql`c."id"`)] },
  waiting: { direction: "asc", keys: [{ sql: Prisma.sql`c."updatedAt"`, kind: "timestamp" }, id(Prisma.sql`c."id"`)] },
  // Due soonest; claims with no due date last (false sorts before true), oldest change first among them.
  due: {
    direction: "asc",
    keys: [
      { sql: Prisma.sql`(c."dueAt" IS NULL)`, kind: "boolean" },
      { sql: Prisma.sql`coalesce(c."dueAt", c."updatedAt")`, kind: "timestamp" },
      id(Prisma.sql`c."id"`),
    ],
  },
  // Urgent, then high, then normal; the nearest due date first within each (negated, so one direction serves).
  priority: {
    direction: "desc",
    keys: [
      { sql: Prisma.sql`(CASE c."priority" WHEN 'urgent' THEN 2 WHEN 'high' THEN 1 ELSE 0 END)`, kind: "integer" },
      { sql: Prisma.sql`(-coalesce(extract(epoch FROM c."dueAt"), 32503680000))::bigint`, kind: "integer" },
      id(Prisma.sql`c."id"`),
    ],
  },
  outlet: {
    direction: "asc",
    keys: [
      { sql: Prisma.sql`(a."outlet" IS NULL)`, kind: "boolean" },
      id(Prisma.sql`coalesce(a."outlet", '')`),
      id(Prisma.sql`a."id"`),
      { sql: Prisma.sql`c."start"`, kind: "integer" },
      id(Prisma.sql`c."id"`),
    ],
  },
};

export interface ClaimListItem {
  id: string;
  statement: string;
  type: string;
  status: ClaimState;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  assigneeId: string | null;
  assigneeName: string | null;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  /** The editor's note when the claim's verdict was returned. */
  returnNote: string | null;
  priority: "normal" | "high" | "urgent";
  dueAt: Date | null;
}

/**
 * The filters as conditions on the claim (c) and on its article (a). Archived articles are a short
 * list, so leaving their claims out needs no join: counting all claims then reads only Claim.
 */
async function filters(query: ClaimListQuery, actor: Actor): Promise<{ claim: Prisma.Sql[]; article: Prisma.Sql[] }> {
  const where: Prisma.Sql[] = [Prisma.sql`c."articleId" NOT IN (SELECT "id" FROM "Article" WHERE "archivedAt" IS NOT NULL)`];
  const article: Prisma.Sql[] = [];
  if (query.state === "open") where.push(Prisma.sql`c."status"::text IN (${Prisma.join(OPEN_STATES)})`);
  else if (query.state) where.push(Prisma.sql`c."status"::text = ${query.state}`);
  if (query.type) where.push(Prisma.sql`c."type"::text = ${query.type}`);
  if (query.assignee === "none") where.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (query.assignee) where.push(Prisma.sql`c."assigneeId" = ${await assigneeId(query.assignee, actor)}`);
  if (query.articleId) where.push(Prisma.sql`c."articleId" = ${query.articleId}`);
  if (query.priority) where.push(Prisma.sql`c."priority"::text = ${query.priority}`);
  if (query.overdue === true) where.push(Prisma.sql`c."dueAt" < now()`);
  if (query.overdue === false) where.push(Prisma.sql`(c."dueAt" IS NULL OR c."dueAt" >= now())`);
  if (query.tag) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id" AND lower(t."name") = lower(${query.tag}))`);
  }
  if (query.outlet) article.push(Prisma.sql`lower(a."outlet") = lower(${query.outlet})`);
  const from = rangeStart(query.from);
  const to = rangeEnd(query.to);
  if (from) article.push(Prisma.sql`${ARTICLE_DATE} >= ${from}`);
  if (to) article.push(Prisma.sql`${ARTICLE_DATE} < ${to}`);
  return { claim: where, article };
}

async function countClaims(where: { claim: Prisma.Sql[]; article: Prisma.Sql[] }): Promise<number> {
  const join = where.article.length ? Prisma.sql`JOIN "Article" a ON a."id" = c."articleId"` : Prisma.empty;
  const [row] = await db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "Claim" c ${join} WHERE ${and([...where.claim, ...where.article])}`;
  return row?.total ?? 0;
}

async function assigneeId(assignee: string, actor: Actor): Promise<string> {
  if (assignee === "me") {
    if (!actor.id) throw new AppError("invalid", "assignee: only a person has claims of their own", { fields: { assignee: ["me needs a signed-in person"] } });
    return actor.id;
  }
  if (!(await db().user.findUnique({ where: { id: assignee }, select: { id: true } }))) {
    throw new AppError("invalid", "Invalid list parameters: assignee is not a user (use a user id, me or none)", { fields: { assignee: ["no such user: use a user id, me or none"] } });
  }
  return assignee;
}

function parseQuery(input: unknown): ClaimListQuery {
  return parseInput(claimListSchema, input ?? {}, "Invalid list parameters");
}

/**
 * Claims a page at a time by keyset, with the same guarantees as the articles list: no row is
 * skipped or repeated while others are inserted, and `total` counts every match. Claims of
 * archived articles are left out.
 */
export async function listClaimPage(input: unknown, actor: Actor | null) {
  authorize(actor, "article:read");
  const query = parseQuery(input);
  const sort = SORTS[query.sort];
  const after = cursorValues(query.cursor, LIST, query.sort, sort);
  const parts = await filters(query, actor);
  const where = and([...parts.claim, ...parts.article]);
  const [rows, total] = await Promise.all([
    db().$queryRaw<(ClaimListItem & { sortKey: unknown[] })[]>`
      SELECT c."id", c."statement", c."type"::text AS "type", c."status"::text AS "status", c."version", c."createdAt", c."updatedAt",
        c."priority"::text AS "priority", c."dueAt",
        c."assigneeId", u."name" AS "assigneeName", a."id" AS "articleId", a."title" AS "articleTitle", a."outlet", a."publishedAt",
        CASE WHEN c."status" = 'returned' THEN (
          SELECT v."note" FROM "Verdict" v WHERE v."claimId" = c."id" AND v."state" = 'returned' ORDER BY v."createdAt" DESC LIMIT 1
        ) END AS "returnNote",
        ${sortKeyColumn(sort)}
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "User" u ON u."id" = c."assigneeId"
      WHERE ${where} AND ${afterCursor(sort, after)}
      ORDER BY ${orderBy(sort)} LIMIT ${query.limit + 1}`,
    countClaims(parts),
  ]);
  const page = pageOf(rows, query.limit, (row) => cursorFor(LIST, query.sort, sort, row.sortKey));
  return { items: page.items.map(({ sortKey: _sortKey, ...item }) => item), nextCursor: page.nextCursor, total, query };
}

/** Every claim matching a list's filters with its current version, for "select all N matching"; at most `max`. */
export async function matchingClaimIds(input: unknown, actor: Actor | null, max: number): Promise<{ id: string; version: number }[]> {
  authorize(actor, "article:read");
  const query = parseQuery(input);
  const parts = await filters(query, actor);
  const where = and([...parts.claim, ...parts.article]);
  return db().$queryRaw<{ id: string; version: number }[]>`
    SELECT c."id", c."version" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE ${where} ORDER BY ${orderBy(SORTS[query.sort])} LIMIT ${max}`;
}
