import { buildClaimReview, ratingScale, type ClaimReviewContext } from "@/lib/export/claim-review";
import { collectionFiltersSchema, rangeEnd, rangeStart } from "@/lib/export/filters";
import { isChecked, type CheckedClaim, type ExportRating } from "@/lib/export/model";
import { buildArticleReport, buildCollectionReport, quoteInContext, type ArticleReport, type CollectionReport, type ReportEntry } from "@/lib/export/report";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { getOrganisation } from "../settings/organisation";
import { PUBLISHED_CLAIM, PUBLISHED_SELECT, toExportClaim } from "./report-rows";
import { parseInput } from "../http/validate";

/** Reads for reports and published pages. Every read here goes through PUBLISHED_CLAIM and APPROVED_VERDICT. */

/** The address readers reach ClaimDesk at, for links in published data. */
export function publicBaseUrl(): string {
  const env = readEnv();
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

export function reviewUrl(claimId: string, base = publicBaseUrl()): string {
  return `${base}/review/${encodeURIComponent(claimId)}`;
}

async function allRatings(): Promise<ExportRating[]> {
  return db().rating.findMany({ select: { key: true, label: true, value: true }, orderBy: [{ position: "asc" }, { key: "asc" }] });
}

/** Who publishes and on what scale; until an admin names the organisation, ClaimDesk itself is named. */
export async function publishingContext(): Promise<Omit<ClaimReviewContext, "reviewUrl"> & { base: string }> {
  const base = publicBaseUrl();
  const [organisation, ratings] = await Promise.all([getOrganisation(), allRatings()]);
  return { base, organisation: organisation ?? { name: "ClaimDesk", url: base }, scale: ratingScale(ratings) };
}

function checked(row: Prisma.ClaimGetPayload<{ select: typeof PUBLISHED_SELECT }>): CheckedClaim | null {
  const claim = toExportClaim(row);
  return isChecked(claim) ? claim : null;
}

export interface PublicReview {
  entry: ReportEntry;
  claimReview: ReturnType<typeof buildClaimReview>;
  organisation: { name: string; url: string };
}

/** The public page of one checked claim: readable without signing in, so it only ever finds published claims. */
export async function getPublicReview(claimId: string): Promise<PublicReview> {
  const row = await db().claim.findFirst({
    where: { id: claimId, ...PUBLISHED_CLAIM },
    select: { ...PUBLISHED_SELECT, article: { select: { ...PUBLISHED_SELECT.article.select, text: true } } },
  });
  const claim = row && checked(row);
  if (!row || !claim) throw new AppError("not_found", "No published review with this address");
  const context = await publishingContext();
  const { text } = row.article;
  return {
    entry: { claim, context: claim.end <= text.length ? quoteInContext(text, claim.start, claim.end) : null },
    claimReview: buildClaimReview(claim, { ...context, reviewUrl: reviewUrl(claim.id, context.base) }),
    organisation: context.organisation,
  };
}

export async function getArticleReport(articleId: string, actor: Actor): Promise<ArticleReport> {
  authorize(actor, "export:read");
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, outlet: true, url: true, author: true, publishedAt: true, text: true },
  });
  if (!article) throw new AppError("not_found", "No such article");
  const rows = await db().claim.findMany({
    where: { articleId, ...PUBLISHED_CLAIM },
    select: PUBLISHED_SELECT,
    orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
  });
  return buildArticleReport(article, rows.map(toExportClaim));
}

/** A collection report lists every claim it counts; past this size it asks for a narrower selection. */
export const COLLECTION_LIMIT = 2000;

export async function getCollectionReport(input: unknown, actor: Actor): Promise<CollectionReport> {
  authorize(actor, "export:read");
  const filters = parseInput(collectionFiltersSchema, input);
  const from = rangeStart(filters.from);
  const to = rangeEnd(filters.to);
  const where: Prisma.ClaimWhereInput = {
    ...PUBLISHED_CLAIM,
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.rating ? { AND: [{ verdicts: { some: { state: "approved", ratingKey: filters.rating } } }] } : {}),
    article: {
      ...(filters.outlet ? { outlet: filters.outlet } : {}),
      ...(from || to ? { publishedAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    },
  };
  const count = await db().claim.count({ where });
  if (count > COLLECTION_LIMIT) {
    throw new AppError("too_large", `${count.toLocaleString("en")} checked claims match; narrow the selection to ${COLLECTION_LIMIT.toLocaleString("en")} or fewer, or use the CSV export`);
  }
  const [rows, ratings] = await Promise.all([db().claim.findMany({ where, select: PUBLISHED_SELECT }), allRatings()]);
  // A claim whose latest approved verdict has another rating than the filter asked for is left out.
  const claims = rows.map(toExportClaim).filter((claim) => !filters.rating || claim.verdict?.rating.key === filters.rating);
  const report = buildCollectionReport(claims, ratings, { from, to: filters.to ? rangeStart(filters.to) : undefined, outlet: filters.outlet, type: filters.type, rating: filters.rating });
  await addQuoteContexts(report.articles);
  return report;
}

const TEXT_BATCH = 50;

/** Puts each quote in its context, reading the articles' texts a few at a time so they never all sit in memory. */
async function addQuoteContexts(groups: CollectionReport["articles"]): Promise<void> {
  for (let first = 0; first < groups.length; first += TEXT_BATCH) {
    const chunk = groups.slice(first, first + TEXT_BATCH);
    const texts = new Map(
      (await db().article.findMany({ where: { id: { in: chunk.map((group) => group.article.id) } }, select: { id: true, text: true } })).map((row) => [row.id, row.text]),
    );
    for (const group of chunk) {
      const text = texts.get(group.article.id) ?? "";
      group.entries = group.entries.map((entry) => ({
        ...entry,
        context: entry.claim.end <= text.length ? quoteInContext(text, entry.claim.start, entry.claim.end) : null,
      }));
    }
  }
}

export async function listOutlets(actor: Actor): Promise<string[]> {
  authorize(actor, "export:read");
  const rows = await db().article.findMany({ where: { outlet: { not: null } }, distinct: ["outlet"], select: { outlet: true }, orderBy: { outlet: "asc" } });
  return rows.map((row) => row.outlet).filter((outlet): outlet is string => outlet !== null);
}

export async function listRatingsForReports(actor: Actor): Promise<ExportRating[]> {
  authorize(actor, "export:read");
  return allRatings();
}
