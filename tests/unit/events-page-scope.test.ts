import { describe, expect, test } from "vitest";
import { pageShowsClaim } from "@/lib/events/page-scope";

describe("pageShowsClaim", () => {
  const event = { claimId: "c1", articleId: "a1" };
  test("summary pages refresh on any claim", () => {
    for (const page of ["/", "/queue", "/approvals", "/notifications"]) expect(pageShowsClaim(page, event)).toBe(true);
  });
  test("an article or claim page only for its own claims", () => {
    expect(pageShowsClaim("/articles/a1", event)).toBe(true);
    expect(pageShowsClaim("/articles/a2", event)).toBe(false);
    expect(pageShowsClaim("/articles/a1/report", event)).toBe(false);
    expect(pageShowsClaim("/claims/c1", event)).toBe(true);
    expect(pageShowsClaim("/claims/c2", event)).toBe(false);
    expect(pageShowsClaim("/articles/new", event)).toBe(false);
    expect(pageShowsClaim("/search", event)).toBe(false);
  });
});
