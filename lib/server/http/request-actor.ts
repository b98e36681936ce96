import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { bearerToken } from "@/lib/auth/api-token";
import { actorForApiToken, type Actor } from "../auth/actors";
import { authOptions } from "../auth/auth-options";
import { actorForSession } from "../auth/sessions";

/**
 * The user behind the current request: an `Authorization: Bearer` API token if one is sent
 * (an invalid token is not retried as a session), otherwise the signed-in session, which must
 * still be open on the server (not signed out, not ended by disabling the user).
 */
export async function requestActor(): Promise<Actor | null> {
  const token = bearerToken((await headers()).get("authorization"));
  if (token) return actorForApiToken(token);
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  return user?.id && user.sid ? actorForSession(user.sid, user.id) : null;
}

/**
 * How to re-check, later in a long request such as an event stream, the credentials the request
 * came with: the API token (revoked?) or the session (signed out or ended by disabling?).
 */
export async function requestActorReloader(): Promise<() => Promise<Actor | null>> {
  const token = bearerToken((await headers()).get("authorization"));
  if (token) return () => actorForApiToken(token);
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  const { id, sid } = user ?? {};
  return async () => (id && sid ? actorForSession(sid, id) : null);
}
