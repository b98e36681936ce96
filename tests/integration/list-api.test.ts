import { randomUUID } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { db } from "@/lib/server/db/client";
import { expectAnswerDeclared } from "./api-client";
import { makeUser } from "./helpers";
import { articleWithClaims } from "./review-fixtures";

// The route handlers read the caller from the request headers; here they come from the test.
const requestHeaders = { current: new Headers() };
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

const articlesRoute = await import("@/app/api/v1/articles/route");
const claimsRoute = await import("@/app/api/v1/claims/route");
const bulkRoute = await import("@/app/api/v1/claims/bulk/route");
const archiveRoute = await import("@/app/api/v1/articles/[id]/archive/route");
const linksRoute = await import("@/app/api/v1/claims/[id]/links/route");

const context = <Params>(params: Params) => ({ params: Promise.resolve(params) });
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;
// Every answer is checked against the shape the OpenAPI document declares for it.
const checked = async (handler: Handler, request: Request, params: Record<string, string> = {}) => expectAnswerDeclared(request, await handler(request, context(params)));
const get = (route: { GET: Handler }, url: string) => checked(route.GET, new Request(`http://test${url}`));
const post = (url: string, body?: unknown) =>
  new Request(`http://test${url}`, { method: "POST", headers: { "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function as(role: "viewer" | "fact_checker" | "editor" | "admin") {
  const user = await makeUser(role);
  const { token } = await issueApiToken({ userId: user.id }, SYSTEM_ACTOR);
  requestHeaders.current = new Headers({ authorization: `Bearer ${token}` });
  return user;
}

interface ListBody {
  items: { id: string }[];
  nextCursor: string | null;
  total: number;
}

describe("GET /api/v1/articles and /api/v1/claims", () => {
  test("page through everything with no duplicates or gaps while articles are added, with the total", async () => {
    const checker = await as("fact_checker");
    const outlet = `API ${randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let index = 0; index < 7; index++) {
      const { articleId } = await articleWithClaims(checker);
      await db().article.update({ where: { id: articleId }, data: { outlet, publishedAt: new Date(Date.UTC(2024, 1, 1 + index)) } });
      ids.push(articleId);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: Response = await get(articlesRoute, `/api/v1/articles?outlet=${encodeURIComponent(outlet)}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as ListBody;
      expect(Object.keys(body).sort()).toEqual(["items", "nextCursor", "total"]);
      if (pages === 0) expect(body.total).toBe(7);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
      // Articles published later than any already listed are inserted between pages: they sort first and are not met again.
      if (pages++ === 0) {
        const { articleId } = await articleWithClaims(checker);
        await db().article.update({ where: { id: articleId }, data: { outlet, publishedAt: new Date(Date.UTC(2025, 0, 1)) } });
      }
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const claims = (await (await get(claimsRoute, `/api/v1/claims?outlet=${encodeURIComponent(outlet)}&limit=200&sort=outlet`)).json()) as ListBody;
    expect(claims.total).toBe(24);
    expect(claims.items).toHaveLength(24);
    expect(claims.nextCursor).toBeNull();
  });

  test("400 naming the parameter for an unknown filter value, a limit out of range, or a foreign cursor; 401 without a valid token", async () => {
    await as("viewer");
    const cursor = ((await (await get(articlesRoute, "/api/v1/articles?limit=1")).json()) as ListBody).nextCursor!;
    for (const [route, url, field] of [
      [claimsRoute, "/api/v1/claims?state=lost", "state"],
      [claimsRoute, "/api/v1/claims?type=weather", "type"],
      [claimsRoute, "/api/v1/claims?assignee=nobody", "assignee"],
      [articlesRoute, "/api/v1/articles?unchecked=perhaps", "unchecked"],
      [articlesRoute, "/api/v1/articles?sort=size", "sort"],
      [articlesRoute, "/api/v1/articles?limit=500", "limit"],
      [articlesRoute, "/api/v1/articles?cursor=%%%", "cursor"],
      [claimsRoute, `/api/v1/claims?cursor=${encodeURIComponent(cursor)}`, "cursor"],
      // The probe's case: `skip=1e30` answered 500; an unknown parameter is now named and refused.
      [articlesRoute, "/api/v1/articles?skip=1e30", "skip"],
      [claimsRoute, "/api/v1/claims?take=10", "take"],
    ] as const) {
      const response = await get(route, url);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { message: string; fields: Record<string, string[]> } };
      expect(error.fields[field]).toBeDefined();
      expect(error.message.toLowerCase()).toContain(field.toLowerCase());
    }
    requestHeaders.current = new Headers({ authorization: "Bearer not-a-token" });
    expect((await get(articlesRoute, "/api/v1/articles")).status).toBe(401);
  });
});

describe("POST /api/v1/claims/bulk, /articles/{id}/archive and /claims/{id}/links", () => {
  test("bulk reports done and skipped; archive is for admins; links take a kind", async () => {
    const checker = await as("fact_checker");
    const { articleId, claimIds } = await articleWithClaims(checker);
    await db().claim.update({ where: { id: claimIds[1]! }, data: { version: { increment: 1 } } });
    const bulk = await checked(bulkRoute.POST, post("/api/v1/claims/bulk", { action: "take", ids: claimIds.map((id) => ({ id, version: 1 })) }), {});
    expect(bulk.status).toBe(200);
    const result = (await bulk.json()) as { done: { id: string }[]; skipped: { id: string; reason: string }[] };
    expect(result.done.map((entry) => entry.id)).toEqual([claimIds[0], claimIds[2]]);
    expect(result.skipped).toEqual([{ id: claimIds[1], code: "conflict", reason: expect.stringContaining("changed this claim") }]);
    const tooMany = await checked(bulkRoute.POST, post("/api/v1/claims/bulk", { action: "take", ids: Array.from({ length: 1001 }, (_, index) => ({ id: `x${index}`, version: 1 })) }), {});
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error: { message: string } }).error.message).toContain("At most 1,000 claims");

    const other = await articleWithClaims(checker);
    const link = await checked(linksRoute.POST, post(`/api/v1/claims/${claimIds[0]}/links`, { targetClaimId: other.claimIds[0], kind: "same_figure" }), { id: claimIds[0]! });
    expect(link.status).toBe(201);
    expect(await link.json()).toMatchObject({ kind: "same_figure" });
    const noReuse = await checked(linksRoute.POST, post(`/api/v1/claims/${claimIds[2]}/links`, { targetClaimId: other.claimIds[1], kind: "same_claim", reuse: false }), { id: claimIds[2]! });
    expect(noReuse.status).toBe(201);
    expect((await db().claimLink.findFirstOrThrow({ where: { claimId: claimIds[2]! } })).kind).toBe("same_claim");
    const badKind = await checked(linksRoute.POST, post(`/api/v1/claims/${claimIds[0]}/links`, { targetClaimId: other.claimIds[0], kind: "cousin" }), { id: claimIds[0]! });
    expect(badKind.status).toBe(400);

    expect((await checked(archiveRoute.POST, post(`/api/v1/articles/${articleId}/archive`), { id: articleId })).status).toBe(403);
    await as("admin");
    const archived = await checked(archiveRoute.POST, post(`/api/v1/articles/${articleId}/archive`), { id: articleId });
    expect(archived.status).toBe(200);
    expect(((await archived.json()) as { archivedAt: string | null }).archivedAt).not.toBeNull();
    const unarchived = await checked(archiveRoute.POST, post(`/api/v1/articles/${articleId}/archive`, { archived: false }), { id: articleId });
    expect(((await unarchived.json()) as { archivedAt: string | null }).archivedAt).toBeNull();
  });
});
