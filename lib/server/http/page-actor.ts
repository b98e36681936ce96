import { forbidden, redirect } from "next/navigation";
import { can, type Action } from "@/lib/auth/permissions";
import type { Actor } from "../auth/actors";
import { requestActor } from "./request-actor";

/** For pages: the signed-in user, or a redirect to sign-in; a user without `action` gets a 403 page. */
export async function requirePageActor(action?: Action): Promise<Actor> {
  const actor = await requestActor();
  if (!actor) redirect("/signin");
  if (action && !can(actor, action)) forbidden();
  return actor;
}
