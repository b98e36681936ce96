import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, screenshot } from "./chromium";
import { base, importArticle, signedIn } from "./desk-helpers";

const PHONE = 390;
let browser: Browser;
let phone: Page;
let desktop: Page;
let article: Awaited<ReturnType<typeof importArticle>>;

beforeAll(async () => {
  browser = await launchChromium();
  phone = await signedIn(browser, "admin", PHONE, 844);
  desktop = await signedIn(browser, "admin", 1440);
  article = await importArticle(
    desktop,
    "Kharkiv: a long headline about shelling, evacuations and the repair of the Saltivka water main after the strike",
    [
      "The regional governor said 12 civilians were injured when a missile hit a school in Kharkiv on Tuesday, https://www.kharkiv-oda.gov.ua/news/a-very-long-address-without-any-break-in-it-at-all-1234567890.",
      "Emergency services reported that 340 people were evacuated from the Saltivka district overnight.",
      "Officials said 45 tonnes of humanitarian aid arrived in the city by rail on Wednesday.",
    ].join(" "),
  );
});

afterAll(async () => {
  await browser?.close();
});

describe("every main page on a 390 px phone", () => {
  test("no page scrolls sideways, at 390 and at 1440 px (screenshots of both)", async () => {
    const claimId = article.claims[0]!.id;
    const pages: Record<string, string> = {
      dashboard: "/",
      articles: "/articles",
      article: `/articles/${article.id}`,
      "article-claim": `/articles/${article.id}?claim=${claimId}`,
      claim: `/claims/${claimId}`,
      queue: "/queue",
      approvals: "/approvals",
      search: "/search?q=Kharkiv",
      figures: "/figures",
      imports: "/imports",
      reports: "/reports",
      users: "/admin/users",
      "new-article": "/articles/new",
    };
    const widths: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages)) {
      await phone.goto(`${base()}${path}`);
      await phone.locator("main").first().waitFor();
      widths[name] = await phone.evaluate(() => document.documentElement.scrollWidth);
      await screenshot(phone, `phone-${name}`);
      await desktop.goto(`${base()}${path}`);
      await desktop.locator("main").first().waitFor();
      await screenshot(desktop, `desktop-${name}`);
    }
    const tooWide = Object.fromEntries(Object.entries(widths).filter(([, width]) => width > PHONE));
    expect(tooWide).toEqual({});
  });

  test("the article's text comes before its claims", async () => {
    await phone.goto(`${base()}/articles/${article.id}?claim=${article.claims[0]!.id}`);
    const text = await phone.getByTestId("article-text").boundingBox();
    const panel = await phone.getByTestId("claim-panel").boundingBox();
    const list = await phone.getByTestId("claim-list").boundingBox();
    expect(text!.y + text!.height).toBeLessThanOrEqual(panel!.y);
    expect(panel!.y).toBeLessThan(list!.y);
    expect(text!.width).toBeGreaterThan(PHONE * 0.8);
  });

  test("the navigation is behind a Menu button: Approval queue and Sign out are reachable", async () => {
    await phone.goto(`${base()}/`);
    const approvals = phone.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Approval queue" });
    await expect(approvals.isVisible()).resolves.toBe(false);
    await phone.getByRole("button", { name: "Menu" }).click();
    await phone.getByRole("button", { name: "Sign out" }).waitFor();
    await screenshot(phone, "phone-menu-open");
    await approvals.click();
    await phone.getByRole("heading", { name: "Approval queue" }).waitFor();
    await expect(approvals.isVisible()).resolves.toBe(false);
    // On a wide screen there is no menu button: the navigation is in the bar.
    await desktop.goto(`${base()}/`);
    await expect(desktop.getByRole("button", { name: "Menu" }).isVisible()).resolves.toBe(false);
    await desktop.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Approval queue" }).waitFor();
  });
});
