import { hashApiToken } from "@/lib/auth/api-token";
import { hasScope, requiredScope, ADMIN_API_PREFIX, type TokenScope } from "@/lib/auth/token-scopes";
import type { Actor } from "./actors";
import { db } from "../db/client";
import { AppError } from "../http/errors";

// lastUsedAt is for people deciding which tokens to revoke: minute precision is plenty, and it
// spares a write on every request.
const TOUCH_INTERVAL_MS = 60_000;

/** What a request asks of its token: the method and the path decide the scope it needs. */
export interface TokenAccess {
  method: string;
  pathname: string;
}

export interface TokenCaller {
  actor: Actor;
  tokenId: string;
}

async function findToken(token: string) {
  return db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, role: true, name: true, disabledAt: true } },
    },
  });
}

type TokenRecord = NonNullable<Awaited<ReturnType<typeof findToken>>>;

/** Why a known token no longer works, as the 401 its client sees; null while it works. */
function endedRefusal(record: TokenRecord, now: Date): AppError | null {
  if (record.revokedAt) return new AppError("unauthenticated", `This API token was revoked at ${record.revokedAt.toISOString()}`);
  if (record.expiresAt && record.expiresAt.getTime() <= now.getTime()) {
    return new AppError("unauthenticated", `This API token expired at ${record.expiresAt.toISOString()}; create a new one in Settings`);
  }
  return null;
}

function scopeRefusal(scope: TokenScope, access: TokenAccess): AppError {
  const why = scope === "admin" ? `which every request under ${ADMIN_API_PREFIX} needs` : `which ${access.method.toUpperCase()} requests need`;
  return new AppError("forbidden", `This API token lacks the "${scope}" scope, ${why}`);
}

/**
 * The user behind a bearer token, for one request. Unknown tokens and disabled users give null
 * (the route then answers 401); a revoked or expired token is a 401 saying so and when; a token
 * without the scope the request needs is a 403 naming it. The owner's role is checked afterwards
 * by the route as for any user, so a scope never adds a right the role lacks.
 */
export async function authenticateApiToken(token: string, access: TokenAccess, now: Date): Promise<TokenCaller | null> {
  const record = await findToken(token);
  if (!record || record.user.disabledAt) return null;
  const ended = endedRefusal(record, now);
  if (ended) throw ended;
  const scope = requiredScope(access.method, access.pathname);
  if (!hasScope(record.scopes, scope)) throw scopeRefusal(scope, access);
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db().apiToken.update({ where: { id: record.id }, data: { lastUsedAt: now } });
  }
  const actor = { id: record.user.id, role: record.user.role, name: record.user.name, token: { scopes: record.scopes, expiresAt: record.expiresAt } };
  return { actor, tokenId: record.id };
}

/** Whether a token still acts for its user (not revoked, expired or disabled), for re-checks during a long request. */
export async function actorForApiToken(token: string, now: Date = new Date()): Promise<Actor | null> {
  const record = await findToken(token);
  if (!record || record.user.disabledAt || endedRefusal(record, now)) return null;
  return { id: record.user.id, role: record.user.role, name: record.user.name };
}
