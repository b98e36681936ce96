import type { APIRequestContext, Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { CLAIM_THRESHOLD } from "@/lib/extract";
import { launchChromium, screenshot, signIn } from "./chromium";

const ARTICLE_TEXT = [
  "Kyiv, 12 March 2024",
  "",
  "Ukraine's air force said it shot down 40 of 45 Russian drones overnight, the largest attack this month.",
  "The governor of Kharkiv reported that 12 civilians were injured when a missile hit a residential building.",
].join("\n");

let browser: Browser;
const contexts: Partial<Record<Role, BrowserContext>> = {};

async function as(role: Role): Promise<APIRequestContext> {
  if (!contexts[role]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const account = inject("accounts")[role];
    await signIn(page, inject("baseUrl"), account.email, account.password);
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    contexts[role] = context;
  }
  return contexts[role]!.request;
}

async function call(api: APIRequestContext, method: "get" | "post", path: string, data?: unknown) {
  const response = await api[method](`${inject("baseUrl")}${path}`, data === undefined ? {} : { data });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${method.toUpperCase()} ${path}: ${response.status()} ${JSON.stringify(body)}`);
  return body;
}

let claimId: string;
let articleId: string;
let statement: string;

beforeAll(async () => {
  browser = await launchChromium();
  const checker = await as("fact_checker");
  const editor = await as("editor");
  const article = await call(checker, "post", "/api/v1/articles", {
    text: ARTICLE_TEXT,
    title: "Drones over Kyiv",
    outlet: "Kyiv Daily",
    url: "https://news.example/drones-over-kyiv",
    publishedAt: "2024-03-12T08:00:00Z",
  });
  expect(article.claims.length).toBeGreaterThan(0);
  articleId = article.id;
  claimId = article.claims[0].id;
  statement = article.claims[0].statement;
  const me = await call(checker, "get", "/api/v1/me");
  await call(editor, "post", `/api/v1/claims/${claimId}/assign`, { userId: me.id });
  await call(checker, "post", `/api/v1/claims/${claimId}/sources`, {
    url: "https://airforce.example/statement",
    title: "Air force statement",
    publisher: "Air Force of Ukraine",
    excerpt: "38 of 45 drones were destroyed.",
    stance: "refutes",
  });
  const verdict = await call(checker, "post", `/api/v1/claims/${claimId}/verdicts`, { rating: "mostly_false", rationale: "The air force's own statement gives 38 of 45, not 40." });
  const before = await browser.newPage();
  expect((await before.goto(`${inject("baseUrl")}/review/${claimId}`))?.status()).toBe(404);
  await before.close();
  await call(editor, "post", `/api/v1/verdicts/${verdict.id}/approve`, {});
});

afterAll(async () => {
  for (const context of Object.values(contexts)) await context?.close();
  await browser?.close();
});

describe("publishing a checked claim", () => {
  test("an admin names the publishing organisation", async () => {
    await as("admin");
    const page = await contexts.admin!.newPage();
    await page.goto(`${inject("baseUrl")}/admin/organisation`);
    await page.getByLabel("Organisation name").fill("Desk Checks");
    await page.getByLabel("Organisation website").fill("https://checks.example");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toBe("Published reviews now name Desk Checks");
    await screenshot(page, "export-organisation");
    await page.close();
  });

  test("an admin sets the claim threshold on the same page, within 0.05–0.95", async () => {
    const page = await contexts.admin!.newPage();
    await page.goto(`${inject("baseUrl")}/admin/organisation`);
    const threshold = page.getByLabel("Claim threshold");
    await expect(threshold.inputValue()).resolves.toBe(String(CLAIM_THRESHOLD));
    await threshold.fill("0.6");
    await page.getByRole("button", { name: "Apply threshold" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toBe("Imports and re-extraction now propose clauses with a probability of at least 0.6");
    await screenshot(page, "extraction-threshold");
    // Later files import articles at the default.
    await threshold.fill(String(CLAIM_THRESHOLD));
    await page.getByRole("button", { name: "Apply threshold" }).click();
    await page.getByRole("status").filter({ hasText: `at least ${CLAIM_THRESHOLD}` }).waitFor();
    await page.close();
  });

  test("anyone, signed in or not, reads the review page and its one ClaimReview", async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(`${inject("baseUrl")}/review/${claimId}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(statement);
    await expect(page.locator(".rating").first().textContent()).resolves.toBe("Mostly false");
    await page.getByText("The air force's own statement gives 38 of 45, not 40.").waitFor();
    await expect(page.getByRole("link", { name: "Air force statement" }).getAttribute("href")).resolves.toBe("https://airforce.example/statement");
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const review = JSON.parse(scripts[0]!);
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${inject("baseUrl")}/review/${claimId}`,
      author: { "@type": "Organization", name: "Desk Checks", url: "https://checks.example" },
      reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
      itemReviewed: { "@type": "Claim", text: statement, datePublished: "2024-03-12T08:00:00.000Z", appearance: { "@type": "CreativeWork", url: "https://news.example/drones-over-kyiv" } },
    });
    expect(review.claimReviewed.length).toBeLessThan(75);
    await screenshot(page, "export-public-review");
    await context.close();
  });

  test("a viewer sees the checked report and downloads it as PDF, Markdown and ClaimReview", async () => {
    const viewer = await as("viewer");
    const page = await contexts.viewer!.newPage();
    await page.goto(`${inject("baseUrl")}/articles/${articleId}`);
    await page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: "Checked report" }).click();
    await page.getByTestId("report").waitFor();
    await expect(page.getByTestId("report").textContent()).resolves.toContain("The air force's own statement gives 38 of 45, not 40.");
    await screenshot(page, "export-article-report");

    const pdf = await viewer.get(`${inject("baseUrl")}/articles/${articleId}/report.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const markdown = await (await viewer.get(`${inject("baseUrl")}/articles/${articleId}/report.md`)).text();
    expect(markdown).toContain("**Rating:** Mostly false");
    const feed = await call(viewer, "get", `/api/v1/exports/claimreview?articleId=${articleId}`);
    expect(feed).toHaveLength(1);
    const csv = await viewer.get(`${inject("baseUrl")}/api/v1/exports/claims.csv?articleId=${articleId}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    await page.close();
  });

  test("the collection report shows the summary and the chart", async () => {
    await as("viewer");
    const page = await contexts.viewer!.newPage();
    await page.goto(`${inject("baseUrl")}/reports?from=2024-03-01&to=2024-03-31`);
    await page.getByTestId("summary-table").waitFor();
    await expect(page.locator("svg.rating-chart rect").count()).resolves.toBe(7);
    await expect(page.getByTestId("summary-table").textContent()).resolves.toContain("Mostly false");
    await screenshot(page, "export-collection-report");
    const pdf = await contexts.viewer!.request.get(`${inject("baseUrl")}/reports/report.pdf?from=2024-03-01&to=2024-03-31`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await page.close();
  });

  test("without signing in, the exports refuse", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/v1/exports/claimreview`);
    expect(response.status).toBe(401);
  });
});
