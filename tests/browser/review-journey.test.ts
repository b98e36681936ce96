import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { launchChromium, screenshot, signIn } from "./chromium";

const SENTENCE = "The regional governor said 12 civilians were injured when a missile hit a school in Kharkiv.";
const TEXT = `Kharkiv, report ${randomUUID().slice(0, 8)}\n\nShelling continued overnight. ${SENTENCE} Repair crews were sent to the area on Wednesday morning.\n`;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function as(role: Role): Promise<Page> {
  const account = inject("accounts")[role];
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, inject("baseUrl"), account.email, account.password);
  await page.getByRole("heading", { name: "Dashboard" }).waitFor();
  return page;
}

/** Selects `text` inside the article as a person would with the mouse. */
async function selectInArticle(page: Page, text: string) {
  await page.getByTestId("article-text").evaluate((root, wanted) => {
    const full = root.textContent ?? "";
    const from = full.indexOf(wanted);
    const to = from + wanted.length;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (from >= seen && from < seen + length) range.setStart(node, from - seen);
      if (to > seen && to <= seen + length) range.setEnd(node, to - seen);
      seen += length;
    }
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, text);
}

describe("the review journey", () => {
  let claimUrl = "";

  test("a fact-checker imports an article, adds a claim, attaches a source and proposes a verdict", async () => {
    const page = await as("fact_checker");
    await page.goto(`${inject("baseUrl")}/articles/new`);
    await page.getByLabel("Article text").fill(TEXT);
    await page.getByLabel("Title").fill("Missile hits school in Kharkiv");
    await page.getByRole("button", { name: "Import and find claims" }).click();
    await page.waitForURL(/\/articles\/[^/?]+$/);
    await page.getByTestId("article-text").waitFor();
    await screenshot(page, "review-01-article-imported");

    await selectInArticle(page, SENTENCE);
    const toolbar = page.getByTestId("selection-toolbar");
    await toolbar.getByLabel("Type of the new claim").selectOption("casualties");
    await toolbar.getByRole("button", { name: "Add claim" }).click();
    await page.waitForURL(/\?claim=/);
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("claim-statement").textContent()).resolves.toBe(SENTENCE);
    claimUrl = page.url();

    await panel.getByRole("button", { name: "Take this claim" }).click();
    await expect(panel.getByTestId("claim-state").filter({ hasText: "In review" }).waitFor()).resolves.toBeUndefined();
    await panel.locator("#new-url").fill("https://www.kharkiv-oda.gov.ua/news/12345");
    await panel.locator("#new-title").fill("Governor's statement on the school strike");
    await panel.locator("#new-publisher").fill("Kharkiv Regional Administration");
    await panel.locator("#new-excerpt").fill("Twelve civilians were injured, three of them children.");
    await panel.locator("#new-stance").selectOption("supports");
    await panel.getByRole("button", { name: "Add source" }).click();
    await panel.getByTestId("source").first().waitFor();
    await screenshot(page, "review-02-source-attached");

    await panel.getByLabel("Rating").selectOption("true");
    await panel.getByLabel("Rationale").fill("The governor's statement gives 12 injured.");
    await panel.getByRole("button", { name: "Propose verdict" }).click();
    await panel.getByTestId("claim-state").filter({ hasText: "Verdict proposed" }).waitFor();
    await screenshot(page, "review-03-verdict-proposed");
  });

  test("an editor returns it with a note from the approval queue", async () => {
    const page = await as("editor");
    await page.goto(`${inject("baseUrl")}/approvals`);
    const item = page.getByTestId("approval-item").filter({ hasText: SENTENCE });
    await item.waitFor();
    await expect(item.getByTestId("rating").textContent()).resolves.toBe("True");
    await screenshot(page, "review-04-approval-queue");
    await item.getByLabel("Note for the fact-checker").fill("Cite the hospital's own figure as well.");
    await item.getByRole("button", { name: "Return" }).click();
    await item.waitFor({ state: "detached" });
    await screenshot(page, "review-05-returned");
  });

  test("the fact-checker finds it in their queue, fixes it and proposes again", async () => {
    const page = await as("fact_checker");
    await page.goto(`${inject("baseUrl")}/queue?state=returned`);
    const row = page.getByTestId("my-queue").getByRole("row").filter({ hasText: SENTENCE });
    await expect(row.textContent()).resolves.toContain("Cite the hospital's own figure");
    await screenshot(page, "review-06-my-queue");
    // The filtered list exports exactly what it shows: this returned claim, labelled with its state.
    const csvLink = page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: "CSV" });
    const csv = await page.request.get(new URL((await csvLink.getAttribute("href"))!, inject("baseUrl")).toString());
    const body = await csv.text();
    expect(csv.ok()).toBe(true);
    expect(body).toContain("12 civilians were injured");
    expect(body).toContain("returned");
    await row.getByRole("link").click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("return-note").textContent()).resolves.toContain("hospital");

    await panel.getByText("Add a source").click();
    await panel.locator("#new-url").fill("https://hospital17.kharkiv.ua/news/injured");
    await panel.locator("#new-title").fill("City hospital no. 17 update");
    await panel.locator("#new-stance").selectOption("supports");
    await panel.getByRole("button", { name: "Add source" }).click();
    await expect(panel.getByTestId("source").nth(1).waitFor()).resolves.toBeUndefined();
    await panel.getByLabel("Rating").selectOption("true");
    await panel.getByLabel("Rationale").fill("The governor and the city hospital both give 12 injured.");
    await panel.getByRole("button", { name: "Propose verdict" }).click();
    await panel.getByTestId("claim-state").filter({ hasText: "Verdict proposed" }).waitFor();
    await screenshot(page, "review-07-fixed-and-proposed");
  });

  test("the editor approves; the claim is locked and its history shows every step", async () => {
    const page = await as("editor");
    await page.goto(`${inject("baseUrl")}/approvals`);
    const item = page.getByTestId("approval-item").filter({ hasText: SENTENCE });
    await item.getByRole("button", { name: "Approve", exact: true }).click();
    await item.getByRole("button", { name: "Yes, approve" }).click();
    // Sent after the undo window (10 s).
    await item.waitFor({ state: "detached", timeout: 30_000 });
    await page.goto(claimUrl);
    const panel = page.getByTestId("claim-panel");
    await panel.getByTestId("claim-state").filter({ hasText: "Approved" }).waitFor();
    await panel.getByText(/^History/).click();
    const actions = await panel.getByTestId("history").locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-action")));
    expect(actions).toEqual(["claim.create", "claim.take", "source.add", "verdict.propose", "verdict.return", "source.add", "verdict.propose", "verdict.approve"]);
    await panel.getByRole("button", { name: "Reopen" }).waitFor();
    await expect(panel.getByText("Edit claim").count()).resolves.toBe(0);
    await screenshot(page, "review-08-approved-with-history");
  });

  test("a viewer sees the claim and no controls", async () => {
    const page = await as("viewer");
    await page.goto(claimUrl);
    const panel = page.getByTestId("claim-panel");
    await panel.waitFor();
    await expect(panel.getByRole("button").count()).resolves.toBe(0);
    await expect(panel.locator("form").count()).resolves.toBe(0);
    await screenshot(page, "review-09-viewer");
    await panel.getByRole("link", { name: "Open the claim page" }).click();
    await page.getByTestId("claim-context").waitFor();
    await expect(page.getByTestId("claim-context").locator("mark").textContent()).resolves.toBe(SENTENCE);
    await expect(page.getByTestId("claim-panel").locator("form").count()).resolves.toBe(0);
    await screenshot(page, "review-09b-claim-page-viewer");
  });
});

