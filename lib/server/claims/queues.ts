import { approvalListSchema } from "@/lib/review/claim-list";
import { contextAround } from "@/lib/review/span";
import { decodeCursor, encodeCursor } from "@/lib/paging/cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

const LIST = "approvals";
const SORT = "oldest";
const KEYS = ["timestamp", "text"] as const;
const cursorOf = (verdict: { createdAt: Date; id: string }) => encodeCursor(LIST, SORT, [verdict.createdAt.toISOString(), verdict.id]);

function cursorValues(cursor: string | undefined) {
  if (cursor === undefined) return null;
  const decoded = decodeCursor(cursor, LIST, SORT, KEYS);
  if (!decoded.ok) throw new AppError("invalid", `cursor ${decoded.reason}`, { fields: { cursor: [`the cursor ${decoded.reason}`] } });
  return { createdAt: new Date(decoded.values[0] as string), id: decoded.values[1] as string };
}

/**
 * Proposed verdicts oldest first, each with what an editor needs to decide it on one screen.
 * Pages by keyset on (createdAt, id) so a deep page costs the same as the first; verdicts on
 * archived articles are left out like every other list.
 */
export async function approvalQueue(input: unknown, actor: Actor | null) {
  authorize(actor, "verdict:decide");
  const query = parseInput(approvalListSchema, input ?? {}, "Invalid list parameters");
  const take = query.limit;
  const cursor = cursorValues(query.cursor);
  const where: Prisma.VerdictWhereInput = {
    state: "proposed",
    claim: { article: { archivedAt: null, ...(query.outlet ? { outlet: { equals: query.outlet, mode: "insensitive" } } : {}) }, ...(query.type ? { type: query.type } : {}) },
  };
  const [total, verdicts] = await Promise.all([
    db().verdict.count({ where }),
    db().verdict.findMany({
      where: { ...where, ...(cursor ? { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: take + 1,
      select: {
        id: true,
        createdAt: true,
        rationale: true,
        authorId: true,
        author: { select: { name: true } },
        rating: { select: { key: true, label: true } },
        claim: {
          select: {
            id: true,
            articleId: true,
            start: true,
            end: true,
            statement: true,
            type: true,
            version: true,
            priority: true,
            dueAt: true,
            sources: { orderBy: { createdAt: "asc" }, select: { id: true, url: true, title: true, publisher: true, excerpt: true, stance: true, publishedAt: true, archivedUrl: true } },
          },
        },
      },
    }),
  ]);
  const page = verdicts.slice(0, take);
  const articleIds = [...new Set(page.map((verdict) => verdict.claim.articleId))];
  const articles = new Map(
    (await db().article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, text: true } })).map((article) => [article.id, article]),
  );
  return {
    total,
    items: page.map((verdict) => {
      const article = articles.get(verdict.claim.articleId)!;
      return {
        ...verdict,
        article: { id: article.id, title: article.title },
        context: contextAround(article.text, verdict.claim.start, verdict.claim.end),
        mine: verdict.authorId === actor.id,
      };
    }),
    nextCursor: verdicts.length > take ? cursorOf(page.at(-1)!) : null,
  };
}

/** Counts for the dashboard: where claims are in the workflow, who holds them, and what has waited longest. */
export async function dashboard(actor: Actor) {
  authorize(actor, "article:read");
  const [articles, byStateType, byChecker, oldestProposed, oldestInWork] = await Promise.all([
    db().article.count(),
    db().claim.groupBy({ by: ["status", "type"], _count: { _all: true } }),
    db().claim.groupBy({ by: ["assigneeId", "status"], where: { assigneeId: { not: null } }, _count: { _all: true } }),
    db().verdict.findMany({
      where: { state: "proposed" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 5,
      select: { id: true, createdAt: true, author: { select: { name: true } }, claim: { select: { id: true, statement: true } } },
    }),
    db().claim.findMany({
      where: { status: { in: ["in_review", "returned"] } },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: 5,
      select: { id: true, statement: true, status: true, updatedAt: true, assignee: { select: { name: true } } },
    }),
  ]);
  const userIds = [...new Set(byChecker.map((row) => row.assigneeId!))];
  const names = new Map((await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  const checkers = new Map<string, { userId: string; name: string; counts: Record<string, number> }>();
  for (const row of byChecker) {
    const entry = checkers.get(row.assigneeId!) ?? { userId: row.assigneeId!, name: names.get(row.assigneeId!) ?? "?", counts: {} };
    entry.counts[row.status] = row._count._all;
    checkers.set(row.assigneeId!, entry);
  }
  const byState: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const matrix: Record<string, Record<string, number>> = {};
  for (const row of byStateType) {
    byState[row.status] = (byState[row.status] ?? 0) + row._count._all;
    byType[row.type] = (byType[row.type] ?? 0) + row._count._all;
    (matrix[row.status] ??= {})[row.type] = row._count._all;
  }
  return {
    articles,
    claims: Object.values(byState).reduce((sum, count) => sum + count, 0),
    byState,
    byType,
    matrix,
    checkers: [...checkers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    oldestProposed,
    oldestInWork,
  };
}
