import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { inboxQuerySchema, markReadSchema } from "@/lib/notifications/schema";
import { parseInput } from "../http/validate";

const NOTIFICATION_FIELDS = {
  id: true,
  kind: true,
  text: true,
  createdAt: true,
  readAt: true,
  commentId: true,
  actor: { select: { id: true, name: true } },
  claim: { select: { id: true, statement: true, articleId: true } },
} as const;
export type NotificationView = Prisma.NotificationGetPayload<{ select: typeof NOTIFICATION_FIELDS }>;


function me(actor: Actor | null): string {
  authorize(actor, "article:read");
  if (!actor.id) throw new AppError("invalid", "Only a person has notifications");
  return actor.id;
}

export async function unreadCount(actor: Actor | null): Promise<number> {
  return db().notification.count({ where: { userId: me(actor), readAt: null } });
}

/** Newest first, a page at a time; `nextCursor` continues after the last item. */
export async function listNotifications(actor: Actor | null, input: unknown) {
  const userId = me(actor);
  const { unread, cursor, limit } = parseInput(inboxQuerySchema, input);
  const where: Prisma.NotificationWhereInput = { userId, ...(unread ? { readAt: null } : {}) };
  const rows = await db().notification.findMany({
    where,
    select: NOTIFICATION_FIELDS,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null, unread: await unreadCount(actor) };
}

export async function markNotificationsRead(actor: Actor | null, input: unknown): Promise<{ marked: number; unread: number }> {
  const userId = me(actor);
  const choice = parseInput(markReadSchema, input);
  const { count } = await db().notification.updateMany({
    where: { userId, readAt: null, ...("ids" in choice ? { id: { in: choice.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count, unread: await unreadCount(actor) };
}
