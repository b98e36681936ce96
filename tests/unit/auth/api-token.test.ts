import { describe, expect, test } from "vitest";
import { bearerToken, generateApiToken, hashApiToken } from "@/lib/auth/api-token";

describe("API tokens", () => {
  test("a new token is random, prefixed, and stored only as its hash", () => {
    const first = generateApiToken();
    const second = generateApiToken();
    expect(first.token).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.tokenHash).toBe(hashApiToken(first.token));
    expect(first.tokenHash).not.toContain(first.token.slice(3));
    expect(first.token.startsWith(first.prefix)).toBe(true);
  });

  test("bearer header parsing", () => {
    expect(bearerToken("Bearer cd_abc")).toBe("cd_abc");
    expect(bearerToken("bearer   cd_abc  ")).toBe("cd_abc");
    expect(bearerToken("Basic Zm9vOmJhcg==")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
