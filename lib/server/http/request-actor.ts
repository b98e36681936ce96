import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { bearerToken } from "@/lib/auth/api-token";
import { rateBudget } from "@/lib/auth/rate-limit";
import type { Actor } from "../auth/actors";
import { authOptions } from "../auth/auth-options";
import { countApiRequest, enforceRateLimit } from "../auth/rate-limit";
import { actorForSession } from "../auth/sessions";
import { actorForApiToken, authenticateApiToken } from "../auth/token-access";

/**
 * The signed-in user behind a page or server action, whose session must still be open on the
 * server (not signed out, not ended by disabling the user). API tokens do not open pages or run
 * server actions: their scopes are defined for the API only.
 */
export async function requestActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  return user?.id && user.sid ? actorForSession(user.sid, user.id) : null;
}

export interface ApiCaller {
  actor: Actor | null;
  /** Rate-limit headers for the answer; token requests only, sessions are not limited. */
  headers: Record<string, string>;
}

/**
 * The user behind an API request: an `Authorization: Bearer` token if one is sent (an invalid
 * token is not retried as a session), checked for the scope the request needs and counted against
 * its rate limit; otherwise the signed-in session.
 */
export async function apiCaller(request: Request, now: Date = new Date()): Promise<ApiCaller> {
  const token = bearerToken((await headers()).get("authorization"));
  if (!token) return { actor: await requestActor(), headers: {} };
  const caller = await authenticateApiToken(token, { method: request.method, pathname: new URL(request.url).pathname }, now);
  if (!caller) return { actor: null, headers: {} };
  const limit = await countApiRequest(caller.tokenId, rateBudget(request.method), now);
  return { actor: caller.actor, headers: enforceRateLimit(limit, now) };
}

/**
 * How to re-check, later in a long request such as an event stream, the credentials the request
 * came with: the API token (revoked or expired?) or the session (signed out or ended by disabling?).
 */
export async function requestActorReloader(): Promise<() => Promise<Actor | null>> {
  const token = bearerToken((await headers()).get("authorization"));
  if (token) return () => actorForApiToken(token);
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  const { id, sid } = user ?? {};
  return async () => (id && sid ? actorForSession(sid, id) : null);
}
