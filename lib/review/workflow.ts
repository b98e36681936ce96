import { can, type Action, type Principal } from "@/lib/auth/permissions";

export const CLAIM_STATES = ["new", "in_review", "proposed", "approved", "returned", "dismissed"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const STATE_LABELS: Record<ClaimState, string> = {
  new: "New",
  in_review: "In review",
  proposed: "Verdict proposed",
  approved: "Approved",
  returned: "Returned",
  dismissed: "Dismissed",
};

export const WORKFLOW_ACTIONS = [
  "take",
  "assign",
  "edit",
  "split",
  "merge",
  "source",
  "propose",
  "approve",
  "return",
  "dismiss",
  "restore",
  "reopen",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** The permission each workflow action needs; the role grants live in lib/auth/permissions.ts. */
export const ACTION_PERMISSION: Record<WorkflowAction, Action> = {
  take: "claim:edit",
  assign: "claim:assign",
  edit: "claim:edit",
  split: "claim:edit",
  merge: "claim:edit",
  source: "source:edit",
  propose: "verdict:propose",
  approve: "verdict:decide",
  return: "verdict:decide",
  dismiss: "claim:dismiss",
  restore: "claim:dismiss",
  reopen: "claim:reopen",
};

// Content and sources are locked while a verdict is pending, so what an editor approves is exactly
// what the fact-checker proposed, never the approver's own rewrite: to change the claim, the editor
// returns the verdict with a note. Assignment does not touch content and stays open.
const OPEN: ClaimState[] = ["new", "in_review", "returned"];
const ASSIGNABLE: ClaimState[] = [...OPEN, "proposed"];

const FROM: Record<WorkflowAction, readonly ClaimState[]> = {
  take: OPEN,
  assign: ASSIGNABLE,
  edit: OPEN,
  split: OPEN,
  merge: OPEN,
  source: OPEN,
  propose: ["in_review", "returned"],
  approve: ["proposed"],
  return: ["proposed"],
  dismiss: OPEN,
  restore: ["dismissed"],
  reopen: ["approved"],
};

export interface ClaimFacts {
  state: ClaimState;
  assigneeId?: string | null;
  /** Author of the pending verdict, for approve and return. */
  proposedById?: string | null;
}

export type Decision =
  | { ok: true; to: ClaimState }
  | { ok: false; reason: "forbidden" | "invalid_transition"; message: string };

function target(action: WorkflowAction, claim: ClaimFacts): ClaimState {
  switch (action) {
    case "take":
    case "assign":
      return claim.state === "new" ? "in_review" : claim.state;
    case "propose":
      return "proposed";
    case "approve":
      return "approved";
    case "return":
      return "returned";
    case "dismiss":
      return "dismissed";
    case "restore":
      return claim.assigneeId ? "in_review" : "new";
    case "reopen":
      return "in_review";
    default:
      return claim.state;
  }
}

const WHY_NOT: Partial<Record<ClaimState, string>> = {
  approved: "the claim is approved and locked; an editor must reopen it first",
  dismissed: "the claim is dismissed; restore it first",
  proposed: "a verdict is waiting for an editor; the claim and its sources are locked until it is approved or returned",
  new: "nobody has taken the claim yet",
};

/** Whether `user` may do `action` to a claim in its current state, and the state it moves to. */
export function decide(user: Principal | null | undefined, action: WorkflowAction, claim: ClaimFacts): Decision {
  if (!can(user, ACTION_PERMISSION[action], { proposedById: claim.proposedById })) {
    const own = (action === "approve" || action === "return") && user && claim.proposedById === user.id;
    return { ok: false, reason: "forbidden", message: own ? "You cannot decide a verdict you proposed" : "Your role does not allow this" };
  }
  if (!FROM[action].includes(claim.state)) {
    const why = WHY_NOT[claim.state] ?? `the claim is ${claim.state.replace("_", " ")}`;
    return { ok: false, reason: "invalid_transition", message: `Cannot ${action} this claim: ${why}` };
  }
  return { ok: true, to: target(action, claim) };
}

/** The actions a user can take on a claim right now, for showing only the controls that will work. */
export function availableActions(user: Principal | null | undefined, claim: ClaimFacts): Set<WorkflowAction> {
  return new Set(WORKFLOW_ACTIONS.filter((action) => decide(user, action, claim).ok));
}

export const UNVERIFIABLE_RATING = "unverifiable";

/** A verdict rests on at least one source, unless its point is that nothing can be verified. */
export function verdictSourceProblem(ratingKey: string, sourceCount: number): string | null {
  if (ratingKey === UNVERIFIABLE_RATING || sourceCount > 0) return null;
  return "Attach at least one source before proposing this verdict (only Unverifiable needs none)";
}
