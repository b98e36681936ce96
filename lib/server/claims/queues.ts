import { myQueueFilterSchema } from "@/lib/review/schema";
import { contextAround } from "@/lib/review/span";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

/** Claims assigned to the acting user, the ones needing work first. */
export async function myQueue(input: unknown, actor: Actor, { take = 100 } = {}) {
  authorize(actor, "claim:edit");
  const filter = parseInput(myQueueFilterSchema, input ?? {});
  const claims = await db().claim.findMany({
    where: {
      assigneeId: actor.id,
      ...(filter.state ? { status: filter.state } : { status: { in: ["in_review", "returned", "proposed", "new"] } }),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.articleId ? { articleId: filter.articleId } : {}),
      ...(filter.priority ? { priority: filter.priority } : {}),
      ...(filter.overdue ? { dueAt: { lt: new Date() } } : {}),
      ...(filter.tag ? { tags: { some: { tag: { name: { equals: filter.tag, mode: "insensitive" } } } } } : {}),
    },
    orderBy: [
      ...(filter.sort === "due" ? [{ dueAt: { sort: "asc", nulls: "last" } } as const] : []),
      ...(filter.sort === "priority" ? [{ priority: "desc" } as const, { dueAt: { sort: "asc", nulls: "last" } } as const] : []),
      { updatedAt: "asc" },
      { id: "asc" },
    ],
    take,
    select: {
      id: true,
      statement: true,
      type: true,
      status: true,
      version: true,
      updatedAt: true,
      priority: true,
      dueAt: true,
      article: { select: { id: true, title: true } },
      verdicts: { where: { state: "returned" }, orderBy: { createdAt: "desc" }, take: 1, select: { note: true } },
    },
  });
  return claims.map(({ verdicts, ...claim }) => ({ ...claim, returnNote: claim.status === "returned" ? (verdicts[0]?.note ?? null) : null }));
}

const PAGE = 20;

function cursorOf(item: { createdAt: Date; id: string }) {
  return `${item.createdAt.toISOString()}_${item.id}`;
}
function parseCursor(cursor: string | undefined) {
  if (!cursor) return null;
  const [at, id] = cursor.split("_", 2);
  const createdAt = new Date(at ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) throw new AppError("invalid", "Bad page cursor", { fields: { after: ["not a cursor from this queue"] } });
  return { createdAt, id };
}

/**
 * Proposed verdicts oldest first, each with what an editor needs to decide it on one screen.
 * Pages by keyset on (createdAt, id) so a deep page costs the same as the first.
 */
export async function approvalQueue(actor: Actor, { after, take = PAGE }: { after?: string; take?: number } = {}) {
  authorize(actor, "verdict:decide");
  const cursor = parseCursor(after);
  const [total, verdicts] = await Promise.all([
    db().verdict.count({ where: { state: "proposed" } }),
    db().verdict.findMany({
      where: {
        state: "proposed",
        ...(cursor ? { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] } : {}),
      },
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
    next: verdicts.length > take ? cursorOf(page.at(-1)!) : null,
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
