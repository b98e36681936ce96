import { describe, expect, test } from "vitest";
import { hasScope, normalizeScopes, requiredScope, scopesForRole } from "@/lib/auth/token-scopes";

describe("token scopes", () => {
  test.each([
    ["GET", "/api/v1/claims", "read"],
    ["HEAD", "/api/v1/claims", "read"],
    ["get", "/api/v1/claims", "read"],
    ["POST", "/api/v1/claims/c1/take", "write"],
    ["PATCH", "/api/v1/comments/c1", "write"],
    ["DELETE", "/api/v1/me/tokens/t1", "write"],
    ["GET", "/api/v1/admin/users", "admin"],
    ["POST", "/api/v1/admin/webhooks", "admin"],
    ["GET", "/api/v1/admin", "admin"],
    ["GET", "/api/v1/administrators", "read"],
  ])("%s %s needs %s", (method, pathname, scope) => {
    expect(requiredScope(method, pathname)).toBe(scope);
  });

  test("write brings read; admin stands alone", () => {
    expect(normalizeScopes(["write"])).toEqual(["read", "write"]);
    expect(normalizeScopes(["admin", "read", "read"])).toEqual(["read", "admin"]);
    expect(hasScope(["write"], "read")).toBe(true);
    expect(hasScope(["read"], "write")).toBe(false);
    expect(hasScope(["admin"], "write")).toBe(false);
    expect(hasScope(["read", "write"], "admin")).toBe(false);
  });

  test("only admins' tokens can hold admin", () => {
    expect(scopesForRole("admin")).toEqual(["read", "write", "admin"]);
    for (const role of ["editor", "fact_checker", "viewer"] as const) expect(scopesForRole(role)).toEqual(["read", "write"]);
  });
});
