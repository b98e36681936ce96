import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { findUserByEmail } from "@/lib/server/users/users";

// The review API over real HTTP: status codes and bodies as a client sees them.
beforeAll(() => useDatabase(inject("databaseUrl")));
afterAll(() => disconnectDb());

const tokens = {} as Record<Role, string>;
const ids = {} as Record<Role, string>;

async function call(role: Role | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (role) headers.authorization = `Bearer ${tokens[role]}`;
  const response = await fetch(`${inject("baseUrl")}/api/v1${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe("the review API over HTTP", () => {
  beforeAll(async () => {
    for (const role of ["fact_checker", "editor", "viewer"] as const) {
      const user = await findUserByEmail(inject("accounts")[role].email);
      ids[role] = user!.id;
      tokens[role] = (await issueApiToken({ userId: user!.id, name: "review-api" }, SYSTEM_ACTOR)).token;
    }
  });

  test("a claim goes through assign, source, verdict, return, verdict, approve, with the documented status codes", async () => {
    const text = `Kyiv, ${randomUUID()}\n\nOfficials said 14 civilians were killed when a missile struck an apartment block in Dnipro on Friday.`;
    const created = await call("fact_checker", "POST", "/articles", { text, title: "API journey" });
    expect(created.status).toBe(201);
    const articleId = created.body.id as string;

    expect((await call(null, "GET", `/articles/${articleId}`)).status).toBe(401);
    expect((await call("viewer", "GET", "/articles/unknown")).status).toBe(404);
    const article = await call("viewer", "GET", `/articles/${articleId}`);
    expect(article.status).toBe(200);
    const claim = article.body.claims[0];
    expect(claim).toMatchObject({ id: expect.any(String), start: expect.any(Number), end: expect.any(Number), text: expect.any(String), state: "new", version: 1 });
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);

    expect((await call("fact_checker", "POST", `/claims/${claim.id}/assign`, { userId: ids.fact_checker })).status).toBe(403);
    expect(await call("editor", "POST", `/claims/${claim.id}/assign`, { userId: ids.fact_checker })).toMatchObject({ status: 200, body: { state: "in_review", version: 2 } });

    const edited = await call("fact_checker", "PATCH", `/claims/${claim.id}`, { version: 2, statement: "14 civilians were killed in Dnipro.", type: "casualties" });
    expect(edited).toMatchObject({ status: 200, body: { statement: "14 civilians were killed in Dnipro.", version: 3, state: "in_review" } });
    const stale = await call("editor", "PATCH", `/claims/${claim.id}`, { version: 2, speaker: "Officials" });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "conflict", changedBy: inject("accounts").fact_checker.name, currentVersion: 3 } } });
    expect((await call("viewer", "PATCH", `/claims/${claim.id}`, { version: 3, speaker: "x" })).status).toBe(403);
    expect((await call("fact_checker", "PATCH", `/claims/${claim.id}`, { version: 3, start: 0, end: 100_000 })).body.error.fields.end).toBeDefined();

    const badSource = await call("fact_checker", "POST", `/claims/${claim.id}/sources`, { url: "file:///etc/passwd", stance: "agrees" });
    expect(badSource).toMatchObject({ status: 400, body: { error: { code: "invalid", fields: { url: expect.any(Array), stance: expect.any(Array) } } } });
    const source = await call("fact_checker", "POST", `/claims/${claim.id}/sources`, { url: "https://dnipro.gov.ua/news/1", title: "City council", stance: "supports" });
    expect(source).toMatchObject({ status: 201, body: { id: expect.any(String), url: "https://dnipro.gov.ua/news/1", stance: "supports" } });

    expect((await call("fact_checker", "POST", `/claims/${claim.id}/verdicts`, { rating: "true" })).body.error.fields.rationale).toBeDefined();
    const first = await call("fact_checker", "POST", `/claims/${claim.id}/verdicts`, { rating: "true", rationale: "The city council confirms 14." });
    expect(first).toEqual({ status: 201, body: { id: expect.any(String), state: "proposed" } });
    expect((await call("fact_checker", "POST", `/verdicts/${first.body.id}/approve`)).status).toBe(403);
    expect((await call("editor", "POST", `/verdicts/${first.body.id}/return`, {})).status).toBe(400);
    expect(await call("editor", "POST", `/verdicts/${first.body.id}/return`, { note: "Add the regional figure." })).toMatchObject({ status: 200, body: { state: "returned" } });

    const second = await call("fact_checker", "POST", `/claims/${claim.id}/verdicts`, { rating: "mostly_true", rationale: "Council says 14; region says 13." });
    const approved = await call("editor", "POST", `/verdicts/${second.body.id}/approve`);
    expect(approved).toMatchObject({ status: 200, body: { state: "approved" } });
    expect((await call("editor", "POST", "/verdicts/unknown/approve")).status).toBe(404);
    const locked = await call("fact_checker", "PATCH", `/claims/${claim.id}`, { version: approved.body.version, statement: "locked" });
    expect(locked).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("reopen") } } });

    const history = await call("viewer", "GET", `/claims/${claim.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.entries.map((entry: { action: string }) => entry.action)).toEqual([
      "claim.assign", "claim.edit", "source.add", "verdict.propose", "verdict.return", "verdict.propose", "verdict.approve",
    ]);
    expect((await call("viewer", "GET", "/claims/unknown/history")).status).toBe(404);
  });
});
