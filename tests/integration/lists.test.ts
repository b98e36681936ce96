import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { encodeCursor } from "@/lib/paging/cursor";
import { importArticles } from "@/lib/server/articles/articles";
import { setArticleArchived } from "@/lib/server/articles/archive";
import { listArticlePage } from "@/lib/server/articles/article-list";
import { takeClaim } from "@/lib/server/claims/assignments";
import { listClaimPage } from "@/lib/server/claims/claim-list";
import { db } from "@/lib/server/db/client";
import { errorResponse } from "@/lib/server/http/http";
import { search } from "@/lib/server/search/search";
import { listImportJobPage } from "@/lib/server/imports/imports";
import { listUserPage } from "@/lib/server/users/users";
import { makeUser } from "./helpers";
import { articleWithClaims } from "./review-fixtures";

async function status(call: () => Promise<unknown>): Promise<{ status: number; message: string; fields?: Record<string, string[]> }> {
  try {
    await call();
    return { status: 200, message: "" };
  } catch (error) {
    const response = errorResponse(error);
    const body = (await response.json()).error;
    return { status: response.status, message: body.message, fields: body.fields };
  }
}

/** Articles of one outlet named for the test, so other tests' articles never show in its lists. */
async function articlesOf(outlet: string, count: number, actor: Awaited<ReturnType<typeof makeUser>>) {
  const inputs = Array.from({ length: count }, (_, index) => ({
    text: `${outlet} report ${index} ${randomUUID()}. Officials said 12 civilians were injured in Kharkiv on Tuesday.`,
    title: `${outlet} ${index}`,
    outlet,
    publishedAt: new Date(Date.UTC(2024, 0, 1 + (index % 5))),
  }));
  const outcomes = await importArticles(inputs, actor);
  return outcomes.map((outcome) => (outcome.status === "created" ? outcome.articleId : ""));
}

