import { afterEach, describe, expect, test, vi } from "vitest";
import { API_OPERATIONS, type OperationId } from "@/lib/api/contract";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { createOwnApiToken, issueApiToken, listOwnApiTokens, revokeOwnApiToken } from "@/lib/server/auth/api-tokens";
import { authorize } from "@/lib/server/auth/authz";
import { actorForApiToken, authenticateApiToken } from "@/lib/server/auth/token-access";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/http/errors";
import { apiRoute } from "@/lib/server/http/http";
import { setDisabled } from "@/lib/server/users/users";
import { expectDeclared } from "./api-client";
import { makeUser } from "./helpers";

// The route handlers read the caller from the request headers; here they come from the test.
const requestHeaders = { current: new Headers() };
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

const tokens = await import("@/app/api/v1/me/tokens/route");
const token = await import("@/app/api/v1/me/tokens/[id]/route");
const articles = await import("@/app/api/v1/articles/route");
const { apiCaller } = await import("@/lib/server/http/request-actor");

// Every time here is fixed: nothing depends on the day the tests run.
const T0 = new Date("2030-03-01T12:00:10Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const DAY = 86_400_000;

const context = <Params>(params: Params) => ({ params: Promise.resolve(params) });
const as = (bearer: string | null) => {
  requestHeaders.current = new Headers(bearer ? { authorization: `Bearer ${bearer}` } : {});
};
const request = (method: string, path: string, body?: unknown) =>
  new Request(`http://test${path}`, { method, ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) });
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

afterEach(() => {
  vi.useRealTimers();
  delete process.env.API_RATE_LIMIT_READS_PER_MINUTE;
  delete process.env.API_RATE_LIMIT_WRITES_PER_MINUTE;
});

const GET_ME = { method: "GET", pathname: "/api/v1/me" };

/** The answer's body, checked against what the operation's contract declares for its status. */
async function answer(operationId: OperationId, response: Response): Promise<unknown> {
  const body: unknown = await response.json();
  expectDeclared(API_OPERATIONS[operationId], response.status, body);
  return body;
}

describe("API tokens", () => {
  test("a user issues their own token; it authenticates as them and only its hash is stored", async () => {
    const user = await makeUser("fact_checker");
    const issued = await issueApiToken({ userId: user.id, name: "laptop" }, user, T0);
    expect(issued).toMatchObject({ name: "laptop", scopes: ["read", "write"], expiresAt: null, createdAt: T0.toISOString() });
    const caller = await authenticateApiToken(issued.token, GET_ME, T0);
    expect(caller?.actor).toMatchObject({ id: user.id, role: "fact_checker", name: user.name });
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(JSON.stringify(stored)).not.toContain(issued.token);
  });

  test("lastUsedAt is written at first use, then at most once a minute", async () => {
    const user = await makeUser("editor");
    const { id, token: secret } = await issueApiToken({ userId: user.id }, user, T0);
    const lastUsed = async () => (await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await authenticateApiToken(secret, GET_ME, later(1_000));
    expect(await lastUsed()).toEqual(later(1_000));
    await authenticateApiToken(secret, GET_ME, later(30_000));
    expect(await lastUsed()).toEqual(later(1_000));
    await authenticateApiToken(secret, GET_ME, later(61_000));
    expect(await lastUsed()).toEqual(later(61_000));
  });

  test("unknown tokens authenticate nobody", async () => {
    expect(await authenticateApiToken("cd_not-a-real-token", GET_ME, T0)).toBeNull();
    expect(await actorForApiToken("cd_not-a-real-token")).toBeNull();
  });

  test("only an admin issues tokens for someone else", async () => {
    const editor = await makeUser("editor");
    const other = await makeUser("viewer");
    await expect(issueApiToken({ userId: other.id }, editor)).rejects.toBeInstanceOf(AppError);
    const admin = await makeUser("admin");
    const issued = await issueApiToken({ userId: other.id }, admin);
    expect((await actorForApiToken(issued.token))?.id).toBe(other.id);
  });

  test("disabling a user stops their tokens at once, and enabling them again does not bring the tokens back", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    const { token: secret } = await issueApiToken({ userId: user.id }, user);
    await setDisabled({ userId: user.id, disabled: true }, admin);
    expect(await actorForApiToken(secret)).toBeNull();
    await setDisabled({ userId: user.id, disabled: false }, admin);
    expect(await actorForApiToken(secret)).toBeNull();
    const fresh = await issueApiToken({ userId: user.id }, user);
    expect((await actorForApiToken(fresh.token))?.id).toBe(user.id);
  });
});

