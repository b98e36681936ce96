import { can, type Action, type ResourceFacts } from "@/lib/auth/permissions";
import type { Actor } from "./actors";
import { AppError } from "../http/errors";

/** The check every server action and route handler makes before it does anything. */
export function authorize(actor: Actor | null, action: Action, facts?: ResourceFacts): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated", "Sign in or send a valid API token");
  if (!can(actor, action, facts)) throw new AppError("forbidden", "Your role does not allow this");
}
