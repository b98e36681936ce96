import type { Role } from "@/lib/auth/roles";
import { hashApiToken } from "@/lib/auth/api-token";
import { db } from "../db/client";

/** Who is acting: a signed-in or token-bearing user, or the system (CLI, seeding) with id null. */
export interface Actor {
  id: string | null;
  role: Role;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, role: "admin", name: "system" };

const TOKEN_TOUCH_INTERVAL_MS = 60_000;

/** A user by id, re-read so that disabling or a role change shows at once; null once disabled. */
export async function actorForUserId(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, role: user.role, name: user.name };
}

export async function actorForApiToken(token: string): Promise<Actor | null> {
  const record = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, role: true, name: true, disabledAt: true } } },
  });
  if (!record || record.revokedAt || record.user.disabledAt) return null;
  const now = Date.now();
  if (!record.lastUsedAt || now - record.lastUsedAt.getTime() > TOKEN_TOUCH_INTERVAL_MS) {
    await db().apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { id: record.user.id, role: record.user.role, name: record.user.name };
}
