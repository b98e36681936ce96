import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { setPrivateUrlsAllowed } from "@/lib/server/imports/import-settings";
import { readmeVerifier, webhookReceiver } from "../integration/webhook-receiver";
import { launchChromium, screenshot } from "./chromium";
import { base, importArticle, signedIn } from "./desk-helpers";

const PHONE = 390;
let browser: Browser;
let desktop: Page;
let phone: Page;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

beforeAll(async () => {
  receiver = await webhookReceiver();
  // The receiver listens on 127.0.0.1: private addresses are allowed while this file runs.
  useDatabase(inject("databaseUrl"));
  await setPrivateUrlsAllowed({ allow: true }, SYSTEM_ACTOR);
  browser = await launchChromium();
  desktop = await signedIn(browser, "admin", 1440);
  phone = await signedIn(browser, "admin", PHONE, 844);
});

afterAll(async () => {
  await setPrivateUrlsAllowed({ allow: false }, SYSTEM_ACTOR);
  await disconnectDb();
  await browser?.close();
  await receiver?.close();
});

/** Reloads until the endpoint's delivery table shows a delivered row for `event`. */
async function waitForDelivered(page: Page, url: string, event: string) {
  const row = page.getByRole("region", { name: url }).getByTestId("webhook-deliveries").locator("tr", { hasText: event }).filter({ hasText: "delivered" });
  for (let tries = 0; tries < 60; tries++) {
    if ((await row.count()) > 0) return row.first();
    await page.waitForTimeout(500);
    await page.reload();
  }
  throw new Error(`no delivered ${event} on the page`);
}

describe("the webhooks admin page", () => {
  test("an admin registers an endpoint, sees its secret once, sends a test event and sees deliveries, at 1440 and 390 px", async () => {
    const url = `${receiver.base}/desk`;
    await desktop.goto(`${base()}/admin/webhooks`);
    await desktop.getByRole("link", { name: "Webhooks" }).first().waitFor();
    await desktop.getByLabel("Address (https)").fill(url);
    await desktop.getByLabel("article.imported").check();
    await desktop.getByLabel("claim.approved").check();
    await desktop.getByLabel("Description (optional)").fill("Newsroom CMS");
    await desktop.getByRole("button", { name: "Register endpoint" }).click();
    const outcome = desktop.getByRole("status").filter({ hasText: "shown only now" });
    await outcome.waitFor();
    const secret = /(whsec_[A-Za-z0-9_-]+)/.exec(await outcome.innerText())![1]!;

    const endpoint = desktop.getByRole("region", { name: url });
    await endpoint.waitFor();
    await expect(endpoint.innerText()).resolves.toContain(`secret ${secret.slice(0, 10)}…`);
    await expect(endpoint.innerText()).resolves.not.toContain(secret);

    await endpoint.getByRole("button", { name: "Send a test event" }).click();
    await endpoint.getByRole("status").filter({ hasText: "Test event queued" }).waitFor();
    const testRow = await waitForDelivered(desktop, url, "webhook.test");
    await expect(testRow.innerText()).resolves.toMatch(/webhook\.test\s+delivered\s+1\s+.*UTC\s+200/);

    const article = await importArticle(desktop, "Webhooks: grain exports", "Officials said more than 3,000 tonnes of grain left Odesa on Tuesday.");
    await waitForDelivered(desktop, url, "article.imported");
    const verify = await readmeVerifier();
    const imported = receiver.at("/desk").find((request) => request.headers["claimdesk-event"] === "article.imported")!;
    expect(JSON.parse(imported.body)).toMatchObject({ event: "article.imported", data: { article: { id: article.id, title: "Webhooks: grain exports" } } });
    expect(verify(imported.body, String(imported.headers["claimdesk-signature"]), secret)).toBe(true);

    await desktop.getByRole("region", { name: url }).getByRole("form", { name: "Send article.imported again" }).first().getByRole("button", { name: "Send again" }).click();
    await desktop.getByRole("region", { name: url }).getByRole("status").filter({ hasText: "Queued again" }).waitFor();
    await expect.poll(() => receiver.at("/desk").filter((request) => request.body === imported.body).length, { timeout: 20_000 }).toBe(2);
    await desktop.reload();
    await desktop.getByRole("region", { name: url }).waitFor();
    await expect(desktop.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1440);
    await screenshot(desktop, "desktop-webhooks");

    await phone.goto(`${base()}/admin/webhooks`);
    await waitForDelivered(phone, url, "article.imported");
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE);
    await screenshot(phone, "phone-webhooks");

    // Leave nothing behind for the other browser test files.
    await desktop.getByRole("region", { name: url }).getByRole("button", { name: "Remove" }).click();
    await desktop.getByRole("region", { name: url }).waitFor({ state: "detached" });
  });
});
