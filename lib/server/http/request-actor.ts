import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { bearerToken } from "@/lib/auth/api-token";
import { actorForApiToken, actorForUserId, type Actor } from "../auth/actors";
import { authOptions } from "../auth/auth-options";

/**
 * The user behind the current request: an `Authorization: Bearer` API token if one is sent
 * (an invalid token is not retried as a session), otherwise the signed-in session.
 */
export async function requestActor(): Promise<Actor | null> {
  const token = bearerToken((await headers()).get("authorization"));
  if (token) return actorForApiToken(token);
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return userId ? actorForUserId(userId) : null;
}
