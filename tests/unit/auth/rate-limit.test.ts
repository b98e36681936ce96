import { describe, expect, test } from "vitest";
import { rateBudget, rateLimitHeaders, windowStart } from "@/lib/auth/rate-limit";

describe("rate-limit windows and headers", () => {
  test("every process puts a moment in the same minute window", () => {
    expect(windowStart(new Date("2026-06-15T10:30:42.500Z"))).toEqual(new Date("2026-06-15T10:30:00Z"));
    expect(rateBudget("HEAD")).toBe("read");
    expect(rateBudget("DELETE")).toBe("write");
  });

  test("under the limit: what is left and when it resets, no Retry-After", () => {
    const now = new Date("2026-06-15T10:30:42.500Z");
    const headers = rateLimitHeaders({ budget: "read", limit: 600, count: 10, resetAt: new Date("2026-06-15T10:31:00Z") }, now);
    expect(headers).toEqual({
      "RateLimit-Limit": "600",
      "RateLimit-Remaining": "590",
      "RateLimit-Reset": "18",
      "X-RateLimit-Limit": "600",
      "X-RateLimit-Remaining": "590",
      "X-RateLimit-Reset": String(Date.parse("2026-06-15T10:31:00Z") / 1000),
    });
  });

  test("over the limit: nothing remaining and Retry-After in whole seconds, at least 1", () => {
    const headers = rateLimitHeaders({ budget: "write", limit: 2, count: 3, resetAt: new Date("2026-06-15T10:31:00Z") }, new Date("2026-06-15T10:30:59.900Z"));
    expect(headers["RateLimit-Remaining"]).toBe("0");
    expect(headers["Retry-After"]).toBe("1");
  });
});
