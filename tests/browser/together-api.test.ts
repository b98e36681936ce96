import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { db, disconnectDb, useDatabase } from "@/lib/server/db/client";
import { findUserByEmail } from "@/lib/server/users/users";

// Comments, notifications and the event stream over real HTTP, against the built app.
beforeAll(() => useDatabase(inject("databaseUrl")));
afterAll(() => disconnectDb());

const DEADLINE_MS = 20_000;
const tokens = {} as Record<Role, string>;
const ids = {} as Record<Role, string>;

async function call(role: Role | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (role) headers.authorization = `Bearer ${tokens[role]}`;
  const response = await fetch(`${inject("baseUrl")}/api/v1${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** An open event stream whose text accumulates as it arrives. */
async function openStream(token: string, lastEventId?: string) {
  const abort = new AbortController();
  const response = await fetch(`${inject("baseUrl")}/api/v1/events`, {
    headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { "last-event-id": lastEventId } : {}) },
    signal: abort.signal,
  });
  const stream = { status: response.status, type: response.headers.get("content-type"), text: "", ended: false, close: () => abort.abort() };
  const reader = response.body!.getReader();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        stream.text += new TextDecoder().decode(value);
      }
    } catch {
      // aborted by the test
    }
    stream.ended = true;
  })();
  return stream;
}

function events(text: string) {
  return [...text.matchAll(/^id: (\d+)\nevent: (\S+)\ndata: (.*)$/gm)].map((match) => ({ id: match[1]!, type: match[2]!, data: JSON.parse(match[3]!) as Record<string, unknown> }));
}

async function until(check: () => boolean, what: string, seen: () => string) {
  const deadline = Date.now() + DEADLINE_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`no ${what} within ${DEADLINE_MS} ms:\n${seen()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("comments, notifications and events over HTTP", () => {
  beforeAll(async () => {
    for (const role of ["fact_checker", "editor", "viewer"] as const) {
      const user = await findUserByEmail(inject("accounts")[role].email);
      ids[role] = user!.id;
      tokens[role] = (await issueApiToken({ userId: user!.id, name: "together-api" }, SYSTEM_ACTOR)).token;
    }
  });

  test("comments and notifications with the documented status codes", async () => {
    const text = `Odesa, ${randomUUID()}\n\nOfficials said more than 3,000 tonnes of grain left Odesa on Tuesday.`;
    const article = await call("fact_checker", "POST", "/articles", { text, title: "Comments API" });
    const claimId = article.body.claims[0].id as string;
    const checkerName = inject("accounts").fact_checker.name;

    expect((await call(null, "POST", `/claims/${claimId}/comments`, { body: "hi" })).status).toBe(401);
    expect((await call("viewer", "POST", `/claims/${claimId}/comments`, { body: "hi" })).status).toBe(403);
    const tooLong = await call("editor", "POST", `/claims/${claimId}/comments`, { body: "x".repeat(10_001) });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body)).toContain("10,000 characters");
    const created = await call("editor", "POST", `/claims/${claimId}/comments`, { body: `@${checkerName} <script>x</script> see [this](https://example.org)` });
    expect(created.status).toBe(201);
    expect(created.body.html).toBe(
      `<p><span class="mention" data-user-id="${ids.fact_checker}">@${checkerName}</span> &lt;script&gt;x&lt;/script&gt; see <a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">this</a></p>`,
    );
    expect((await call("viewer", "GET", `/claims/${claimId}/comments`)).body.items).toHaveLength(1);
    expect((await call("fact_checker", "PATCH", `/comments/${created.body.id}`, { body: "mine now" })).status).toBe(403);
    expect(await call("editor", "PATCH", `/comments/${created.body.id}`, { body: "edited" })).toMatchObject({ status: 200, body: { body: "edited" } });

    const inbox = await call("fact_checker", "GET", "/me/notifications?unread=1");
    expect(inbox).toMatchObject({ status: 200, body: { unread: expect.any(Number), nextCursor: null } });
    // Other tests' claims fall overdue while the suite runs, so the mention need not be the newest item.
    const mention = (inbox.body.items as Record<string, any>[]).find((item) => item.kind === "mentioned" && item.claim?.id === claimId);
    expect(mention).toMatchObject({ kind: "mentioned", claim: { id: claimId }, actor: { name: inject("accounts").editor.name } });
    expect((await call("fact_checker", "POST", "/me/notifications/read", { ids: [] })).status).toBe(400);
    expect(await call("fact_checker", "POST", "/me/notifications/read", { all: true })).toMatchObject({ status: 200, body: { unread: 0 } });
    expect((await call("editor", "DELETE", `/comments/${created.body.id}`)).status).toBe(200);
    expect((await call("editor", "DELETE", `/comments/${created.body.id}`)).status).toBe(404);
  });

  test("the event stream: 401 without a user, live events, Last-Event-ID replay, closed when the token is revoked", async () => {
    const anonymous = await fetch(`${inject("baseUrl")}/api/v1/events`);
    expect(anonymous.status).toBe(401);

    const text = `Kyiv, ${randomUUID()}\n\nThe air force said it shot down 40 of 45 drones overnight.`;
    const article = await call("fact_checker", "POST", "/articles", { text, title: "Events API" });
    const claimId = article.body.claims[0].id as string;
    const stream = await openStream(tokens.fact_checker);
    expect(stream.status).toBe(200);
    expect(stream.type).toContain("text/event-stream");
    await until(() => stream.text.includes(": connected"), "connection", () => stream.text);

    expect((await call("editor", "POST", `/claims/${claimId}/assign`, { userId: ids.fact_checker })).status).toBe(200);
    await until(() => stream.text.includes("event: notification.created"), "notification", () => stream.text);
    const change = events(stream.text).find((event) => event.type === "claim.changed" && event.data.claimId === claimId)!;
    expect(change.data).toEqual({ claimId, articleId: article.body.id, state: "in_review", version: 2, by: inject("accounts").editor.name });
    stream.close();

    const replay = await openStream(tokens.fact_checker, String(BigInt(change.id) - 1n));
    await until(() => events(replay.text).some((event) => event.id === change.id), "replay", () => replay.text);
    expect(events(replay.text).find((event) => event.id === change.id)).toEqual(change);

    await db().apiToken.updateMany({ where: { userId: ids.fact_checker, name: "together-api" }, data: { revokedAt: new Date() } });
    await until(() => replay.ended, "end of the stream after revoking its token", () => replay.text);
    expect(replay.text).toContain("event: closed");
  });
});
