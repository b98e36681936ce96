import type { Role } from "./roles";

export const ACTIONS = [
  "article:read",
  "article:import",
  "article:reextract",
  "article:archive",
  "claim:edit",
  "claim:dismiss",
  "claim:assign",
  "claim:reopen",
  "source:edit",
  "verdict:propose",
  "verdict:decide",
  "comment:write",
  "comment:moderate",
  "export:read",
  "token:create",
  "user:manage",
  "settings:manage",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Principal {
  id: string | null;
  role: Role;
}

/** What a resource contributes to a decision; only the fields a rule needs. */
export interface ResourceFacts {
  /** Who proposed the verdict being decided. */
  proposedById?: string | null;
  /** The admin setting that lets viewers comment. */
  viewersMayComment?: boolean;
}

const READ: Action[] = ["article:read", "export:read", "token:create"];
const CHECK: Action[] = [...READ, "comment:write", "article:import", "claim:edit", "claim:dismiss", "source:edit", "verdict:propose"];
const EDIT: Action[] = [...CHECK, "claim:assign", "claim:reopen", "verdict:decide"];

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  viewer: new Set(READ),
  fact_checker: new Set(CHECK),
  editor: new Set(EDIT),
  admin: new Set(ACTIONS),
};

export function can(user: Principal | null | undefined, action: Action, resource: ResourceFacts = {}): boolean {
  if (!user) return false;
  if (action === "comment:write" && user.role === "viewer") return resource.viewersMayComment === true;
  if (!GRANTS[user.role].has(action)) return false;
  // Four eyes: nobody approves or returns their own verdict, admins included.
  if (action === "verdict:decide" && resource.proposedById === user.id) return false;
  return true;
}
