import { ratingCreateSchema, ratingMoveSchema, ratingScaleSchema, ratingUpdateSchema } from "@/lib/review/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

const FIELDS = { key: true, label: true, value: true, position: true, active: true } as const;

/** The scale in display order; retired ratings stay for old verdicts but cannot be chosen. */
export async function listRatings(actor: Actor, { includeInactive = false } = {}) {
  authorize(actor, "article:read");
  return db().rating.findMany({ where: includeInactive ? {} : { active: true }, select: FIELDS, orderBy: [{ position: "asc" }, { key: "asc" }] });
}

export async function createRating(input: unknown, actor: Actor) {
  authorize(actor, "settings:manage");
  const fields = parseInput(ratingCreateSchema, input);
  try {
    return await db().$transaction(async (tx) => {
      const last = await tx.rating.aggregate({ _max: { position: true } });
      const rating = await tx.rating.create({ data: { ...fields, position: (last._max.position ?? 0) + 1 }, select: FIELDS });
      await recordAudit(tx, actor, { action: "rating.create", entityType: "Rating", entityId: rating.key, after: rating });
      return rating;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("invalid", "A rating with this key exists", { fields: { key: ["already used"] } });
    }
    throw error;
  }
}

/** Renaming keeps the key, so the API identifier and past verdicts stay stable. */
export async function updateRating(input: unknown, actor: Actor) {
  authorize(actor, "settings:manage");
  const { key, ...fields } = parseInput(ratingUpdateSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.rating.findUnique({ where: { key }, select: FIELDS });
    if (!before) throw new AppError("not_found", "No such rating");
    const after = await tx.rating.update({ where: { key }, data: fields, select: FIELDS });
    await recordAudit(tx, actor, { action: "rating.edit", entityType: "Rating", entityId: key, before, after });
    return after;
  });
}

export async function moveRating(input: unknown, actor: Actor) {
  authorize(actor, "settings:manage");
  const { key, direction } = parseInput(ratingMoveSchema, input);
  return db().$transaction(async (tx) => {
    const scale = await tx.rating.findMany({ select: FIELDS, orderBy: [{ position: "asc" }, { key: "asc" }] });
    const index = scale.findIndex((rating) => rating.key === key);
    if (index < 0) throw new AppError("not_found", "No such rating");
    const swap = direction === "up" ? index - 1 : index + 1;
    if (swap < 0 || swap >= scale.length) return scale.map((rating) => rating.key);
    [scale[index], scale[swap]] = [scale[swap]!, scale[index]!];
    for (const [position, rating] of scale.entries()) {
      if (rating.position !== position + 1) await tx.rating.update({ where: { key: rating.key }, data: { position: position + 1 } });
    }
    await recordAudit(tx, actor, { action: "rating.move", entityType: "Rating", entityId: key, after: { direction, order: scale.map((rating) => rating.key) } });
    return scale.map((rating) => rating.key);
  });
}

/** Replaces the scale as the API sends it: ratings created or updated by key, in its order; the ones left out are retired. */
export async function replaceRatingScale(input: unknown, actor: Actor) {
  authorize(actor, "settings:manage");
  const { ratings } = parseInput(ratingScaleSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.rating.findMany({ select: FIELDS, orderBy: [{ position: "asc" }, { key: "asc" }] });
    const sent = new Set(ratings.map((rating) => rating.key));
    for (const [index, rating] of ratings.entries()) {
      const fields = { ...rating, position: index + 1 };
      await tx.rating.upsert({ where: { key: rating.key }, create: fields, update: fields });
    }
    const retired = before.filter((rating) => !sent.has(rating.key));
    for (const [index, rating] of retired.entries()) {
      await tx.rating.update({ where: { key: rating.key }, data: { active: false, position: ratings.length + index + 1 } });
    }
    const after = await tx.rating.findMany({ select: FIELDS, orderBy: [{ position: "asc" }, { key: "asc" }] });
    await recordAudit(tx, actor, { action: "rating.scale", entityType: "Rating", entityId: "scale", before: { ratings: before }, after: { ratings: after } });
    return after;
  });
}
