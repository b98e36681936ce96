import { z } from "zod";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { parseInput } from "../http/validate";

export const VIEWERS_MAY_COMMENT = "comments.viewersMayComment";

/** Viewers read only, unless an admin lets them take part in the conversation. */
export async function viewersMayComment(): Promise<boolean> {
  const setting = await db().setting.findUnique({ where: { key: VIEWERS_MAY_COMMENT } });
  return setting?.value === true;
}

const toggleSchema = z.object({ allow: z.boolean() });

export async function setViewersMayComment(input: unknown, actor: Actor | null): Promise<boolean> {
  authorize(actor, "settings:manage");
  const { allow } = parseInput(toggleSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: VIEWERS_MAY_COMMENT } });
    await tx.setting.upsert({ where: { key: VIEWERS_MAY_COMMENT }, create: { key: VIEWERS_MAY_COMMENT, value: allow }, update: { value: allow } });
    await recordAudit(tx, actor, { action: "setting.update", entityType: "Setting", entityId: VIEWERS_MAY_COMMENT, before: { value: before?.value === true }, after: { value: allow } });
    return allow;
  });
}
