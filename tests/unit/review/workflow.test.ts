import { describe, expect, test } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { CLAIM_STATES, WORKFLOW_ACTIONS, availableActions, decide, verdictSourceProblem, type ClaimState, type WorkflowAction } from "@/lib/review/workflow";

const ALL: Role[] = ["admin", "editor", "fact_checker"];
const EDITORS: Role[] = ["admin", "editor"];

// The whole workflow as a table: who may do each action, and from which state to which.
// A claim in these rows has no assignee and a verdict proposed by someone else.
const TABLE: Record<WorkflowAction, { roles: Role[]; moves: Partial<Record<ClaimState, ClaimState>> }> = {
  take: { roles: ALL, moves: { new: "in_review", in_review: "in_review", returned: "returned" } },
  assign: { roles: EDITORS, moves: { new: "in_review", in_review: "in_review", returned: "returned", proposed: "proposed" } },
  // Locked while a verdict is pending (issue 16): an approver cannot approve their own rewrite.
  edit: { roles: ALL, moves: { new: "new", in_review: "in_review", returned: "returned" } },
  split: { roles: ALL, moves: { new: "new", in_review: "in_review", returned: "returned" } },
  merge: { roles: ALL, moves: { new: "new", in_review: "in_review", returned: "returned" } },
  source: { roles: ALL, moves: { new: "new", in_review: "in_review", returned: "returned" } },
  propose: { roles: ALL, moves: { in_review: "proposed", returned: "proposed" } },
  approve: { roles: EDITORS, moves: { proposed: "approved" } },
  return: { roles: EDITORS, moves: { proposed: "returned" } },
  dismiss: { roles: ALL, moves: { new: "dismissed", in_review: "dismissed", returned: "dismissed" } },
  restore: { roles: ALL, moves: { dismissed: "new" } },
  reopen: { roles: EDITORS, moves: { approved: "in_review" } },
};

describe("the claim workflow", () => {
  test("the table names every action", () => {
    expect(Object.keys(TABLE).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
  });

  for (const action of WORKFLOW_ACTIONS) {
    for (const state of CLAIM_STATES) {
      for (const role of ROLES) {
        const row = TABLE[action];
        const to = row.moves[state];
        const expected = !row.roles.includes(role) ? "forbidden" : to === undefined ? "invalid_transition" : to;
        test(`${role} ${action} from ${state} → ${expected}`, () => {
          const decision = decide({ id: "u1", role }, action, { state, assigneeId: null, proposedById: "someone-else" });
          expect(decision.ok ? decision.to : decision.reason).toBe(expected);
        });
      }
    }
  }

  test("nobody signed in may do anything", () => {
    for (const action of WORKFLOW_ACTIONS) expect(decide(null, action, { state: "in_review" }).ok).toBe(false);
  });

  test("an editor cannot approve or return a verdict they proposed", () => {
    for (const action of ["approve", "return"] as const) {
      const decision = decide({ id: "e1", role: "editor" }, action, { state: "proposed", proposedById: "e1" });
      expect(decision).toEqual({ ok: false, reason: "forbidden", message: "You cannot decide a verdict you proposed" });
    }
  });

  test("restoring an assigned claim puts it back in review", () => {
    expect(decide({ id: "c1", role: "fact_checker" }, "restore", { state: "dismissed", assigneeId: "c1" })).toEqual({ ok: true, to: "in_review" });
  });

  test("refusals explain themselves", () => {
    const decision = decide({ id: "c1", role: "fact_checker" }, "edit", { state: "approved" });
    expect(decision).toMatchObject({ ok: false, reason: "invalid_transition" });
    expect(decision.ok || decision.message).toContain("reopen");
  });

  test("the controls on offer are exactly the allowed actions", () => {
    expect([...availableActions({ id: "v1", role: "viewer" }, { state: "in_review" })]).toEqual([]);
    expect([...availableActions({ id: "c1", role: "fact_checker" }, { state: "approved" })]).toEqual([]);
    expect([...availableActions({ id: "e1", role: "editor" }, { state: "approved" })]).toEqual(["reopen"]);
  });

  test("a verdict needs a source unless it is unverifiable", () => {
    expect(verdictSourceProblem("false", 0)).toMatch(/at least one source/);
    expect(verdictSourceProblem("false", 1)).toBeNull();
    expect(verdictSourceProblem("unverifiable", 0)).toBeNull();
  });
});
