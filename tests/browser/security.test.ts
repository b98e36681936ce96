/**
 * Issue 16's probe cases over HTTP against the running server (scripts/serve.ts): security
 * headers, sign-out ending the session on the server, and sign-in throttling by the connection's
 * address whatever X-Forwarded-For a client sends.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { createUser } from "@/lib/server/users/users";

const base = () => inject("baseUrl");
beforeAll(() => useDatabase(inject("databaseUrl")));
afterAll(() => disconnectDb());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP exchange from a chosen loopback address, so this test's failures fill a throttling bucket of its own. */
function send(path: string, { method = "GET", headers = {}, body, from }: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base()}${path}`, { method, headers, localAddress: from }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const cookiesOf = (answer: Answer) => (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]!);

async function signInOverHttp(email: string, password: string, { from, forwardedFor }: { from?: string; forwardedFor?: string } = {}) {
  const csrf = await send("/api/auth/csrf", { from });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookies = cookiesOf(csrf);
  const answer = await send("/api/auth/callback/credentials", {
    method: "POST",
    from,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = cookiesOf(answer).find((cookie) => cookie.includes("session-token"));
  // With json=true next-auth answers the address it would redirect to in the body.
  const next = String(answer.headers.location ?? "") + answer.body;
  return { session, cookies: [...cookies, ...(session ? [session] : [])], next };
}

describe("security headers", () => {
  test("pages carry a strict Content-Security-Policy with a fresh nonce on Next's scripts, and cannot be framed", async () => {
    const first = await send("/signin");
    const second = await send("/signin");
    const policy = String(first.headers["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(String(second.headers["content-security-policy"])).not.toContain(nonce!);
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(first.headers["x-frame-options"]).toBe("DENY");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    expect(first.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  test("API answers are never cached and carry the same headers", async () => {
    for (const path of ["/api/health", "/api/v1/me"]) {
      const answer = await send(path);
      expect(answer.headers["cache-control"]).toContain("no-store");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["x-frame-options"]).toBe("DENY");
    }
  });
});

describe("sessions end on the server", () => {
  test("a session cookie kept after signing out is refused", async () => {
    const password = "sign-out-test-password";
    const user = await createUser({ email: "signs-out@browser.test", name: "Signs Out", role: "viewer", password }, SYSTEM_ACTOR);
    const { session, cookies } = await signInOverHttp(user.email, password);
    expect(session).toBeTruthy();
    expect((await send("/api/v1/me", { headers: { cookie: cookies.join("; ") } })).status).toBe(200);

    const csrf = JSON.parse((await send("/api/auth/csrf", { headers: { cookie: cookies.join("; ") } })).body) as { csrfToken: string };
    await send("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, json: "true" }).toString(),
    });
    // The browser would drop the cookie; a copy of it must not work any more.
    const replayed = await send("/api/v1/me", { headers: { cookie: cookies.join("; ") } });
    expect(replayed.status).toBe(401);
  });
});

describe("sign-in throttling by address", () => {
  test("thirty wrong passwords with a new X-Forwarded-For each are throttled by the connection's address", async () => {
    const from = "127.0.0.77";
    const password = "throttle-test-password";
    const user = await createUser({ email: "throttled@browser.test", name: "Throttled", role: "viewer", password }, SYSTEM_ACTOR);
    for (let attempt = 0; attempt < 30; attempt++) {
      // A different account each time, so only the per-address limit can stop them.
      const result = await signInOverHttp(`nobody-${attempt}@browser.test`, "wrong", { from, forwardedFor: `198.51.100.${attempt}` });
      expect(result.session).toBeUndefined();
    }
    const refused = await signInOverHttp(user.email, password, { from, forwardedFor: "203.0.113.200" });
    expect(refused.session).toBeUndefined();
    expect(refused.next).toContain("error=throttled");
    // Another client, on another address, is not locked out by them.
    const other = await signInOverHttp(user.email, password, { from: "127.0.0.78" });
    expect(other.session).toBeTruthy();
  });
});
