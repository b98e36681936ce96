import { describe, expect, test } from "vitest";
import { claimPage, neighbourIds } from "@/lib/articles/claim-pages";

describe("the article page's claim list pages", () => {
  test("the page holding the selected claim is shown unless a page is asked for", () => {
    expect(claimPage(500, {}, 50)).toEqual({ page: 1, pages: 10, from: 0, to: 50 });
    expect(claimPage(500, { selectedIndex: 250 }, 50)).toEqual({ page: 6, pages: 10, from: 250, to: 300 });
    expect(claimPage(500, { selectedIndex: 250, requested: "2" }, 50)).toEqual({ page: 2, pages: 10, from: 50, to: 100 });
  });
  test("pages out of range or malformed fall back inside the list", () => {
    expect(claimPage(120, { requested: "99" }, 50)).toEqual({ page: 3, pages: 3, from: 100, to: 120 });
    expect(claimPage(120, { requested: "0" }, 50)).toMatchObject({ page: 1 });
    expect(claimPage(120, { requested: "two" }, 50)).toMatchObject({ page: 1 });
    expect(claimPage(0, {}, 50)).toEqual({ page: 1, pages: 1, from: 0, to: 0 });
  });
  test("previous and next claims in reading order", () => {
    expect(neighbourIds(["a", "b", "c"], "b")).toEqual({ previousId: "a", nextId: "c" });
    expect(neighbourIds(["a", "b", "c"], "c")).toEqual({ previousId: "b", nextId: null });
    expect(neighbourIds(["a", "b", "c"], undefined)).toEqual({ previousId: null, nextId: "a" });
    expect(neighbourIds([], undefined)).toEqual({ previousId: null, nextId: null });
  });
});