describe("the articles list", () => {
  test("pages through every article once, with no gaps or repeats, while others are inserted meanwhile", async () => {
    const checker = await makeUser("fact_checker");
    const outlet = `Paging ${randomUUID().slice(0, 8)}`;
    const before = await articlesOf(outlet, 23, checker);
    for (const sort of ["published", "imported", "outlet", "open"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      let inserted: string[] = [];
      do {
        const page = await listArticlePage({ outlet, sort, limit: "5", ...(cursor ? { cursor } : {}) }, checker);
        if (pages === 0) expect(page.total).toBe(23);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
        // Rows arriving between pages must not shift the pages already being read.
        if (pages === 1) inserted = await articlesOf(outlet, 3, checker);
        pages++;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
      // New rows appear at most once; those sorted before the current position are left for a fresh start.
      expect(seen.filter((id) => inserted.includes(id)).length).toBeLessThanOrEqual(3);
      await db().article.deleteMany({ where: { id: { in: inserted } } });
    }
  });

  test("filters by outlet, date range and unchecked claims, and shows checked/total claims per row", async () => {
    const checker = await makeUser("fact_checker");
    const { articleId, claimIds } = await articleWithClaims(checker);
    const outlet = `Counts ${randomUUID().slice(0, 8)}`;
    await db().article.update({ where: { id: articleId }, data: { outlet, publishedAt: new Date("2024-03-10T12:00:00Z") } });
    await db().claim.update({ where: { id: claimIds[0]! }, data: { status: "approved" } });
    await db().claim.update({ where: { id: claimIds[1]! }, data: { status: "dismissed" } });
    const [row] = (await listArticlePage({ outlet }, checker)).items;
    expect(row).toMatchObject({ id: articleId, claims: 2, checked: 1, open: 1 });

    expect((await listArticlePage({ outlet, from: "2024-03-10", to: "2024-03-10" }, checker)).total).toBe(1);
    expect((await listArticlePage({ outlet, from: "2024-03-11" }, checker)).total).toBe(0);
    expect((await listArticlePage({ outlet, unchecked: "true" }, checker)).total).toBe(1);
    await db().claim.update({ where: { id: claimIds[2]! }, data: { status: "approved" } });
    expect((await listArticlePage({ outlet, unchecked: "true" }, checker)).total).toBe(0);
    expect((await listArticlePage({ outlet, unchecked: "false" }, checker)).total).toBe(1);
  });

  test("400 for a limit out of range, an unknown filter value, or a malformed or foreign cursor", async () => {
    const viewer = await makeUser("viewer");
    expect(await status(() => listArticlePage({ limit: "201" }, viewer))).toMatchObject({ status: 400, fields: { limit: expect.any(Array) } });
    expect(await status(() => listArticlePage({ limit: "0" }, viewer))).toMatchObject({ status: 400 });
    const sort = await status(() => listArticlePage({ sort: "colour" }, viewer));
    expect(sort).toMatchObject({ status: 400, fields: { sort: expect.any(Array) } });
    expect(sort.message).toMatch(/sort must be one of/i);
    expect(await status(() => listArticlePage({ unchecked: "maybe" }, viewer))).toMatchObject({ status: 400, fields: { unchecked: expect.any(Array) } });
    expect(await status(() => listArticlePage({ from: "last week" }, viewer))).toMatchObject({ status: 400, fields: { from: expect.any(Array) } });
    expect(await status(() => listArticlePage({ cursor: "not-a-cursor" }, viewer))).toMatchObject({ status: 400, fields: { cursor: expect.any(Array) } });
    const claimsCursor = encodeCursor("claims", "published", ["2024-01-01T00:00:00.000Z", "a", -1, "b"]);
    const foreign = await status(() => listArticlePage({ cursor: claimsCursor }, viewer));
    expect(foreign).toMatchObject({ status: 400 });
    expect(foreign.message).toContain("another list");
    const otherSort = encodeCursor("articles", "imported", ["2024-01-01T00:00:00.000Z", "a"]);
    expect((await status(() => listArticlePage({ cursor: otherSort, sort: "published" }, viewer))).message).toContain("another sort");
    const badValue = encodeCursor("articles", "published", ["yesterday", "a"]);
    expect(await status(() => listArticlePage({ cursor: badValue }, viewer))).toMatchObject({ status: 400 });
    expect(await status(() => listArticlePage({}, null))).toMatchObject({ status: 401 });
  });

  test("admins archive an article: it leaves lists and search, keeps its claims and history, and comes back when unarchived", async () => {
    const admin = await makeUser("admin");
    const checker = await makeUser("fact_checker");
    const outlet = `Archive ${randomUUID().slice(0, 8)}`;
    const [articleId] = await articlesOf(outlet, 1, checker);
    const word = `zebrafinch${randomUUID().slice(0, 6).replace(/\d/g, "x")}`;
    await db().article.update({ where: { id: articleId! }, data: { title: `Report on ${word}` } });
    expect((await search({ q: word }, checker)).articles.map((hit) => hit.id)).toEqual([articleId]);

    expect(await status(() => setArticleArchived(articleId!, {}, checker))).toMatchObject({ status: 403 });
    await setArticleArchived(articleId!, {}, admin);
    expect((await listArticlePage({ outlet }, checker)).total).toBe(0);
    expect((await listArticlePage({ outlet, archived: "true" }, checker)).items.map((item) => item.id)).toEqual([articleId]);
    expect((await listClaimPage({ articleId }, checker)).total).toBe(0);
    expect((await search({ q: word }, checker)).articles).toEqual([]);
    expect(await db().claim.count({ where: { articleId: articleId! } })).toBeGreaterThan(0);

    await setArticleArchived(articleId!, { archived: false }, admin);
    expect((await listArticlePage({ outlet }, checker)).total).toBe(1);
    const audit = await db().auditEntry.findMany({ where: { entityType: "Article", entityId: articleId! }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
    expect(audit.map((entry) => entry.action)).toEqual(["article.import", "article.archive", "article.unarchive"]);
    expect(audit[1]!.actorId).toBe(admin.id);
  });
});

describe("the claims list", () => {
  test("pages every claim of the filters once under concurrent inserts, with total and assignee filters", async () => {
    const checker = await makeUser("fact_checker");
    const outlet = `Claims ${randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let index = 0; index < 4; index++) {
      const { articleId, claimIds } = await articleWithClaims(checker);
      await db().article.update({ where: { id: articleId }, data: { outlet } });
      ids.push(...claimIds);
    }
    for (const sort of ["published", "imported", "waiting", "outlet"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await listClaimPage({ outlet, sort, limit: 5, ...(cursor ? { cursor } : {}) }, checker);
        expect(page.total).toBeGreaterThanOrEqual(12);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
        if (pages++ === 0) {
          const extra = await articleWithClaims(checker);
          await db().article.update({ where: { id: extra.articleId }, data: { outlet } });
        }
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of ids) expect(seen).toContain(id);
    }
    await takeClaim(ids[0]!, {}, checker);
    expect((await listClaimPage({ outlet, assignee: "me" }, checker)).items.map((item) => item.id)).toEqual([ids[0]]);
    expect((await listClaimPage({ outlet, assignee: checker.id, state: "in_review" }, checker)).total).toBe(1);
    expect((await listClaimPage({ outlet, assignee: "none" }, checker)).items.map((item) => item.id)).not.toContain(ids[0]);
    expect(await status(() => listClaimPage({ assignee: "nobody-by-this-id" }, checker))).toMatchObject({ status: 400, fields: { assignee: expect.any(Array) } });
    const state = await status(() => listClaimPage({ state: "lost" }, checker));
    expect(state).toMatchObject({ status: 400, fields: { state: expect.any(Array) } });
    expect(state.message).toMatch(/state must be one of/i);
    expect(await status(() => listClaimPage({ type: "weather" }, checker))).toMatchObject({ status: 400, fields: { type: expect.any(Array) } });
    const articleCursor = encodeCursor("articles", "published", ["2024-01-01T00:00:00.000Z", "a"]);
    expect((await status(() => listClaimPage({ cursor: articleCursor }, checker))).message).toContain("another list");
  });
});

describe("the users and imports lists", () => {
  test("page by keyset with totals and filters", async () => {
    const admin = await makeUser("admin");
    for (let index = 0; index < 4; index++) await makeUser("viewer");
    const seen: string[] = [];
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await listUserPage({ limit: 3, ...(cursor ? { cursor } : {}) }, admin);
      total = page.total;
      seen.push(...page.items.map((user) => user.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain(admin.id);
    expect((await listUserPage({ role: "admin" }, admin)).items.every((user) => user.role === "admin")).toBe(true);
    expect(await status(() => listUserPage({ role: "owner" }, admin))).toMatchObject({ status: 400, fields: { role: expect.any(Array) } });
    expect(await status(() => listUserPage({ cursor: encodeCursor("imports", "newest", ["2024-01-01T00:00:00.000Z", "x"]) }, admin))).toMatchObject({ status: 400 });
    expect(await status(() => listImportJobPage({ status: "lost" }, admin))).toMatchObject({ status: 400, fields: { status: expect.any(Array) } });
    expect(await listImportJobPage({ status: "done" }, admin)).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
  });
});
