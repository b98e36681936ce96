import { describe, expect, test } from "vitest";
import { ACTIONS, can, type Action } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";

// The whole policy as a table: a change to who may do what must change this table too.
const ALLOWED: Record<Action, Role[]> = {
  "article:read": ["admin", "editor", "fact_checker", "viewer"],
  "export:read": ["admin", "editor", "fact_checker", "viewer"],
  "token:create": ["admin", "editor", "fact_checker", "viewer"],
  "article:import": ["admin", "editor", "fact_checker"],
  "claim:edit": ["admin", "editor", "fact_checker"],
  "claim:dismiss": ["admin", "editor", "fact_checker"],
  "source:edit": ["admin", "editor", "fact_checker"],
  "verdict:propose": ["admin", "editor", "fact_checker"],
  "comment:write": ["admin", "editor", "fact_checker"],
  "comment:moderate": ["admin"],
  "claim:assign": ["admin", "editor"],
  "claim:reopen": ["admin", "editor"],
  "verdict:decide": ["admin", "editor"],
  "article:reextract": ["admin"],
  "article:archive": ["admin"],
  "user:manage": ["admin"],
  "settings:manage": ["admin"],
};

describe("can(user, action)", () => {
  test("the table names every action", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const expected = ALLOWED[action].includes(role);
      test(`${role} ${expected ? "may" : "may not"} ${action}`, () => {
        expect(can({ id: "u1", role }, action)).toBe(expected);
      });
    }
  }

  test("nobody is allowed anything without a user", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  test("an editor cannot decide a verdict they proposed, but can decide a colleague's", () => {
    expect(can({ id: "e1", role: "editor" }, "verdict:decide", { proposedById: "e1" })).toBe(false);
    expect(can({ id: "e1", role: "editor" }, "verdict:decide", { proposedById: "c7" })).toBe(true);
    expect(can({ id: "a1", role: "admin" }, "verdict:decide", { proposedById: "a1" })).toBe(false);
  });

  test("a viewer comments only when an admin allows it; the setting changes nothing for other roles", () => {
    expect(can({ id: "v1", role: "viewer" }, "comment:write", { viewersMayComment: false })).toBe(false);
    expect(can({ id: "v1", role: "viewer" }, "comment:write", { viewersMayComment: true })).toBe(true);
    expect(can({ id: "c1", role: "fact_checker" }, "comment:write", { viewersMayComment: false })).toBe(true);
    expect(can({ id: "v1", role: "viewer" }, "comment:moderate", { viewersMayComment: true })).toBe(false);
  });
});