describe("editing conflicts", () => {
  /** A fact-checker and an editor with the edit form of the same claim of the article open. */
  async function bothEditing(claimText: string): Promise<{ first: Page; second: Page }> {
    const first = await as("fact_checker");
    const second = await as("editor");
    await first.goto(`${inject("baseUrl")}/articles`);
    await first.getByRole("link", { name: "Missile hits school in Kharkiv" }).click();
    await first.getByTestId("claim-list").locator("li").filter({ hasText: claimText }).first().getByRole("link").click();
    await first.waitForURL(/\?claim=/);
    await second.goto(first.url());
    // Each waits to see the other first: the presence line, appearing, moves the panel's sections
    // down, and a click racing it opened the section above "Edit claim" instead.
    await first.getByTestId("presence").filter({ hasText: inject("accounts").editor.name }).waitFor();
    await second.getByTestId("presence").filter({ hasText: inject("accounts").fact_checker.name }).waitFor();
    for (const page of [first, second]) {
      await page.getByTestId("claim-panel").getByText("Edit claim").click();
      await page.getByTestId("claim-panel").getByLabel("Statement").waitFor();
    }
    return { first, second };
  }

  test("a stale edit names who changed the claim and offers a reload", async () => {
    const { first, second } = await bothEditing("New");

    // The first has typed before the editor saves: its form is stale. (Had it not typed yet, the live
    // update would refresh its form with the editor's change and its save would rightly succeed.)
    await first.getByTestId("claim-panel").getByLabel("Statement").fill("Edited later from a stale page");
    await second.getByTestId("claim-panel").getByLabel("Statement").fill("Edited by the editor first");
    await second.getByRole("button", { name: "Save claim" }).click();
    await second.getByRole("status").filter({ hasText: "Saved" }).waitFor();

    await first.getByRole("button", { name: "Save claim" }).click();
    const alert = first.getByRole("alert").filter({ hasText: "changed this claim" });
    await expect(alert.textContent()).resolves.toContain(inject("accounts").editor.name);
    await screenshot(first, "review-10-conflict");
    await alert.getByRole("button", { name: "Reload" }).click();
    await first.getByTestId("claim-panel").getByText("Edited by the editor first").first().waitFor();
  });

  test("a form nobody has typed in takes in another's saved change, so saving from it cannot undo that change", async () => {
    const { first, second } = await bothEditing("Repair crews");

    const theirs = "Repair crews reached the school on Wednesday";
    await second.getByTestId("claim-panel").getByLabel("Statement").fill(theirs);
    await second.getByRole("button", { name: "Save claim" }).click();
    await second.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    // The live update refreshes the untouched form: what it shows is what it will save.
    const panel = first.getByTestId("claim-panel");
    await expect.poll(() => panel.getByLabel("Statement").inputValue(), { timeout: 15_000 }).toBe(theirs);
    await panel.getByLabel("Speaker").fill("regional emergency service");
    await first.getByRole("button", { name: "Save claim" }).click();
    await first.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await second.reload();
    await expect(second.getByTestId("claim-statement").textContent()).resolves.toBe(theirs);
  });
});

