import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, screenshot } from "./chromium";
import { base, signedIn } from "./desk-helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const me = (token: string) => fetch(`${base()}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });

async function createTokenAndRevoke(page: Page, label: string) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base() });
  await page.goto(`${base()}/settings`);
  const section = page.getByRole("region", { name: "API tokens" });
  const name = `script ${randomUUID().slice(0, 6)}`;
  await section.getByLabel("Name").fill(name);
  await section.getByLabel("Write (includes read)").check();
  await section.getByLabel("Expires").selectOption("30d");
  await section.getByRole("button", { name: "Create token" }).click();

  const secret = section.getByLabel("Your new token");
  await secret.waitFor();
  const token = await secret.inputValue();
  expect(token).toMatch(/^cd_/);
  await expect.poll(() => section.getByText("Copy it now: it is not shown again").count()).toBe(1);
  await section.getByRole("button", { name: "Copy" }).click();
  await section.getByRole("button", { name: "Copied" }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  const row = section.locator(`tr[data-token-name="${name}"]`);
  await expect.poll(() => row.textContent()).toContain("read, write");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await screenshot(page, `settings-tokens-created-${label}`);
  expect((await me(token)).status).toBe(200);

  // Shown once: after a reload only the prefix is on the page.
  await page.reload();
  expect(await page.content()).not.toContain(token);
  await expect.poll(() => row.locator("td").nth(4).textContent()).not.toBe("Never");

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect.poll(() => row.textContent()).toMatch(/Revoked \d/);
  await screenshot(page, `settings-tokens-revoked-${label}`);
  const refused = await me(token);
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^This API token was revoked at /);
}

describe("API tokens on the settings page", () => {
  test("create a token, see it once, copy it, use it, revoke it (1440 px)", async () => {
    await createTokenAndRevoke(await signedIn(browser, "editor", 1440), "1440");
  });

  test("the same on a 390 px phone", async () => {
    await createTokenAndRevoke(await signedIn(browser, "viewer", 390, 844), "390");
  });
});
