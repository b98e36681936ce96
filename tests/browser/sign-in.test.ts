import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { launchChromium, screenshot, signIn } from "./chromium";

const EXPECTED_NAV: Record<Role, string[]> = {
  viewer: ["Articles", "Claims", "Search", "Figures", "Reports"],
  fact_checker: ["Articles", "New article", "Imports", "Claims", "My queue", "Search", "Figures", "Reports"],
  editor: ["Articles", "New article", "Imports", "Claims", "My queue", "Approval queue", "Search", "Figures", "Reports"],
  admin: ["Articles", "New article", "Imports", "Claims", "My queue", "Approval queue", "Search", "Figures", "Reports", "Users", "Publishing", "Ratings", "Tags", "Feeds", "Webhooks", "Jobs"],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in", () => {
  test("pages other than sign-in send a visitor to sign in", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/articles`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.close();
  });

  for (const role of ROLES) {
    test(`a ${role} lands on the dashboard with the navigation the role allows`, async () => {
      const account = inject("accounts")[role];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await signIn(page, inject("baseUrl"), account.email, account.password);
      await page.getByRole("heading", { name: "Dashboard" }).waitFor();
      const nav = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents();
      expect(nav).toEqual(EXPECTED_NAV[role]);
      await expect(page.getByTestId("who").textContent()).resolves.toContain(account.name);
      await screenshot(page, `sign-in-${role}`);
      await context.close();
    });
  }

  test("a wrong password gets a generic error and stays on sign-in", async () => {
    const page = await browser.newPage();
    await signIn(page, inject("baseUrl"), inject("accounts").viewer.email, "not the password");
    // Next renders an empty route announcer with role=alert too: look inside the form.
    const alert = page.locator("form").getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe("The email or password is incorrect.");
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.close();
  });

  test("a viewer opening the admin page is refused", async () => {
    const account = inject("accounts").viewer;
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, inject("baseUrl"), account.email, account.password);
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    const response = await page.goto(`${inject("baseUrl")}/admin/users`);
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { name: "Not allowed" }).waitFor();
    await context.close();
  });
});
