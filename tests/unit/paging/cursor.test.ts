import { describe, expect, test } from "vitest";
import { articleListSchema } from "@/lib/articles/list";
import { decodeCursor, encodeCursor, pageOf } from "@/lib/paging/cursor";
import { bulkSchema, uniqueRefs } from "@/lib/review/bulk";
import { claimListSchema } from "@/lib/review/claim-list";

describe("page cursors", () => {
  test("round-trip the sort key of the list and sort they were made for", () => {
    const cursor = encodeCursor("articles", "outlet", [false, "Reuters", "id-1"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "articles", "outlet", ["boolean", "text", "text"])).toEqual({ ok: true, values: [false, "Reuters", "id-1"] });
  });

  test("refuse a cursor of another list or sort, or one that is not a cursor", () => {
    const cursor = encodeCursor("claims", "published", ["2024-01-01T00:00:00.000Z", "a", -3, "b"]);
    expect(decodeCursor(cursor, "articles", "published", ["timestamp", "text"])).toMatchObject({ ok: false, reason: expect.stringContaining("another list") });
    expect(decodeCursor(cursor, "claims", "imported", ["timestamp", "text", "integer", "text"])).toMatchObject({ ok: false, reason: expect.stringContaining("another sort") });
    expect(decodeCursor("garbage!", "claims", "published", ["timestamp"])).toMatchObject({ ok: false });
    expect(decodeCursor(encodeCursor("claims", "published", ["soon", "a", -3, "b"]), "claims", "published", ["timestamp", "text", "integer", "text"])).toMatchObject({ ok: false });
    expect(decodeCursor(encodeCursor("claims", "published", ["2024-01-01T00:00:00.000Z", "a", 1.5, "b"]), "claims", "published", ["timestamp", "text", "integer", "text"])).toMatchObject({ ok: false });
    expect(decodeCursor(encodeCursor("claims", "published", ["2024-01-01T00:00:00.000Z", "a"]), "claims", "published", ["timestamp", "text", "integer", "text"])).toMatchObject({ ok: false });
  });

  test("a page of limit + 1 rows has a next cursor from its last shown row; a short page has none", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(pageOf(rows, 2, (row) => row.id)).toEqual({ items: [{ id: "a" }, { id: "b" }], nextCursor: "b" });
    expect(pageOf(rows, 3, (row) => row.id)).toEqual({ items: rows, nextCursor: null });
  });
});

describe("list parameters", () => {
  test("limit 1–200, defaults, and unknown filter values named", () => {
    expect(articleListSchema.parse({})).toMatchObject({ limit: 50, sort: "published" });
    expect(articleListSchema.parse({ limit: "200", unchecked: "true" })).toMatchObject({ limit: 200, unchecked: true });
    for (const [input, field] of [[{ limit: "201" }, "limit"], [{ limit: "0" }, "limit"], [{ sort: "size" }, "sort"], [{ unchecked: "yes" }, "unchecked"], [{ to: "2024-13-45" }, "to"]] as const) {
      const parsed = articleListSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual([field]);
    }
    expect(claimListSchema.parse({ state: "open", type: "aid" })).toMatchObject({ state: "open", type: "aid", sort: "published" });
    expect(claimListSchema.safeParse({ state: "closed" }).error!.issues[0]!.message).toContain("state must be one of");
  });
});

describe("bulk requests", () => {
  test("more than 1,000 claims is refused with a clear message; each action's field is required", () => {
    const ids = Array.from({ length: 1001 }, (_, index) => ({ id: `c${index}`, version: 1 }));
    expect(bulkSchema.safeParse({ action: "take", ids }).error!.issues[0]!.message).toContain("At most 1,000 claims");
    expect(bulkSchema.safeParse({ action: "take", ids: ids.slice(0, 1000) }).success).toBe(true);
    expect(bulkSchema.safeParse({ action: "assign", ids: ids.slice(0, 1) }).error!.issues[0]!.path).toEqual(["userId"]);
    expect(bulkSchema.safeParse({ action: "retype", ids: ids.slice(0, 1) }).error!.issues[0]!.path).toEqual(["type"]);
    expect(bulkSchema.safeParse({ action: "dismiss", ids: ids.slice(0, 1) }).error!.issues[0]!.path).toEqual(["reason"]);
    expect(bulkSchema.safeParse({ action: "take", ids: [] }).success).toBe(false);
  });

  test("a claim named twice is changed once, with the first version given", () => {
    expect(uniqueRefs([{ id: "a", version: 1 }, { id: "b", version: 2 }, { id: "a", version: 5 }])).toEqual([{ id: "a", version: 1 }, { id: "b", version: 2 }]);
  });
});
