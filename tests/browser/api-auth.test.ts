import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { createUser, findUserByEmail, setDisabled } from "@/lib/server/users/users";
import { launchChromium, signIn } from "./chromium";

// HTTP-level checks against the running app: what an API client sees.
const base = () => inject("baseUrl");

beforeAll(() => useDatabase(inject("databaseUrl")));
afterAll(() => disconnectDb());

async function tokenFor(email: string) {
  const user = await findUserByEmail(email);
  return { user: user!, ...(await issueApiToken({ userId: user!.id }, SYSTEM_ACTOR)) };
}

describe("the API over HTTP", () => {
  test("GET /api/health answers ok without authentication", async () => {
    const response = await fetch(`${base()}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  test("no token or a wrong one is 401 with a JSON error", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer cd_wrong" }, { authorization: "Basic eDp5" }];
    for (const headers of attempts) {
      const response = await fetch(`${base()}/api/v1/me`, { headers });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    }
  });

  test("a bearer token acts as its user, and stops working the moment the user is disabled", async () => {
    const { user, token } = await tokenFor(inject("accounts").editor.email);
    const me = await fetch(`${base()}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toEqual({ id: user.id, name: user.name, role: "editor" });

    await setDisabled({ userId: user.id, disabled: true }, SYSTEM_ACTOR);
    try {
      const refused = await fetch(`${base()}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(refused.status).toBe(401);
    } finally {
      await setDisabled({ userId: user.id, disabled: false }, SYSTEM_ACTOR);
    }
  });
});

describe("the API's description and its errors over HTTP", () => {
  test("the OpenAPI document is served, and the reference page shows it with the app's own files", async () => {
    const document = (await (await fetch(`${base()}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/api/v1/claims/{id}/take"]).toBeDefined();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(base())) foreign.push(request.url());
      });
      await page.goto(`${base()}/api/docs`);
      await page.getByText("ClaimDesk API").first().waitFor();
      await page.getByText("/api/v1/claims/{id}/take").first().waitFor();
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test("a wrong method, an unknown path and a body that is not JSON answer in the error shape", async () => {
    const { token } = await tokenFor(inject("accounts").editor.email);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const wrongMethod = await fetch(`${base()}/api/v1/claims/x/take`, { headers });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    expect(((await wrongMethod.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
    const unknown = await fetch(`${base()}/api/v1/claimz`, { headers });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("not_found");
    const malformed = await fetch(`${base()}/api/v1/claims/x/take`, { method: "POST", headers, body: "{version:" });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: "invalid", message: "The request body is not valid JSON" } });
  });
});

describe("sessions", () => {
  test("a disabled user's open session stops working on the next page", async () => {
    const password = "session-test-password";
    const user = await createUser({ email: "short-lived@browser.test", name: "Short Lived", role: "fact_checker", password }, SYSTEM_ACTOR);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await signIn(page, base(), user.email, password);
      await page.getByRole("heading", { name: "Dashboard" }).waitFor();
      await setDisabled({ userId: user.id, disabled: true }, SYSTEM_ACTOR);
      await page.goto(`${base()}/articles`);
      expect(new URL(page.url()).pathname).toBe("/signin");
    } finally {
      await browser.close();
    }
  });
});
