import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium, screenshot, signIn } from "./chromium";

const base = () => inject("baseUrl");
const run = randomUUID().slice(0, 8);
const OUTLET = `Search Wire ${run}`;
const SENTENCE = (figure: string) => `Russia has deployed more than ${figure} troops near the border with Ukraine, the Pentagon said on Tuesday.`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const claimIds: Record<"original" | "repeat" | "other", string> = { original: "", repeat: "", other: "" };

/** Imports through the HTTP API with the signed-in session; returns the id of the claim stating the troop figure. */
async function importArticle(title: string, text: string, publishedAt: string): Promise<string> {
  const response = await page.request.post(`${base()}/api/v1/articles`, { data: { title, text, outlet: OUTLET, publishedAt } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { claims: { id: string; statement: string }[] };
  return body.claims.find((claim) => claim.statement.includes("troops near the border"))!.id;
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const account = inject("accounts").fact_checker;
  await signIn(page, base(), account.email, account.password);
  await page.getByRole("heading", { name: "Dashboard" }).waitFor();
  claimIds.original = await importArticle(`Build-up ${run}`, `Kyiv, report ${run}. ${SENTENCE("100,000")} Grain exports from Odesa resumed last week.`, "2022-02-01");
  claimIds.repeat = await importArticle(`Repeat ${run}`, `Tension grew, report ${run}. ${SENTENCE("100,000")}`, "2022-02-03");
  claimIds.other = await importArticle(`New figure ${run}`, `Tension grew again, report ${run}. ${SENTENCE("130,000")}`, "2022-02-10");
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("search", () => {
  test("one box finds the claims with their matches marked, the same as the API", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    await page.getByRole("heading", { name: "Search" }).waitFor();
    await page.getByLabel("Search claims and articles").fill(`deployed troops outlet:"${OUTLET}"`);
    await page.getByLabel("Search claims and articles").press("Enter");
    const results = page.getByTestId("claim-results").locator("li");
    await results.first().waitFor();
    const shown = await results.evaluateAll((items) => items.map((item) => item.getAttribute("data-claim-id")));
    expect([...shown].sort()).toEqual(Object.values(claimIds).sort());
    const marked = await results.first().locator("mark.search-hit").allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toEqual(["deployed", "troops"]);
    await screenshot(page, "search-results");

    const api = await page.request.get(`${base()}/api/v1/search?q=${encodeURIComponent("deployed troops")}&outlet=${encodeURIComponent(OUTLET)}`);
    expect(api.status()).toBe(200);
    const body = (await api.json()) as { claims: { id: string }[]; articles: { title: string }[] };
    expect(body.claims.map((claim) => claim.id)).toEqual(shown);
    expect(body.articles.map((article) => article.title).sort()).toEqual([`Build-up ${run}`, `New figure ${run}`, `Repeat ${run}`]);

    // A result opens the claim in its article.
    await page.locator(`li[data-claim-id="${claimIds.original}"] a`).first().click();
    await page.waitForURL((url) => url.searchParams.get("claim") === claimIds.original);
  });

  test("a bad filter is explained, not a crash", async () => {
    await page.goto(`${base()}/search?q=troops&from=yesterday`);
    await expect(page.getByRole("alert").filter({ hasText: "from" }).textContent()).resolves.toContain("YYYY-MM-DD");
  });
});

describe("related claims panel", () => {
  test("offers the repeat as the same claim and the other figure as possibly related; not related removes it", async () => {
    await page.goto(`${base()}/claims/${claimIds.original}`);
    const panel = page.getByTestId("related-panel");
    await panel.waitFor();
    const entries = panel.getByTestId("related-claim");
    const order = await entries.evaluateAll((items) => items.map((item) => item.getAttribute("data-claim-id")));
    expect(order[0]).toBe(claimIds.repeat);
    expect(order).toContain(claimIds.other);
    const repeat = panel.locator(`[data-claim-id="${claimIds.repeat}"]`);
    const other = panel.locator(`[data-claim-id="${claimIds.other}"]`);
    await expect(repeat.locator(".badge").first().textContent()).resolves.toBe("same claim");
    await expect(other.locator(".badge").first().textContent()).resolves.toBe("possibly related");
    await expect(other.textContent()).resolves.toContain("different figure");
    await screenshot(page, "related-panel");

    await other.getByRole("button", { name: "Not related" }).click();
    await other.waitFor({ state: "detached" });
    await page.reload();
    await panel.waitFor();
    await expect(panel.locator(`[data-claim-id="${claimIds.other}"]`).count()).resolves.toBe(0);

    const api = await page.request.get(`${base()}/api/v1/claims/${claimIds.original}/related`);
    const body = (await api.json()) as { related: { id: string; level: string; score: number }[]; thresholds: { same: number } };
    expect(body.related[0]).toMatchObject({ id: claimIds.repeat, level: "same" });
    expect(body.related[0]!.score).toBeGreaterThanOrEqual(body.thresholds.same);
    expect(body.related.map((entry) => entry.id)).not.toContain(claimIds.other);

    // Linking needs an approved check to reuse: nothing is approved here, so the API says why.
    const link = await page.request.post(`${base()}/api/v1/claims/${claimIds.original}/links`, { data: { targetClaimId: claimIds.repeat, kind: "same_claim" } });
    expect(link.status()).toBe(400);
    expect(((await link.json()) as { error: { message: string } }).error.message).toContain("no approved verdict");
    const wrongKind = await page.request.post(`${base()}/api/v1/claims/${claimIds.original}/links`, { data: { targetClaimId: claimIds.repeat, kind: "maybe" } });
    expect(wrongKind.status()).toBe(400);
  });
});
