import { claimTagsSchema, tagCreateSchema, tagRenameSchema } from "@/lib/tags/schema";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { emitEvent } from "../events/emit";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

export interface TagSummary {
  id: string;
  name: string;
  claims: number;
}

export async function listTags(actor: Actor | null): Promise<TagSummary[]> {
  authorize(actor, "article:read");
  const tags = await db().tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { claims: true } } } });
  return tags.map((tag) => ({ id: tag.id, name: tag.name, claims: tag._count.claims }));
}

export async function claimTagIds(claimId: string, actor: Actor | null): Promise<string[]> {
  authorize(actor, "article:read");
  return (await db().claimTag.findMany({ where: { claimId }, select: { tagId: true } })).map((entry) => entry.tagId);
}

async function refuseDuplicate(name: string, exceptId?: string) {
  const same = await db().tag.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (same) throw new AppError("conflict", `The tag "${same.name}" already exists`, { fields: { name: ["already exists"] } });
}

export async function createTag(input: unknown, actor: Actor | null) {
  authorize(actor, "settings:manage");
  const { name } = parseInput(tagCreateSchema, input);
  await refuseDuplicate(name);
  return db().$transaction(async (tx) => {
    const tag = await tx.tag.create({ data: { name }, select: { id: true, name: true } });
    await recordAudit(tx, actor, { action: "tag.create", entityType: "Tag", entityId: tag.id, after: { name } });
    return tag;
  });
}

export async function renameTag(tagId: string, input: unknown, actor: Actor | null) {
  authorize(actor, "settings:manage");
  const { name } = parseInput(tagRenameSchema, input);
  await refuseDuplicate(name, tagId);
  return db().$transaction(async (tx) => {
    const before = await tx.tag.findUnique({ where: { id: tagId }, select: { name: true } });
    if (!before) throw new AppError("not_found", "No such tag");
    const tag = await tx.tag.update({ where: { id: tagId }, data: { name }, select: { id: true, name: true } });
    await recordAudit(tx, actor, { action: "tag.rename", entityType: "Tag", entityId: tagId, before, after: { name } });
    return tag;
  });
}

/** Removes the tag from the list and from every claim; the audit log keeps which claims had it. */
export async function deleteTag(tagId: string, actor: Actor | null) {
  authorize(actor, "settings:manage");
  return db().$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { name: true, claims: { select: { claimId: true } } } });
    if (!tag) throw new AppError("not_found", "No such tag");
    await tx.tag.delete({ where: { id: tagId } });
    await recordAudit(tx, actor, { action: "tag.delete", entityType: "Tag", entityId: tagId, before: { name: tag.name, claimIds: tag.claims.map((claim) => claim.claimId) } });
    return { id: tagId };
  });
}

/**
 * Gives a claim exactly these tags. Tags describe a claim without changing what is being checked,
 * so they do not bump its version (nobody's open edit is refused because of a tag).
 */
export async function setClaimTags(claimId: string, input: unknown, actor: Actor | null) {
  authorize(actor, "claim:edit");
  const { tagIds } = parseInput(claimTagsSchema, input);
  const wanted = [...new Set(tagIds)];
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, articleId: true, status: true, version: true, tags: { select: { tag: { select: { id: true, name: true } } } } } });
    if (!claim) throw new AppError("not_found", "No such claim");
    const known = await tx.tag.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
    if (known.length !== wanted.length) throw new AppError("invalid", "Some tags do not exist", { fields: { tagIds: ["unknown tag; an admin manages the list"] } });
    await tx.claimTag.deleteMany({ where: { claimId, tagId: { notIn: wanted } } });
    await tx.claimTag.createMany({ data: wanted.map((tagId) => ({ claimId, tagId })), skipDuplicates: true });
    const before = claim.tags.map((entry) => entry.tag.name).sort();
    const after = known.map((tag) => tag.name);
    if (before.join("\n") !== after.join("\n")) {
      await recordAudit(tx, actor, { action: "claim.tags", entityType: "Claim", entityId: claimId, before: { tags: before }, after: { tags: after } });
      await emitEvent(tx, "claim.changed", { claimId, articleId: claim.articleId, state: claim.status, version: claim.version, by: actor.name });
    }
    return { id: claimId, tags: known };
  });
}
