import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { expect, inject } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { signIn } from "./chromium";

export const base = () => inject("baseUrl");

/** A new signed-in page for `role` at the given width. */
export async function signedIn(browser: Browser, role: Role, width: number, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const account = inject("accounts")[role];
  await signIn(page, base(), account.email, account.password);
  await page.getByRole("heading", { name: "Dashboard" }).waitFor();
  return page;
}

/** Imports an article through the HTTP API with the page's session; returns its id and claims in reading order. */
export async function importArticle(page: Page, title: string, body: string): Promise<{ id: string; claims: { id: string; statement: string }[] }> {
  const text = `${body}\n\nReport ${randomUUID().slice(0, 8)}.`;
  const response = await page.request.post(`${base()}/api/v1/articles`, { data: { title, text } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  const article = await page.request.get(`${base()}/api/v1/articles/${id}`);
  const { claims } = (await article.json()) as { claims: { id: string; statement: string; start: number }[] };
  return { id, claims: claims.sort((a, b) => a.start - b.start) };
}
