import { feedInputSchema, feedToggleSchema } from "@/lib/feeds/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

export async function createFeed(input: unknown, actor: Actor) {
  authorize(actor, "settings:manage");
  const fields = parseInput(feedInputSchema, input);
  try {
    return await db().$transaction(async (tx) => {
      const feed = await tx.feed.create({ data: fields });
      await recordAudit(tx, actor, { action: "feed.add", entityType: "Feed", entityId: feed.id, after: fields });
      return feed;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", "This feed is already polled", { fields: { url: ["already added"] } });
    throw error;
  }
}

export async function setFeedEnabled(feedId: string, input: unknown, actor: Actor) {
  authorize(actor, "settings:manage");
  const { enabled } = parseInput(feedToggleSchema, input);
  return db().$transaction(async (tx) => {
    const feed = await tx.feed.findUnique({ where: { id: feedId } });
    if (!feed) throw new AppError("not_found", "No such feed");
    // Turned on again: due at once rather than at whatever time it was due when turned off.
    const updated = await tx.feed.update({ where: { id: feedId }, data: { enabled, ...(enabled ? { nextPollAt: new Date() } : {}) } });
    await recordAudit(tx, actor, { action: "feed.toggle", entityType: "Feed", entityId: feedId, before: { enabled: feed.enabled }, after: { enabled } });
    return updated;
  });
}

export async function listFeeds(actor: Actor) {
  authorize(actor, "settings:manage");
  return db().feed.findMany({ orderBy: [{ outlet: "asc" }, { url: "asc" }] });
}
