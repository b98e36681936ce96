import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, screenshot } from "./chromium";
import { base, importArticle, signedIn } from "./desk-helpers";

let browser: Browser;
let page: Page;
let article: Awaited<ReturnType<typeof importArticle>>;

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedIn(browser, "fact_checker", 1440);
  article = await importArticle(
    page,
    "Keyboard walk",
    [
      "The regional governor said 12 civilians were injured when a missile hit a school in Kharkiv on Tuesday.",
      "Emergency services reported that 340 people were evacuated from the Saltivka district overnight.",
      "Officials said 45 tonnes of humanitarian aid arrived in the city by rail on Wednesday.",
    ].join(" "),
  );
});

afterAll(async () => {
  await browser?.close();
});

const panelClaim = () => page.getByTestId("claim-panel").getAttribute("data-claim-id");
/** The keys act once the page has hydrated and bound them to the claim shown: wait for that, not only for the HTML. */
async function keysReadyFor(id: string) {
  await page.locator(`html[data-shortcuts-for="${id}"]`).waitFor({ state: "attached" });
}

async function waitForClaim(id: string) {
  await page.waitForURL((url) => url.searchParams.get("claim") === id);
  await page.locator(`[data-testid="claim-panel"][data-claim-id="${id}"]`).waitFor();
  await keysReadyFor(id);
}

describe("the article page's keyboard", () => {
  test("j and k walk the claims in reading order; x marks one; ? lists the keys", async () => {
    const ids = article.claims.map((claim) => claim.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    await page.goto(`${base()}/articles/${article.id}`);
    await page.getByTestId("claim-list").waitFor();
    await keysReadyFor("");

    await page.keyboard.press("j");
    await waitForClaim(ids[0]!);
    await page.keyboard.press("j");
    await waitForClaim(ids[1]!);
    await page.keyboard.press("j");
    await waitForClaim(ids[2]!);
    await page.keyboard.press("k");
    await waitForClaim(ids[1]!);
    await expect(page.locator("li.selected").getAttribute("data-claim-row")).resolves.toBe(ids[1]);

    await page.keyboard.press("x");
    await page.locator(`li[data-claim-row="${ids[1]}"][data-selected]`).waitFor();
    await page.keyboard.press("x");
    await page.locator(`li[data-claim-row="${ids[1]}"]:not([data-selected])`).waitFor();
    await page.keyboard.press("x");

    await page.keyboard.press("?");
    const help = page.getByTestId("shortcut-help");
    await help.waitFor();
    await expect(help.textContent()).resolves.toContain("Next claim");
    await screenshot(page, "keyboard-help");
    await page.keyboard.press("?");
    await help.waitFor({ state: "detached" });
  });

  test("t takes the claim; s opens Add a source, and keys typed there stay in the field", async () => {
    const id = article.claims[0]!.id;
    await page.goto(`${base()}/articles/${article.id}?claim=${id}`);
    await waitForClaim(id);
    await page.keyboard.press("t");
    await page.getByTestId("claim-state").filter({ hasText: "In review" }).waitFor();

    await page.keyboard.press("s");
    const url = page.locator("#new-url");
    await expect(url.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type("jk");
    await expect(url.inputValue()).resolves.toBe("jk");
    await expect(panelClaim()).resolves.toBe(id);
    expect(new URL(page.url()).searchParams.get("claim")).toBe(id);

    // Out of the field, keys are shortcuts again.
    await url.evaluate((input) => (input as HTMLInputElement).blur());
    await page.keyboard.press("j");
    await waitForClaim(article.claims[1]!.id);
  });

  test("walking past the last claim of a page turns the claim list's page", async () => {
    const sentences = Array.from({ length: 60 }, (_, c) => `In district ${c} of the region, officials said ${(c * 37) % 900 + 10} people were evacuated and ${(c % 17) + 2} buildings were damaged overnight.`);
    const long = await importArticle(page, "Sixty claims", sentences.join(" "));
    expect(long.claims.length).toBeGreaterThan(50);
    await page.goto(`${base()}/articles/${long.id}?claim=${long.claims[49]!.id}`);
    await expect(page.getByTestId("claim-pager").textContent()).resolves.toContain(`Claims 1–50 of ${long.claims.length}`);
    await expect(page.getByTestId("claim-list").locator("li").count()).resolves.toBe(50);
    await keysReadyFor(long.claims[49]!.id);
    await page.keyboard.press("j");
    await waitForClaim(long.claims[50]!.id);
    await expect(page.getByTestId("claim-pager").textContent()).resolves.toContain(`Claims 51–${Math.min(100, long.claims.length)} of ${long.claims.length}`);
    await page.locator(`li.selected[data-claim-row="${long.claims[50]!.id}"]`).waitFor();
    await screenshot(page, "keyboard-page-turned");
    await page.keyboard.press("k");
    await waitForClaim(long.claims[49]!.id);
    await expect(page.getByTestId("claim-pager").textContent()).resolves.toContain("Claims 1–50");
  });
});
