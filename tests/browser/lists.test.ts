import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { launchChromium, screenshot, signIn } from "./chromium";

const base = () => inject("baseUrl");
const run = randomUUID().slice(0, 8);
const OUTLET = `Paging Wire ${run}`;
const ARTICLES = 12;

let browser: Browser;
const contexts: BrowserContext[] = [];
let editor: Page;
const articleIds: string[] = [];

async function as(role: Role, width: number): Promise<Page> {
  const account = inject("accounts")[role];
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, base(), account.email, account.password);
  await page.getByRole("heading", { name: "Dashboard" }).waitFor();
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
  editor = await as("editor", 1440);
  for (let index = 0; index < ARTICLES; index++) {
    const text = `Kyiv, report ${run}-${index}. Ukraine's air force said it shot down ${20 + index} of ${40 + index} drones overnight. The governor reported that ${index + 2} civilians were injured.`;
    const response = await editor.request.post(`${base()}/api/v1/articles`, {
      data: { title: `Paging ${run} #${String(index).padStart(2, "0")}`, text, outlet: OUTLET, publishedAt: `2024-05-${String(index + 1).padStart(2, "0")}` },
    });
    expect(response.status()).toBe(201);
    articleIds.push(((await response.json()) as { id: string }).id);
  }
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("lists that page", () => {
  test("the articles list pages 5 at a time through all 12, newest first, with N of M and checked/total claims", async () => {
    await editor.goto(`${base()}/articles?outlet=${encodeURIComponent(OUTLET)}&limit=5`);
    const titles: string[] = [];
    for (const expected of ["1–5 of 12 articles", "6–10 of 12 articles", "11–12 of 12 articles"]) {
      await expect(editor.getByTestId("list-count").first().textContent()).resolves.toBe(expected);
      titles.push(...(await editor.getByTestId("articles-table").locator("tbody tr td:first-child").allTextContents()));
      if (expected.startsWith("1–5")) await screenshot(editor, "lists-articles-1440");
      const next = editor.getByRole("link", { name: "Next page →" }).first();
      if (await next.count()) {
        const target = new URL((await next.getAttribute("href"))!, base()).search;
        await Promise.all([editor.waitForURL((url) => url.search === target), next.click()]);
      }
    }
    expect(titles).toEqual(Array.from({ length: ARTICLES }, (_, index) => `Paging ${run} #${String(ARTICLES - 1 - index).padStart(2, "0")}`));
    const counts = await editor.getByTestId("checked-claims").allTextContents();
    expect(counts.every((count) => /^0 \/ \d+$/.test(count))).toBe(true);
    // The filters stay in the URL, so the sort form keeps them.
    await editor.getByLabel("Sort").selectOption("outlet");
    await Promise.all([editor.waitForURL(/sort=outlet/), editor.getByRole("button", { name: "Show" }).click()]);
    expect(new URL(editor.url()).searchParams.get("outlet")).toBe(OUTLET);
    await expect(editor.getByTestId("list-count").first().textContent()).resolves.toBe("1–5 of 12 articles");

    const phone = await as("editor", 390);
    await phone.goto(`${base()}/articles?outlet=${encodeURIComponent(OUTLET)}&limit=5`);
    await phone.getByTestId("articles-table").waitFor();
    await screenshot(phone, "lists-articles-390");
  });

  test("the list API pages with {items, nextCursor, total} and refuses bad parameters with 400", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `outlet=${encodeURIComponent(OUTLET)}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const response = await editor.request.get(`${base()}/api/v1/articles?${query}`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { items: { id: string; claims: number; checked: number }[]; nextCursor: string | null; total: number };
      expect(body.total).toBe(ARTICLES);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual([...articleIds].sort());

    const claims = await editor.request.get(`${base()}/api/v1/claims?outlet=${encodeURIComponent(OUTLET)}&limit=200`);
    const claimBody = (await claims.json()) as { items: { id: string }[]; nextCursor: string | null; total: number };
    expect(claimBody.items.length).toBe(claimBody.total);
    const articleCursor = ((await (await editor.request.get(`${base()}/api/v1/articles?outlet=${encodeURIComponent(OUTLET)}&limit=1`)).json()) as { nextCursor: string }).nextCursor;
    for (const [url, field] of [
      [`/api/v1/claims?cursor=${encodeURIComponent(articleCursor)}`, "cursor"],
      [`/api/v1/articles?cursor=garbage`, "cursor"],
      [`/api/v1/articles?limit=201`, "limit"],
      [`/api/v1/claims?state=lost`, "state"],
      [`/api/v1/claims?type=weather`, "type"],
    ] as const) {
      const response = await editor.request.get(`${base()}${url}`);
      expect(response.status()).toBe(400);
      const error = ((await response.json()) as { error: { message: string; fields: Record<string, string[]> } }).error;
      expect(Object.keys(error.fields)).toContain(field);
      expect(error.message.toLowerCase()).toContain(field.toLowerCase());
    }
    const tooMany = await editor.request.post(`${base()}/api/v1/claims/bulk`, { data: { action: "take", ids: Array.from({ length: 1001 }, (_, index) => ({ id: `c${index}`, version: 1 })) } });
    expect(tooMany.status()).toBe(400);
    expect(((await tooMany.json()) as { error: { message: string } }).error.message).toContain("At most 1,000 claims");
  });
});

describe("bulk actions", () => {
  test("shift-click selects a range, one claim changed meanwhile is skipped with the reason, the rest are taken", async () => {
    const listUrl = `${base()}/claims?outlet=${encodeURIComponent(OUTLET)}&state=new&sort=published&limit=6`;
    await editor.goto(listUrl);
    const boxes = editor.getByTestId("select-claim");
    await boxes.nth(0).click();
    await boxes.nth(3).click({ modifiers: ["Shift"] });
    await expect(editor.getByTestId("selected-count").textContent()).resolves.toBe("4 selected");
    const rows = editor.getByTestId("claims-table").locator("tbody tr");
    const selectedIds = await rows.evaluateAll((all) => all.slice(0, 4).map((row) => row.getAttribute("data-claim-id")!));

    // Someone else edits the third claim after the list was shown.
    const detail = (await (await editor.request.get(`${base()}/api/v1/claims/${selectedIds[2]}`)).json()) as { version: number };
    const edit = await editor.request.patch(`${base()}/api/v1/claims/${selectedIds[2]}`, { data: { version: detail.version, type: "military" } });
    expect(edit.status()).toBe(200);

    await editor.getByLabel("Action").selectOption("take");
    await editor.getByRole("button", { name: "Apply" }).click();
    const result = editor.getByTestId("bulk-result");
    await expect(result.getByText("Done: 3; skipped 1:").waitFor()).resolves.toBeUndefined();
    await expect(result.locator("li").textContent()).resolves.toContain("changed this claim");
    await screenshot(editor, "lists-bulk-1440");

    const taken = (await (await editor.request.get(`${base()}/api/v1/claims?outlet=${encodeURIComponent(OUTLET)}&assignee=me&limit=200`)).json()) as { items: { id: string }[] };
    expect(taken.items.map((item) => item.id).sort()).toEqual([selectedIds[0], selectedIds[1], selectedIds[3]].sort());
  });

  test("select all N matching changes the type of every claim of the filters, past the page shown", async () => {
    const listUrl = `${base()}/claims?outlet=${encodeURIComponent(OUTLET)}&state=new&limit=5`;
    await editor.goto(listUrl);
    const total = ((await (await editor.request.get(`${base()}/api/v1/claims?outlet=${encodeURIComponent(OUTLET)}&state=new&limit=1`)).json()) as { total: number }).total;
    expect(total).toBeGreaterThan(5);
    await editor.getByLabel("Select all shown").check();
    await editor.getByRole("button", { name: `Select all ${total} matching` }).click();
    await expect(editor.getByTestId("selected-count").textContent()).resolves.toBe(`${total} selected`);
    await editor.getByLabel("Action").selectOption("retype");
    await editor.getByLabel("New type").selectOption("aid");
    await editor.getByRole("button", { name: "Apply" }).click();
    await editor.getByTestId("bulk-result").getByText(`Done: ${total} claims`).waitFor();
    const after = (await (await editor.request.get(`${base()}/api/v1/claims?outlet=${encodeURIComponent(OUTLET)}&state=new&type=aid&limit=1`)).json()) as { total: number };
    expect(after.total).toBe(total);

    const phone = await as("editor", 390);
    await phone.goto(`${base()}/queue?outlet=${encodeURIComponent(OUTLET)}`);
    await phone.getByTestId("my-queue").waitFor();
    await phone.getByTestId("select-claim").first().click();
    await expect(phone.getByTestId("selected-count").textContent()).resolves.toBe("1 selected");
    await screenshot(phone, "lists-bulk-390");
  });

  test("an admin archives an article from its page: it leaves the list and comes back", async () => {
    const admin = await as("admin", 1440);
    await admin.goto(`${base()}/articles/${articleIds[0]}`);
    await admin.getByRole("button", { name: "Archive", exact: true }).click();
    await admin.getByTestId("archived-notice").waitFor();
    await admin.goto(`${base()}/articles?outlet=${encodeURIComponent(OUTLET)}`);
    await expect(admin.getByTestId("list-count").first().textContent()).resolves.toBe(`1–${ARTICLES - 1} of ${ARTICLES - 1} articles`);
    const archive = await admin.request.post(`${base()}/api/v1/articles/${articleIds[0]}/archive`, { data: { archived: false } });
    expect(archive.status()).toBe(200);
    const denied = await editor.request.post(`${base()}/api/v1/articles/${articleIds[0]}/archive`);
    expect(denied.status()).toBe(403);
  });
});

describe("paste = file", () => {
  test("a dated article pasted into the form fills date and outlet, hides the date token, and is the same article as its file", async () => {
    const body = `KYIV (Ukrinform) — Ukraine's air force said it shot down 31 of 35 drones overnight, report ${run}.`;
    const dated = ` date 2024-09-10 ${body}`;
    await editor.goto(`${base()}/articles/new`);
    const box = editor.getByLabel("Article text");
    await box.focus();
    await box.evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, dated);
    await editor.getByTestId("draft-source").waitFor();
    await expect(editor.getByLabel("Published").inputValue()).resolves.toBe("2024-09-10");
    await expect(editor.getByLabel("Outlet").inputValue()).resolves.toBe("Ukrinform");
    await expect(box.inputValue()).resolves.toBe(dated);
    await screenshot(editor, "paste-filled-1440");
    await editor.getByRole("button", { name: "Import and find claims" }).click();
    await editor.waitForURL(/\/articles\/[^/?]+$/);
    const text = await editor.getByTestId("article-text").textContent();
    expect(text).not.toContain("date 2024-09-10");
    expect(text).toContain("KYIV (Ukrinform)");

    // The same article as a file, with or without the date line, is the one already stored.
    const articleId = new URL(editor.url()).pathname.split("/").pop();
    for (const file of [dated, body]) {
      const again = await editor.request.post(`${base()}/api/v1/articles`, { data: { text: file } });
      expect(again.status()).toBe(409);
      expect(((await again.json()) as { id: string }).id).toBe(articleId);
    }
  });
});