describe("scopes", () => {
  test("a read token that POSTs is refused with 403 naming write", async () => {
    const user = await makeUser("fact_checker");
    as((await issueApiToken({ userId: user.id, scopes: ["read"] }, user)).token);
    expect((await tokens.GET(request("GET", "/api/v1/me/tokens"), context({}))).status).toBe(200);
    const response = await articles.POST(request("POST", "/api/v1/articles", { text: "A claim.", title: "T" }), context({}));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toEqual({ code: "forbidden", message: 'This API token lacks the "write" scope, which POST requests need' });
  });

  test("a write token under /api/v1/admin/ is refused with 403 naming admin, even for an admin's token", async () => {
    const admin = await makeUser("admin");
    const adminRoute = apiRoute(async ({ actor }) => {
      authorize(actor, "user:manage");
      return Response.json({ ok: true });
    });
    as((await issueApiToken({ userId: admin.id, scopes: ["write"] }, admin)).token);
    const refused = await adminRoute(request("GET", "/api/v1/admin/users"), context({}));
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toBe('This API token lacks the "admin" scope, which every request under /api/v1/admin/ needs');
    as((await issueApiToken({ userId: admin.id, scopes: ["admin"] }, admin)).token);
    expect((await adminRoute(request("POST", "/api/v1/admin/users"), context({}))).status).toBe(200);
  });

  test("a non-admin cannot mint an admin token, by the API or directly", async () => {
    const editor = await makeUser("editor");
    as((await issueApiToken({ userId: editor.id }, editor)).token);
    const response = await tokens.POST(request("POST", "/api/v1/me/tokens", { name: "ops", scopes: ["admin"] }), context({}));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toContain('"admin" scope is for admins\' tokens only');
    const direct = await refusal(createOwnApiToken({ name: "ops", scopes: ["read", "admin"] }, editor));
    expect(direct.code).toBe("forbidden");
  });

  test("a scope never adds a right the role lacks: a viewer's write token cannot import", async () => {
    const viewer = await makeUser("viewer");
    as((await issueApiToken({ userId: viewer.id, scopes: ["write"] }, viewer)).token);
    const response = await articles.POST(request("POST", "/api/v1/articles", { text: "A claim.", title: "T" }), context({}));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toBe("Your role does not allow this");
  });

  test("a token cannot make a token with more scopes or a later expiry than its own", async () => {
    const admin = await makeUser("admin");
    const caller = await authenticateApiToken((await issueApiToken({ userId: admin.id, scopes: ["write"], expires: "30d" }, admin, T0)).token, { method: "POST", pathname: "/api/v1/me/tokens" }, T0);
    const wider = await refusal(createOwnApiToken({ name: "x", scopes: ["admin"] }, caller!.actor, T0));
    expect(wider.message).toBe('This API token lacks the "admin" scope, so the tokens it makes cannot have it');
    const longer = await refusal(createOwnApiToken({ name: "x", scopes: ["read"], expires: "never" }, caller!.actor, T0));
    expect(longer.details?.fields).toEqual({ expires: [`must be no later than ${later(30 * DAY).toISOString()}, when the token making it expires`] });
    expect((await createOwnApiToken({ name: "x", scopes: ["read"], expires: "7d" }, caller!.actor, T0)).scopes).toEqual(["read"]);
  });

  test("unknown fields and scopes are refused, naming them", async () => {
    const user = await makeUser("editor");
    const unknownField = await refusal(createOwnApiToken({ name: "x", scopes: ["read"], colour: "red" }, user));
    expect(unknownField.message).toMatch(/colour/);
    const unknownScope = await refusal(createOwnApiToken({ name: "x", scopes: ["everything"] }, user));
    expect(unknownScope.details?.fields).toHaveProperty(["scopes.0"]);
  });
});

