import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium, screenshot, signIn } from "./chromium";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/datasets/ukraine-news-447.jsonl");
const corpusLines = fs.readFileSync(CORPUS, "utf8").split("\n").filter(Boolean);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(role: "fact_checker" | "admin" | "editor", width = 1280): Promise<Page> {
  const account = inject("accounts")[role];
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, inject("baseUrl"), account.email, account.password);
  await page.getByRole("heading", { name: "Dashboard" }).waitFor();
  return page;
}

describe("importing articles in the browser", () => {
  test("a .jsonl upload runs in the background; the progress bar finishes, survives a reload, and leads to highlighted claims", async () => {
    const page = await signedIn("fact_checker");
    await page.goto(`${inject("baseUrl")}/articles/new`);
    const upload = `${corpusLines.slice(300, 306).join("\n")}\n{"title": "a row without text"}\n`;
    await page.getByLabel(/^Files/).setInputFiles({ name: "batch.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(upload) });
    await page.getByRole("button", { name: "Import file" }).click();
    await page.waitForURL(/\/imports\/[^/]+$/);

    const progress = page.getByRole("progressbar", { name: "Import progress" });
    await progress.waitFor();
    await page.getByTestId("job-status").filter({ hasText: "done" }).waitFor({ timeout: 60_000 });
    await expect(progress.getAttribute("aria-valuenow")).resolves.toBe("100");
    await expect(page.getByTestId("job-counts").textContent()).resolves.toMatch(/^7 of 7 articles done · \d+ claims found · \d+ imported · \d+ duplicates · 1 failed$/);
    await screenshot(page, "import-progress-done");

    // The numbers come from the job, not from the page that started it.
    await page.reload();
    await expect(page.getByTestId("job-counts").textContent()).resolves.toMatch(/^7 of 7 articles done/);
    const failedRow = page.locator('[data-testid=import-items] tr[data-status="failed"]');
    await expect(failedRow.textContent()).resolves.toContain("batch.jsonl7text is missing");

    await page.locator('[data-testid=import-items] tr[data-status="imported"] a, [data-testid=import-items] tr[data-status="duplicate"] a').first().click();
    await page.waitForURL(/\/articles\/[^/]+$/);
    await page.locator("[data-testid=article-text] mark.claim").first().waitFor();
    expect(await page.locator("[data-testid=article-text] mark.claim").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("claim-list").locator("li").count()).toBeGreaterThan(0);
    await screenshot(page, "import-article-highlighted");

    await page.goto(`${inject("baseUrl")}/imports`);
    await page.getByRole("link", { name: "batch.jsonl" }).first().waitFor();
    await screenshot(page, "import-list");
    await page.context().close();
  });

  test("a single .html file is read into the form, edited, and saved as one article", async () => {
    const page = await signedIn("admin");
    await page.goto(`${inject("baseUrl")}/articles/new`);
    await page.getByRole("button", { name: "Allow them" }).waitFor();
    const html = `<html><head><title>Page title</title><meta name="author" content="A. Reporter"><script>document.title = "pwned"</script></head>
<body><nav>Menu</nav><article><p>KHARKIV (Wire) — Russia launched 7 guided bombs at Kharkiv on ${Date.now()}, the regional governor said.</p>
<p>He said 4 people were wounded.</p></article></body></html>`;
    await page.getByLabel("From a file (.txt, .md, .html)").setInputFiles({ name: "story.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.getByTestId("draft-source").waitFor();
    await expect(page.getByLabel("Article text").inputValue()).resolves.toMatch(/^KHARKIV \(Wire\) — Russia launched 7 guided bombs/);
    await expect(page.getByLabel("Outlet").inputValue()).resolves.toBe("Wire");
    await expect(page.getByLabel("Author").inputValue()).resolves.toBe("A. Reporter");
    await page.getByLabel("Title").fill("Guided bombs on Kharkiv");
    await page.getByLabel("Published").fill("2024-05-10");
    await screenshot(page, "import-single-review");
    await page.getByRole("button", { name: "Import and find claims" }).click();
    await page.waitForURL(/\/articles\/[^/]+$/);
    await page.getByRole("heading", { name: "Guided bombs on Kharkiv" }).waitFor();
    await page.locator("[data-testid=article-text] mark.claim").first().waitFor();
    await page.context().close();
  });

  test("the person who started an import can cancel it while it runs, on a phone; what it imported stays", async () => {
    const run = Date.now();
    const rows = Array.from({ length: 1500 }, (_, index) =>
      JSON.stringify({ title: `Cancel ${run} #${index}`, outlet: `Cancel desk ${run}`, text: `The Zorbland council approved ${index + 10} new buses on Monday, its transport office said.` }),
    );
    const page = await signedIn("editor", 390);
    await page.goto(`${inject("baseUrl")}/articles/new`);
    await page.getByLabel(/^Files/).setInputFiles({ name: "long-batch.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(`${rows.join("\n")}\n`) });
    await page.getByRole("button", { name: "Import file" }).click();
    await page.waitForURL(/\/imports\/[^/]+$/);

    const cancel = page.getByRole("button", { name: "Cancel import" });
    await cancel.waitFor();
    await screenshot(page, "import-cancel-offered-390");
    page.once("dialog", (dialog) => void dialog.accept());
    await cancel.click();
    await page.getByTestId("job-status").filter({ hasText: "failed" }).waitFor({ timeout: 30_000 });
    await page.getByText(/^cancelled by /).waitFor();
    expect(await cancel.count()).toBe(0);
    const counts = (await page.getByTestId("job-counts").textContent()) ?? "";
    const done = Number(/^(\d+) of /.exec(counts)?.[1]);
    expect(done).toBeLessThan(1500);
    await screenshot(page, "import-cancelled-390");

    // The worker stops at its next step: the count settles, and the articles it imported stay.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const imported = (await (await page.request.get(`${inject("baseUrl")}/api/v1/articles?outlet=${encodeURIComponent(`Cancel desk ${run}`)}&limit=1`)).json()) as { total: number };
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const later = (await (await page.request.get(`${inject("baseUrl")}/api/v1/articles?outlet=${encodeURIComponent(`Cancel desk ${run}`)}&limit=1`)).json()) as { total: number };
    expect(later.total).toBe(imported.total);
    expect(imported.total).toBeLessThan(1500);
    await page.context().close();
  });

  test("someone else's running import offers no Cancel button, and the API refuses to cancel it", async () => {
    const run = Date.now();
    const rows = Array.from({ length: 1500 }, (_, index) => JSON.stringify({ title: `Other ${run} #${index}`, text: `The Quorvia port handled ${index + 5} ships on Tuesday, its harbour master said.` }));
    const starter = await signedIn("fact_checker");
    await starter.goto(`${inject("baseUrl")}/articles/new`);
    await starter.getByLabel(/^Files/).setInputFiles({ name: "other-batch.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(`${rows.join("\n")}\n`) });
    await starter.getByRole("button", { name: "Import file" }).click();
    await starter.waitForURL(/\/imports\/[^/]+$/);
    const url = starter.url();

    const other = await signedIn("editor");
    await other.goto(url);
    await other.getByTestId("job-status").waitFor();
    expect(await other.getByRole("button", { name: "Cancel import" }).count()).toBe(0);
    const refused = await other.request.post(`${url.replace("/imports/", "/api/v1/imports/")}/cancel`);
    expect(refused.status()).toBe(403);

    // The starter stops it, so it does not keep the worker busy for the tests after this one.
    starter.once("dialog", (dialog) => void dialog.accept());
    await starter.getByRole("button", { name: "Cancel import" }).click();
    await starter.getByTestId("job-status").filter({ hasText: "failed" }).waitFor({ timeout: 30_000 });
    await other.context().close();
    await starter.context().close();
  });
});
