import { wanted, type Notice } from "@/lib/notifications/rules";
import type { NotificationKind } from "@/lib/notifications/kinds";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitEvent } from "../events/emit";

type Tx = Prisma.TransactionClient;

export interface NoticeContext {
  actorId: string | null;
  claimId: string;
  commentId?: string;
}

/**
 * Stores the notices inside the transaction of the change that caused them (so they exist exactly
 * when the change does), leaving out kinds a recipient turned off and disabled recipients.
 */
export async function recordNotices(tx: Tx, notices: Notice[], context: NoticeContext): Promise<number> {
  if (notices.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: { id: { in: [...new Set(notices.map((notice) => notice.userId))] }, disabledAt: null },
    select: { id: true, notificationsOff: true },
  });
  const turnedOff = new Map<string, readonly NotificationKind[]>(recipients.map((user) => [user.id, user.notificationsOff]));
  const active = new Set(recipients.map((user) => user.id));
  const chosen = wanted(notices, turnedOff).filter((notice) => active.has(notice.userId));
  for (const notice of chosen) {
    const notification = await tx.notification.create({
      data: { userId: notice.userId, kind: notice.kind, text: notice.text ?? null, claimId: context.claimId, commentId: context.commentId ?? null, actorId: context.actorId },
      select: { id: true },
    });
    await emitEvent(tx, "notification.created", { id: notification.id, kind: notice.kind, claimId: context.claimId }, notice.userId);
  }
  return chosen.length;
}