describe("expiry and revocation", () => {
  test("a token past its expiry is refused with 401 saying when it expired", async () => {
    const user = await makeUser("editor");
    const { token: secret, expiresAt } = await issueApiToken({ userId: user.id, expires: "30d" }, user, T0);
    expect(expiresAt).toBe(later(30 * DAY).toISOString());
    expect(await authenticateApiToken(secret, GET_ME, later(30 * DAY - 1))).not.toBeNull();
    const expired = await refusal(authenticateApiToken(secret, GET_ME, later(30 * DAY)));
    expect(expired.code).toBe("unauthenticated");
    expect(expired.message).toBe(`This API token expired at ${later(30 * DAY).toISOString()}; create a new one in Settings`);
    expect(await actorForApiToken(secret, later(31 * DAY))).toBeNull();
  });

  test("an expiry date must be in the future", async () => {
    const user = await makeUser("editor");
    const past = await refusal(issueApiToken({ userId: user.id, expires: "2030-02-01" }, user, T0));
    expect(past.details?.fields).toEqual({ expires: ["the expiry 2030-02-01T00:00:00.000Z is not in the future"] });
  });

  test("over the API: list, create (secret once), revoke; the revoked token is then refused with 401; both audited", async () => {
    const user = await makeUser("fact_checker");
    as((await issueApiToken({ userId: user.id, name: "ci" }, user)).token);
    const created = await tokens.POST(request("POST", "/api/v1/me/tokens", { name: "cms", scopes: ["write"], expires: "90d" }), context({}));
    expect(created.status).toBe(201);
    const fresh = (await answer("createToken", created)) as { id: string; token: string; scopes: string[]; expiresAt: string };
    expect(fresh.scopes).toEqual(["read", "write"]);
    const listed = (await answer("listTokens", await tokens.GET(request("GET", "/api/v1/me/tokens"), context({})))) as { items: Record<string, unknown>[] };
    expect(listed.items.map((item) => item.name)).toEqual(["cms", "ci"]);
    expect(JSON.stringify(listed)).not.toContain(fresh.token);

    const revoked = await token.DELETE(request("DELETE", `/api/v1/me/tokens/${fresh.id}`), context({ id: fresh.id }));
    expect(revoked.status).toBe(200);
    const { revokedAt } = (await answer("revokeToken", revoked)) as { revokedAt: string };
    as(fresh.token);
    const refused = await tokens.GET(request("GET", "/api/v1/me/tokens"), context({}));
    expect(refused.status).toBe(401);
    expect(await errorOf(refused)).toEqual({ code: "unauthenticated", message: `This API token was revoked at ${revokedAt}` });
    const audit = await db().auditEntry.findMany({ where: { entityId: fresh.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["token.create", "token.revoke"]);
  });

  test("nobody revokes someone else's token", async () => {
    const owner = await makeUser("editor");
    const other = await makeUser("admin");
    const { id } = await issueApiToken({ userId: owner.id }, owner);
    expect((await refusal(revokeOwnApiToken({ id }, other))).code).toBe("not_found");
    expect((await listOwnApiTokens(other)).map((item) => item.id)).not.toContain(id);
  });
});

describe("rate limits", () => {
  test("past the write budget a token gets 429 with Retry-After until the next window; reads have their own budget", async () => {
    process.env.API_RATE_LIMIT_WRITES_PER_MINUTE = "2";
    const user = await makeUser("editor");
    const { id, token: secret } = await issueApiToken({ userId: user.id }, user);
    as(secret);
    const post = () => request("POST", "/api/v1/me/tokens");
    const first = await apiCaller(post(), later(0));
    expect(first.headers).toMatchObject({ "RateLimit-Limit": "2", "RateLimit-Remaining": "1", "RateLimit-Reset": "50" });
    await apiCaller(post(), later(1_000));
    const limited = await refusal(apiCaller(post(), later(40_000)));
    expect(limited.code).toBe("rate_limited");
    expect(limited.message).toBe("This token has used its 2 write requests for this minute (API_RATE_LIMIT_WRITES_PER_MINUTE); try again in 10 s");
    expect((limited as AppError & { headers: Record<string, string> }).headers).toMatchObject({ "Retry-After": "10", "RateLimit-Remaining": "0" });
    expect((await apiCaller(request("GET", "/api/v1/me"), later(40_000))).actor?.id).toBe(user.id);

    const nextWindow = await apiCaller(post(), later(MINUTE));
    expect(nextWindow.headers["RateLimit-Remaining"]).toBe("1");
    const windows = await db().apiRateWindow.findMany({ where: { tokenId: id, budget: "write" } });
    expect(windows.map((window) => window.windowStart)).toEqual([new Date("2030-03-01T12:01:00Z")]);
  });

  test("over HTTP the 429 is a JSON error with Retry-After and RateLimit headers", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    process.env.API_RATE_LIMIT_READS_PER_MINUTE = "1";
    const user = await makeUser("viewer");
    as((await issueApiToken({ userId: user.id }, user)).token);
    const ok = await tokens.GET(request("GET", "/api/v1/me/tokens"), context({}));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("RateLimit-Remaining")).toBe("0");
    const limited = await tokens.GET(request("GET", "/api/v1/me/tokens"), context({}));
    expect(limited.status).toBe(429);
    expect((await errorOf(limited)).code).toBe("rate_limited");
    expect(limited.headers.get("Retry-After")).toBe("50");
    expect(limited.headers.get("X-RateLimit-Limit")).toBe("1");
    expect(limited.headers.get("X-RateLimit-Reset")).toBe(String(Date.parse("2030-03-01T12:01:00Z") / 1000));
  });
});
