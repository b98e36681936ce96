import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { CLAIM_COLUMNS } from "@/lib/export/claim-row";
import { articleReportHtml } from "@/lib/export/report-html";
import { articleReportMarkdown, collectionReportMarkdown } from "@/lib/export/markdown";
import { SYSTEM_ACTOR, type Actor } from "@/lib/server/auth/actors";
import { claimBatch } from "@/lib/server/exports/export-sql";
import { streamClaimReviews, streamClaimsCsv, streamClaimsJson } from "@/lib/server/exports/exports";
import { db } from "@/lib/server/db/client";
import { getOrganisation, saveOrganisation } from "@/lib/server/settings/organisation";
import { getArticleReport, getCollectionReport, getPublicReview } from "@/lib/server/exports/reports";
import { makeUser } from "./helpers";
import { articleInEveryState, EXPORT_SENTENCES } from "./export-fixtures";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  // Keep the BOM: whether it is there is part of what is tested.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    text += decoder.decode(next.value, { stream: true });
    chunks += 1;
  }
  return { text, chunks };
}

const LEAKS = /DRAFT|REOPENED-OLD/;

let checker: Actor;
let editor: Actor;
let viewer: Actor;
let article: Awaited<ReturnType<typeof articleInEveryState>>;
let other: Awaited<ReturnType<typeof articleInEveryState>>;
/** The UTC day on which the fixtures' verdicts were approved or later: taken before, so midnight cannot fall between. */
let approvalDay: string;

beforeAll(async () => {
  approvalDay = new Date().toISOString().slice(0, 10);
  checker = await makeUser("fact_checker");
  editor = await makeUser("editor");
  viewer = await makeUser("viewer");
  await saveOrganisation({ name: "Desk Checks", url: "https://checks.example" }, await makeUser("admin"));
  article = await articleInEveryState(checker, editor);
  other = await articleInEveryState(checker, editor, { publishedAt: "2023-01-10T09:00:00Z" });
});

