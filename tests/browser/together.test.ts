import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { launchChromium, screenshot, signIn } from "./chromium";

const SENTENCE = "The regional governor said 12 civilians were injured when a missile hit a school in Kharkiv.";
const TEXT = `Kharkiv, together ${randomUUID().slice(0, 8)}\n\nShelling continued overnight. ${SENTENCE} Repair crews were sent on Wednesday.\n`;
// Generous: the page must follow a change made elsewhere within two seconds, but CI machines are shared.
const LIVE = { timeout: 10_000 };

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function as(role: Role, width = 1440): Promise<Page> {
  const account = inject("accounts")[role];
  const context = await browser.newContext({ viewport: { width, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, inject("baseUrl"), account.email, account.password);
  await page.getByRole("heading", { name: "Dashboard" }).waitFor();
  return page;
}

describe("two people on one claim", () => {
  test("a comment with a mention reaches the other's inbox, and the claim's new state their page, without a reload", async () => {
    const checker = await as("fact_checker");
    const editor = await as("editor");
    const base = inject("baseUrl");
    const created = await checker.request.post(`${base}/api/v1/articles`, { data: { title: "Together in Kharkiv", text: TEXT } });
    expect(created.status()).toBe(201);
    const { id: articleId, claims } = (await created.json()) as { id: string; claims: { id: string; statement: string }[] };
    const claimId = claims.find((claim) => claim.statement.includes("12 civilians"))!.id;
    const url = `${base}/articles/${articleId}?claim=${claimId}`;
    await checker.goto(url);
    await editor.goto(url);
    const checkerPanel = checker.getByTestId("claim-panel");
    const editorPanel = editor.getByTestId("claim-panel");
    // Other browser tests may have notified this shared account already: count from where it stands.
    const unreadBefore = Number(await checker.getByTestId("unread-count").textContent());
    const unreadIs = (count: number) => checker.getByTestId("unread-count").filter({ hasText: new RegExp(`^${unreadBefore + count}$`) });

    // Presence: each sees the other.
    await checkerPanel.getByTestId("presence").filter({ hasText: "Browser editor is viewing" }).waitFor(LIVE);
    await editorPanel.getByTestId("presence").filter({ hasText: "Browser fact_checker is viewing" }).waitFor(LIVE);

    // The editor mentions the checker, completing the name from the list.
    const box = editorPanel.getByLabel("Add a comment");
    await box.click();
    await box.pressSequentially("Please check the <b>school</b> figure, @Browser fa");
    await editorPanel.getByRole("option", { name: "@Browser fact_checker" }).waitFor();
    await box.press("Enter");
    await box.pressSequentially("— see **the governor**.");
    await expect(box.inputValue()).resolves.toBe("Please check the <b>school</b> figure, @Browser fact_checker — see **the governor**.");
    await editorPanel.getByRole("button", { name: "Post comment" }).click();

    // It arrives on the checker's page and in the inbox count, with no reload.
    const comment = checkerPanel.getByTestId("comment").first();
    await comment.waitFor(LIVE);
    await expect(comment.locator(".mention").textContent()).resolves.toBe("@Browser fact_checker");
    await expect(comment.locator("strong").last().textContent()).resolves.toBe("the governor");
    await expect(comment.locator(".comment-body").textContent()).resolves.toContain("<b>school</b>");
    await unreadIs(1).waitFor(LIVE);
    await screenshot(checker, "together-01-comment-arrived-1440");

    // The editor assigns the claim: the checker's page shows the new state without a reload.
    await editorPanel.getByLabel("Assign to").selectOption({ label: "Browser fact_checker" });
    await editorPanel.getByRole("button", { name: "Assign" }).click();
    await checkerPanel.getByTestId("claim-state").filter({ hasText: "In review" }).waitFor(LIVE);
    await unreadIs(2).waitFor(LIVE);

    // The editor makes it urgent and past due: the checker's page marks it, again without a reload.
    await editorPanel.getByText("Due date and priority", { exact: true }).click();
    await editorPanel.getByLabel("Due date", { exact: true }).fill("2020-01-31");
    await editorPanel.getByLabel("Priority", { exact: true }).selectOption("urgent");
    await editorPanel.getByRole("button", { name: "Save due date and priority" }).click();
    await checkerPanel.getByTestId("priority").filter({ hasText: "Urgent" }).waitFor(LIVE);
    await expect(checkerPanel.getByTestId("due").textContent()).resolves.toBe("Overdue: 2020-01-31");

    // An edit under the checker's unsaved typing is announced; the typing stays; the save is refused.
    await checkerPanel.getByText("Edit claim", { exact: true }).click();
    const statement = checkerPanel.getByLabel("Statement");
    await statement.fill("My careful rewording of the claim");
    await checkerPanel.getByTestId("presence").filter({ hasText: "Browser editor is viewing" }).waitFor(LIVE);
    await editorPanel.getByTestId("presence").filter({ hasText: "Browser fact_checker is editing" }).waitFor(LIVE);
    await editorPanel.getByText("Edit claim", { exact: true }).click();
    await editorPanel.getByLabel("Statement").fill("The editor's wording");
    await editorPanel.getByRole("button", { name: "Save claim" }).click();
    await checkerPanel.getByTestId("stale-notice").filter({ hasText: "Changed by Browser editor" }).waitFor(LIVE);
    await expect(statement.inputValue()).resolves.toBe("My careful rewording of the claim");
    await screenshot(checker, "together-02-changed-under-typing-1440");
    await checkerPanel.getByRole("button", { name: "keep editing" }).click();
    await checkerPanel.getByRole("button", { name: "Save claim" }).click();
    await checkerPanel.getByRole("alert").filter({ hasText: "Browser editor changed this claim" }).waitFor(LIVE);
    await expect(statement.inputValue()).resolves.toBe("My careful rewording of the claim");

    // The inbox lists the mention; marking all read clears the count.
    await checker.getByRole("link", { name: /Notifications, \d+ unread/ }).click();
    const mention = checker.getByTestId("notification").and(checker.locator('[data-kind="mentioned"]'));
    await expect(mention.textContent()).resolves.toContain("Browser editor mentioned you");
    await checker.getByRole("button", { name: "Mark all read" }).click();
    await checker.getByTestId("unread-count").filter({ hasText: /^0$/ }).waitFor(LIVE);
    await screenshot(checker, "together-03-inbox-1440");

    await checker.goto(`${base}/queue?sort=priority`);
    await expect(checker.getByTestId("my-queue").getByTestId("due").first().textContent()).resolves.toBe("Overdue: 2020-01-31");
    await screenshot(checker, "together-04-queue-1440");

    const narrow = await as("fact_checker", 390);
    await narrow.goto(url);
    await narrow.getByTestId("comment").first().waitFor();
    await screenshot(narrow, "together-05-claim-panel-390");
  });
});
