import { describe, expect, test, vi } from "vitest";
import { db } from "@/lib/server/db/client";
import { callApi, tokenFor } from "./api-client";
import { apiRequestHeaders } from "./api-headers";
import { makeUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./api-headers")).nextHeadersMock());

const catchAll = await import("@/app/api/v1/[...path]/route");
const assignRoute = await import("@/app/api/v1/claims/[id]/assign/route");

describe("admin operations under /api/v1/admin/", () => {
  test("organisation settings: read and change either part, refused for an editor, an unknown field or nothing to change", async () => {
    const admin = await tokenFor((await makeUser("admin")).id);
    const editor = await tokenFor((await makeUser("editor")).id);
    expect((await callApi("getOrganisation", { token: editor })).status).toBe(403);
    expect((await callApi("changeOrganisation", { token: editor, body: { extractionThreshold: 0.5 } })).status).toBe(403);

    const changed = await callApi("changeOrganisation", { token: admin, body: { organisation: { name: "Desk", url: "https://desk.example" }, extractionThreshold: 0.4 } });
    expect(changed).toMatchObject({ status: 200, body: { organisation: { name: "Desk", url: "https://desk.example" }, extractionThreshold: 0.4 } });
    expect((await callApi("getOrganisation", { token: admin })).body.extractionThreshold).toBe(0.4);

    const unknown = await callApi("changeOrganisation", { token: admin, body: { extractionThreshold: 0.5, threshold: 0.5 } });
    expect(unknown).toMatchObject({ status: 400, body: { error: { fields: { threshold: expect.any(Array) } } } });
    expect((await callApi("changeOrganisation", { token: admin, body: {} })).status).toBe(400);
    expect((await callApi("changeOrganisation", { token: admin, body: { extractionThreshold: 2 } })).status).toBe(400);
  });

  test("the rating scale is replaced whole: new ratings are added in order, ratings left out are retired", async () => {
    const admin = await tokenFor((await makeUser("admin")).id);
    const scale = (await callApi("getRatings", { token: admin })).body.items as { key: string; label: string; value: number; active: boolean }[];
    const kept = scale.map(({ key, label, value, active }) => ({ key, label, value, active }));
    const added = await callApi("replaceRatings", { token: admin, body: { ratings: [...kept, { key: "api_satire", label: "Satire", value: 0 }] } });
    expect(added.status).toBe(200);
    expect(added.body.items.at(-1)).toMatchObject({ key: "api_satire", active: true, position: kept.length + 1 });

    const retired = await callApi("replaceRatings", { token: admin, body: { ratings: kept } });
    expect(retired.body.items.find((rating: { key: string }) => rating.key === "api_satire")).toMatchObject({ active: false });
    expect((await callApi("replaceRatings", { token: admin, body: { ratings: [...kept, kept[0]] } })).status).toBe(400);
    expect((await callApi("replaceRatings", { token: admin, body: { ratings: kept, order: "asc" } })).status).toBe(400);
    expect((await callApi("replaceRatings", { token: await tokenFor((await makeUser("editor")).id), body: { ratings: kept } })).status).toBe(403);
  });

  test("users: create, list by role, change the role, disable; nobody disables themselves; duplicates conflict", async () => {
    const adminUser = await makeUser("admin");
    const admin = await tokenFor(adminUser.id);
    const email = `api-${Date.now()}@test.local`;
    const created = await callApi("createUser", { token: admin, body: { email, name: "Api Person", role: "viewer", password: "long enough password" } });
    expect(created).toMatchObject({ status: 201, body: { email, role: "viewer", disabledAt: null } });
    expect(JSON.stringify(created.body)).not.toContain("password");
    expect((await callApi("createUser", { token: admin, body: { email, name: "Again", role: "viewer", password: "long enough password" } })).status).toBe(409);
    expect((await callApi("createUser", { token: admin, body: { email: "x@test.local", name: "X", role: "viewer", password: "long enough password", admin: true } })).status).toBe(400);

    const viewers = await callApi("listUsers", { token: admin, query: { role: "viewer", limit: "200" } });
    expect(viewers.body.items.map((user: { email: string }) => user.email)).toContain(email);
    expect((await callApi("listUsers", { token: admin, query: { team: "x" } })).body).toMatchObject({ error: { fields: { team: expect.any(Array) } } });

    const id = created.body.id as string;
    expect((await callApi("changeUser", { token: admin, params: { id }, body: { role: "editor" } })).body.role).toBe("editor");
    expect((await callApi("changeUser", { token: admin, params: { id }, body: { disabled: true } })).body.disabledAt).not.toBeNull();
    expect((await callApi("changeUser", { token: admin, params: { id: adminUser.id }, body: { disabled: true } })).status).toBe(400);
    expect((await callApi("changeUser", { token: admin, params: { id: "nobody" }, body: { role: "viewer" } })).status).toBe(404);
    expect((await callApi("changeUser", { token: admin, params: { id }, body: {} })).status).toBe(400);
    expect((await callApi("listUsers", { token: await tokenFor((await makeUser("editor")).id) })).status).toBe(403);
  });
});

describe("import jobs", () => {
  test("listed a page at a time; cancelled by who started them or an admin, once", async () => {
    const starter = await makeUser("fact_checker");
    const token = await tokenFor(starter.id);
    const job = await db().importJob.create({ data: { sourceName: "feed.jsonl", createdById: starter.id } });
    const listed = await callApi("listImports", { token, query: { status: "queued" } });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(job.id);
    expect((await callApi("listImports", { token, query: { state: "queued" } })).status).toBe(400);

    expect((await callApi("cancelImport", { token: await tokenFor((await makeUser("fact_checker")).id), params: { id: job.id } })).status).toBe(403);
    const cancelled = await callApi("cancelImport", { token, params: { id: job.id } });
    expect(cancelled).toMatchObject({ status: 200, body: { status: "failed", error: `cancelled by ${starter.name}` } });
    expect((await callApi("cancelImport", { token, params: { id: job.id } })).status).toBe(409);
    expect((await callApi("cancelImport", { token, params: { id: "nope" } })).status).toBe(404);
    const other = await db().importJob.create({ data: { sourceName: "other.jsonl", createdById: starter.id } });
    expect((await callApi("cancelImport", { token: await tokenFor((await makeUser("admin")).id), params: { id: other.id } })).status).toBe(200);
  });
});

describe("errors in one shape", () => {
  test("an unknown /api/v1 path, whatever the method, answers not_found as JSON", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const response = await catchAll[method](new Request("http://test/api/v1/claimz", { method }));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found", message: expect.stringContaining("/api/v1/claimz") } });
    }
  });

  test("a body that is not JSON is invalid, in the error shape", async () => {
    apiRequestHeaders.current = new Headers({ authorization: `Bearer ${await tokenFor((await makeUser("editor")).id)}` });
    const request = new Request("http://test/api/v1/claims/x/assign", { method: "POST", headers: { "content-type": "application/json" }, body: "{userId:" });
    const response = await assignRoute.POST(request, { params: Promise.resolve({ id: "x" }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalid", message: "The request body is not valid JSON" } });
  });
});
