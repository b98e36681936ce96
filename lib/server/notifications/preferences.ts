import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

export const preferencesSchema = z.object({ off: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length) });

function me(actor: Actor | null): string {
  authorize(actor, "article:read");
  if (!actor.id) throw new AppError("invalid", "Only a person has notification settings");
  return actor.id;
}

/** The kinds the user turned off; every kind is on until they do. */
export async function notificationKindsOff(actor: Actor | null): Promise<NotificationKind[]> {
  const user = await db().user.findUniqueOrThrow({ where: { id: me(actor) }, select: { notificationsOff: true } });
  return user.notificationsOff;
}

export async function saveNotificationKindsOff(actor: Actor | null, input: unknown): Promise<NotificationKind[]> {
  const userId = me(actor);
  const { off } = parseInput(preferencesSchema, input);
  const kinds = [...new Set(off)];
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { notificationsOff: true } });
    await tx.user.update({ where: { id: userId }, data: { notificationsOff: kinds } });
    await recordAudit(tx, actor!, { action: "user.notifications", entityType: "User", entityId: userId, before: { off: before.notificationsOff }, after: { off: kinds } });
    return kinds;
  });
}
