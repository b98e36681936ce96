import type { Role } from "@/lib/auth/roles";
import type { TokenScope } from "@/lib/auth/token-scopes";
import { db } from "../db/client";

/** Who is acting: a signed-in or token-bearing user, or the system (CLI, seeding) with id null. */
export interface Actor {
  id: string | null;
  role: Role;
  name: string;
  /** Set when acting through an API token, so that tokens it makes get no more than it has. */
  token?: { scopes: TokenScope[]; expiresAt: Date | null };
}

export const SYSTEM_ACTOR: Actor = { id: null, role: "admin", name: "system" };

/** A user by id, re-read so that disabling or a role change shows at once; null once disabled. */
export async function actorForUserId(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, role: user.role, name: user.name };
}
