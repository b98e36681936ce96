import { db } from "../db/client";
import type { Actor } from "./actors";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Records a new browser session at sign-in; its id travels in the signed session cookie. */
export async function startSession(userId: string): Promise<string> {
  const session = await db().session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Ends a session at sign-out: its cookie, even if kept or copied, is refused from then on. */
export async function endSession(sessionId: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * The user behind a session cookie, read on every request: an ended or expired session, or a
 * disabled user, is nobody, and a role change applies at once.
 */
export async function actorForSession(sessionId: string, userId: string): Promise<Actor | null> {
  const session = await db().session.findUnique({
    where: { id: sessionId },
    select: { userId: true, endedAt: true, expiresAt: true, user: { select: { id: true, role: true, name: true, disabledAt: true } } },
  });
  if (!session || session.userId !== userId || session.endedAt || session.expiresAt.getTime() <= Date.now() || session.user.disabledAt) return null;
  return { id: session.user.id, role: session.user.role, name: session.user.name };
}
