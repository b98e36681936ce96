import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium, screenshot, signIn } from "./chromium";

const base = () => inject("baseUrl");
const run = randomUUID().slice(0, 8);
const GROUP = "Russian troops massed near Ukraine";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

async function importArticle(outlet: string, figure: string, publishedAt: string): Promise<string> {
  const text = `Report ${run} from ${outlet}. Officials said Russia had massed ${figure} troops near the border with Ukraine.`;
  const response = await page.request.post(`${base()}/api/v1/articles`, { data: { title: `Report of ${outlet} ${run}`, text, outlet: `${outlet} ${run}`, publishedAt } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Grouping runs in the server after each import: wait until the group holds the new claims, without pressing anything. */
async function groupHolding(count: number): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const list = (await (await page.request.get(`${base()}/api/v1/figures/groups`)).json()) as { groups: { id: string; label: string }[] };
    const group = list.groups.find((candidate) => candidate.label === GROUP);
    if (group) {
      const detail = (await (await page.request.get(`${base()}/api/v1/figures/groups/${group.id}?from=2019-05-01&to=2019-05-31`)).json()) as { points: unknown[] };
      if (detail.points.length >= count) return group.id;
    }
    await page.waitForTimeout(500);
  }
  throw new Error("the figure group never filled");
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on("console", (message) => {
    // A browser asks for /favicon.ico on its own; the app has none, and that 404 is not the page's error.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const account = inject("accounts").fact_checker;
  await signIn(page, base(), account.email, account.password);
  await page.getByRole("heading", { name: "Dashboard" }).waitFor();
  await importArticle("Alpha Wire", "120,000", "2019-05-01");
  await importArticle("Beta News", "150,000", "2019-05-01");
  await importArticle("Gamma Post", "about 125,000", "2019-05-03");
  await importArticle("Delta Daily", "130,000", "2019-05-10");
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("figure tracker", () => {
  test("fills itself after imports; a group's timeline shows one mark per date and a flag naming the claim that disagrees", async () => {
    const groupId = await groupHolding(4);
    await page.goto(`${base()}/figures`);
    await expect(page.getByTestId("regrouped-at").textContent()).resolves.toMatch(/Groups last updated \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await expect(page.getByRole("button", { name: "Regroup claims" }).count()).resolves.toBe(0);
    await screenshot(page, "figure-groups-1440");

    await page.getByRole("link", { name: GROUP }).click();
    await page.getByRole("heading", { name: GROUP }).waitFor();
    await page.getByLabel("From").fill("2019-05-01");
    await page.getByLabel("To").fill("2019-05-31");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === "2019-05-01");
    expect(page.url()).toContain(`/figures/${groupId}`);

    // Two reports on 1 May draw as one mark with its spread; 3 and 10 May one mark each.
    const days = page.getByTestId("figure-chart").getByTestId("chart-day");
    await expect(days.count()).resolves.toBe(3);
    await expect(days.first().locator("line").count()).resolves.toBe(1);
    await expect(page.getByTestId("figure-chart").locator("circle.chart-flagged").count()).resolves.toBe(1);

    const rows = page.getByTestId("figure-timeline").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(4);
    const beta = rows.filter({ hasText: `Report of Beta News ${run}` });
    const flag = beta.getByTestId("flags");
    await expect(flag.textContent()).resolves.toContain("On 2019-05-01 other reports say 120,000");
    await expect(flag.getByRole("link", { name: `Alpha Wire ${run}` }).count()).resolves.toBe(1);
    await expect(rows.filter({ hasText: `Report of Alpha Wire ${run}` }).getByTestId("flags").textContent()).resolves.toContain("150,000");
    // "about 125,000" two days later and 130,000 a week later disagree with nobody on their own date.
    await expect(rows.filter({ hasText: `Report of Gamma Post ${run}` }).getByTestId("flags").textContent()).resolves.toBe("");
    // The flags column keeps its words on a line: its cell is wider than a single word.
    const width = await flag.evaluate((cell) => cell.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(200);
    await screenshot(page, "figure-timeline-1440");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole("heading", { name: GROUP }).waitFor();
    await screenshot(page, "figure-timeline-390");
    await page.goto(`${base()}/figures`);
    await screenshot(page, "figure-groups-390");
    // No hydration error (React #418) or any other error in the browser on either page.
    expect(errors).toEqual([]);
  });
});