describe("reshaping claims on the article page", () => {
  test("a fact-checker adds a claim by selecting text, splits it in two and merges the parts back", async () => {
    const page = await as("fact_checker");
    const text = `Odesa, ${randomUUID().slice(0, 8)}\n\nThe port authority said 3 ships left the harbour and 2 more were loaded with grain overnight.\n`;
    const whole = "3 ships left the harbour and 2 more were loaded with grain overnight.";
    await page.goto(`${inject("baseUrl")}/articles/new`);
    await page.getByLabel("Article text").fill(text);
    await page.getByLabel("Title").fill("Grain ships leave Odesa");
    await page.getByRole("button", { name: "Import and find claims" }).click();
    await page.waitForURL(/\/articles\/[^/?]+$/);

    await selectInArticle(page, whole);
    await page.getByTestId("selection-toolbar").getByLabel("Type of the new claim").selectOption("economic");
    await page.getByTestId("selection-toolbar").getByRole("button", { name: "Add claim" }).click();
    await page.waitForURL(/\?claim=/);
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("claim-statement").textContent()).resolves.toBe(whole);

    await selectInArticle(page, "2 more were loaded with grain overnight.");
    await screenshot(page, "review-11-selection-toolbar");
    await page.getByTestId("selection-toolbar").getByRole("button", { name: "Split the selected claim here" }).click();
    await panel.getByTestId("claim-statement").filter({ hasText: /^3 ships left the harbour and$/ }).waitFor();
    const list = page.getByTestId("claim-list");
    await list.locator("li div").filter({ hasText: /^2 more were loaded with grain overnight\.$/ }).first().waitFor();
    await screenshot(page, "review-12-split");

    await panel.getByText("Merge with another claim").click();
    await panel.getByRole("form", { name: "Merge with 2 more were loaded with grain overnight.", exact: true }).getByRole("button", { name: "Merge" }).click();
    await panel.getByTestId("claim-statement").filter({ hasText: whole }).waitFor();
    await expect(list.locator("li").filter({ hasText: "3 ships left the harbour and 2 more were loaded" }).count()).resolves.toBeGreaterThan(0);
    await panel.getByText(/^History/).click();
    await expect(panel.getByTestId("history").locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-action")))).resolves.toEqual(["claim.create", "claim.split", "claim.merge"]);
    await screenshot(page, "review-13-merged");
  });

  test("the dashboard, my queue and the rating scale render for their roles", async () => {
    const editor = await as("editor");
    await editor.getByTestId("state-type").waitFor();
    await expect(editor.getByTestId("per-checker").textContent()).resolves.toContain(inject("accounts").fact_checker.name);
    await screenshot(editor, "review-14-dashboard");
    const admin = await as("admin");
    await admin.goto(`${inject("baseUrl")}/admin/ratings`);
    await expect(admin.getByTestId("ratings").locator("tbody tr").count()).resolves.toBeGreaterThanOrEqual(7);
    await screenshot(admin, "review-15-ratings");
    const viewer = await as("viewer");
    const response = await viewer.goto(`${inject("baseUrl")}/approvals`);
    expect(response?.status()).toBe(403);
  });
});