describe("the ClaimReview feed", () => {
  test("holds exactly the approved claims, nothing proposed, returned or reopened", async () => {
    const { text } = await readAll(await streamClaimReviews({ articleId: article.articleId }, viewer));
    expect(text).not.toMatch(LEAKS);
    const reviews = JSON.parse(text) as Record<string, any>[];
    expect(reviews.map((review) => review.itemReviewed.text).sort()).toEqual([EXPORT_SENTENCES.approved, EXPORT_SENTENCES.unverifiable].sort());
    const approved = reviews.find((review) => review.itemReviewed.text === EXPORT_SENTENCES.approved)!;
    expect(approved).toMatchObject({
      "@type": "ClaimReview",
      url: expect.stringMatching(new RegExp(`/review/${article.ids.approved}$`)),
      author: { "@type": "Organization", name: "Desk Checks", url: "https://checks.example" },
      reviewRating: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
      itemReviewed: { "@type": "Claim", datePublished: "2024-03-03T09:00:00.000Z", appearance: { url: "https://news.example/drones" } },
    });
    const unverifiable = reviews.find((review) => review.itemReviewed.text === EXPORT_SENTENCES.unverifiable)!;
    expect(unverifiable.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
  });

  test("filters by article and by approval date, read in small batches", async () => {
    const all = JSON.parse((await readAll(await streamClaimReviews({}, viewer, { batchSize: 1 }))).text) as unknown[];
    expect(all).toHaveLength(4);
    expect(JSON.parse((await readAll(await streamClaimReviews({ from: approvalDay }, viewer))).text)).toHaveLength(4);
    expect(JSON.parse((await readAll(await streamClaimReviews({ to: "2020-01-01" }, viewer))).text)).toEqual([]);
    await expect(streamClaimReviews({ from: "soon" }, viewer)).rejects.toMatchObject({ code: "invalid" });
  });

  test("its query alone, before the builders' own check, returns approved verdicts of approved claims only", async () => {
    const { claims } = await claimBatch("published", [], null, 100);
    expect(claims.map((claim) => claim.id).sort()).toEqual([article.ids.approved, article.ids.unverifiable, other.ids.approved, other.ids.unverifiable].sort());
    expect(claims.every((claim) => claim.state === "approved" && claim.verdict?.state === "approved")).toBe(true);
  });

  test("needs a user: nobody anonymous reads the feed through the API", async () => {
    await expect(streamClaimReviews({}, null as unknown as Actor)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("the public review page", () => {
  test("shows an approved claim with its one ClaimReview", async () => {
    const review = await getPublicReview(article.ids.approved);
    expect(review.entry.claim.verdict).toMatchObject({ state: "approved", rationale: "PUBLISHED rationale: the air force later said 38." });
    expect(review.entry.claim.sources).toHaveLength(1);
    expect(review.entry.context?.quote).toBe(EXPORT_SENTENCES.approved);
    expect(review.claimReview.itemReviewed.text).toBe(EXPORT_SENTENCES.approved);
  });

  test.each(["proposed", "returned", "reopened", "untouched"] as const)("does not exist for a %s claim", async (role) => {
    await expect(getPublicReview(article.ids[role])).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("checked reports", () => {
  test("the article report lists approved claims only, in reading order", async () => {
    const report = await getArticleReport(article.articleId, viewer);
    expect(report.entries.map((entry) => entry.claim.id)).toEqual([article.ids.approved, article.ids.unverifiable]);
    expect(articleReportHtml(report)).not.toMatch(LEAKS);
    expect(articleReportMarkdown(report)).not.toMatch(LEAKS);
    expect(articleReportMarkdown(report)).toContain("approved by Test editor");
  });

  test("the collection report counts approved claims only, and filters by date and rating", async () => {
    const all = await getCollectionReport({}, viewer);
    expect(all.total).toBe(4);
    expect(all.totalsByRating).toMatchObject({ mostly_false: 2, unverifiable: 2, mixed: 0, true: 0, false: 0 });
    expect(collectionReportMarkdown(all)).not.toMatch(LEAKS);
    const recent = await getCollectionReport({ from: "2024-01-01", to: "2024-12-31", rating: "mostly_false" }, viewer);
    expect(recent.total).toBe(1);
    expect(recent.articles.map((group) => group.article.id)).toEqual([article.articleId]);
    expect(recent.articles[0]!.entries[0]!.context).toMatchObject({ quote: EXPORT_SENTENCES.approved, after: expect.stringContaining(EXPORT_SENTENCES.proposed.slice(0, 20)) });
    const byOutlet = await getCollectionReport({ outlet: "Nobody's Gazette" }, viewer);
    expect(byOutlet.total).toBe(0);
  });
});

describe("internal exports", () => {
  test("the CSV streams batch by batch, one row per claim in reading order, each verdict labelled by its state", async () => {
    const { text, chunks } = await readAll(streamClaimsCsv({ articleId: article.articleId }, viewer, { batchSize: 2 }));
    expect(chunks).toBe(1 + 3);
    expect(text.startsWith("\uFEFFclaim_id,")).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CLAIM_COLUMNS]);
    expect(rows.map((row) => row.claim_id)).toEqual(Object.values(article.ids));
    const byClaim = Object.fromEntries(rows.map((row) => [row.claim_id, row]));
    expect(byClaim[article.ids.approved]).toMatchObject({ state: "approved", verdict_state: "approved", rating: "Mostly false", approver: "Test editor", checker: "Test fact_checker" });
    expect(byClaim[article.ids.proposed]).toMatchObject({ state: "proposed", verdict_state: "proposed", rating: "False", approver: "", approved_at: "" });
    expect(byClaim[article.ids.returned]).toMatchObject({ state: "returned", verdict_state: "returned", approver: "" });
    expect(byClaim[article.ids.reopened]).toMatchObject({ state: "in_review", verdict_state: "approved" });
    expect(byClaim[article.ids.untouched]).toMatchObject({ state: "new", verdict_state: "", rating: "" });
    expect(byClaim[article.ids.approved]!.sources).toBe("[refutes] Source for approved, Example Org: https://example.org/approved");
  });

  test("filters combine: state, type, assignee and the article's publication date", async () => {
    const rowsFor = async (filters: Record<string, string>) =>
      parse((await readAll(streamClaimsCsv(filters, viewer))).text, { bom: true, columns: true }) as Record<string, string>[];
    expect(await rowsFor({ state: "approved" })).toHaveLength(4);
    expect((await rowsFor({ type: "economic" })).map((row) => row.claim_id).sort()).toEqual([article.ids.returned, other.ids.returned].sort());
    expect(await rowsFor({ assigneeId: checker.id! })).toHaveLength(10);
    expect((await rowsFor({ from: "2024-03-03", to: "2024-03-03" })).every((row) => row.article_id === article.articleId)).toBe(true);
    expect(await rowsFor({ to: "2023-01-09" })).toHaveLength(0);
    expect(() => streamClaimsCsv({ state: "done" }, viewer)).toThrow(expect.objectContaining({ code: "invalid" }));
  });

  test("the JSON export is one array of claims with the same labels", async () => {
    const claims = JSON.parse((await readAll(streamClaimsJson({ articleId: other.articleId }, viewer, { batchSize: 4 }))).text) as any[];
    expect(claims.map((claim) => claim.id)).toEqual(Object.values(other.ids));
    expect(claims.find((claim) => claim.id === other.ids.proposed).verdict).toMatchObject({ state: "proposed", checked: false, approver: null });
    expect(claims.find((claim) => claim.id === other.ids.approved).verdict).toMatchObject({ state: "approved", checked: true, approver: "Test editor" });
  });

  test("an export of nothing is a header or an empty array", async () => {
    expect((await readAll(streamClaimsCsv({ articleId: "none" }, viewer))).text).toBe(`\uFEFF${CLAIM_COLUMNS.join(",")}\r\n`);
    expect(JSON.parse((await readAll(streamClaimsJson({ articleId: "none" }, viewer))).text)).toEqual([]);
  });

  test("the system actor can export too (scripts)", async () => {
    expect((await readAll(streamClaimsCsv({ articleId: article.articleId }, SYSTEM_ACTOR))).text).toContain(article.ids.approved);
  });
});

describe("the publishing organisation", () => {
  test("only an admin sets it, with a valid web address, and the change is audited", async () => {
    const admin = await makeUser("admin");
    await expect(saveOrganisation({ name: "X", url: "https://x.example" }, editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveOrganisation({ name: "X", url: "javascript:alert(1)" }, admin)).rejects.toMatchObject({ code: "invalid" });
    await saveOrganisation({ name: "Desk Checks Weekly", url: "https://weekly.example" }, admin);
    expect(await getOrganisation()).toEqual({ name: "Desk Checks Weekly", url: "https://weekly.example" });
    const audit = await db().auditEntry.findFirst({ where: { entityType: "Setting", entityId: "org" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { name: "Desk Checks" }, after: { name: "Desk Checks Weekly" } });
    const [review] = JSON.parse((await readAll(await streamClaimReviews({ articleId: article.articleId }, viewer))).text) as { author: unknown }[];
    expect(review!.author).toEqual({ "@type": "Organization", name: "Desk Checks Weekly", url: "https://weekly.example" });
  });
});
