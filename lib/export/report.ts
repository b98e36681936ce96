import { CLAIM_TYPES, type ClaimType } from "@/lib/extract/types";
import { isChecked, type CheckedClaim, type ExportArticle, type ExportClaim, type ExportRating } from "./model";

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

export interface ReportEntry {
  claim: CheckedClaim;
  context: QuoteInContext | null;
}

export interface ArticleReport {
  article: ExportArticle;
  entries: ReportEntry[];
  generatedAt: Date;
}

const CONTEXT_CHARS = 220;

/**
 * The text around a claim's quote, within its paragraph and cut at word boundaries, so a reader
 * sees what the quote responds to without the whole article.
 */
export function quoteInContext(text: string, start: number, end: number, radius = CONTEXT_CHARS): QuoteInContext {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  let from = Math.max(paragraphStart, start - radius);
  let to = Math.min(paragraphEnd, end + radius);
  if (from > paragraphStart) {
    const space = text.indexOf(" ", from);
    from = space !== -1 && space < start ? space + 1 : start;
  }
  if (to < paragraphEnd) {
    const space = text.lastIndexOf(" ", to);
    to = space > end ? space : end;
  }
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  return {
    before: `${from > paragraphStart ? "…" : ""}${before.trimStart()}`,
    quote: text.slice(start, end),
    after: `${after.trimEnd()}${to < paragraphEnd ? "…" : ""}`,
  };
}

function readingOrder(a: ExportClaim, b: ExportClaim): number {
  return a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);
}

/** The checked claims of one article in reading order; claims without an approved verdict are left out. */
export function buildArticleReport(article: ExportArticle & { text: string }, claims: readonly ExportClaim[], generatedAt = new Date()): ArticleReport {
  const { text, ...described } = article;
  const entries = claims
    .filter(isChecked)
    .sort(readingOrder)
    .map((claim) => ({ claim, context: claim.end <= text.length ? quoteInContext(text, claim.start, claim.end) : null }));
  return { article: described, entries, generatedAt };
}

export interface CollectionSelection {
  from?: Date;
  to?: Date;
  outlet?: string;
  type?: ClaimType;
  rating?: string;
}

export interface CollectionReport {
  selection: CollectionSelection;
  ratings: ExportRating[];
  types: ClaimType[];
  /** counts[ratingKey][type] */
  counts: Record<string, Record<ClaimType, number>>;
  totalsByRating: Record<string, number>;
  totalsByType: Record<ClaimType, number>;
  total: number;
  articles: { article: ExportArticle; entries: ReportEntry[] }[];
  generatedAt: Date;
}

function zeroByType(): Record<ClaimType, number> {
  return Object.fromEntries(CLAIM_TYPES.map((type) => [type, 0])) as Record<ClaimType, number>;
}

/**
 * Checked claims grouped by article (newest article first, claims in reading order) with the
 * rating × type summary. `ratings` is the scale in display order.
 */
export function buildCollectionReport(
  claims: readonly ExportClaim[],
  ratings: readonly ExportRating[],
  selection: CollectionSelection,
  generatedAt = new Date(),
): CollectionReport {
  const checked = claims.filter(isChecked);
  const counts: Record<string, Record<ClaimType, number>> = {};
  const totalsByRating: Record<string, number> = {};
  for (const rating of ratings) {
    counts[rating.key] = zeroByType();
    totalsByRating[rating.key] = 0;
  }
  const totalsByType = zeroByType();
  const byArticle = new Map<string, { article: ExportArticle; entries: ReportEntry[] }>();
  for (const claim of checked) {
    const key = claim.verdict.rating.key;
    counts[key] ??= zeroByType();
    counts[key][claim.type] += 1;
    totalsByRating[key] = (totalsByRating[key] ?? 0) + 1;
    totalsByType[claim.type] += 1;
    const group = byArticle.get(claim.article.id) ?? { article: claim.article, entries: [] };
    group.entries.push({ claim, context: null });
    byArticle.set(claim.article.id, group);
  }
  const articles = [...byArticle.values()].sort(
    (a, b) => (b.article.publishedAt?.getTime() ?? 0) - (a.article.publishedAt?.getTime() ?? 0) || a.article.title.localeCompare(b.article.title),
  );
  for (const group of articles) group.entries.sort((a, b) => readingOrder(a.claim, b.claim));
  const types = CLAIM_TYPES.filter((type) => totalsByType[type] > 0);
  return { selection, ratings: [...ratings], types, counts, totalsByRating, totalsByType, total: checked.length, articles, generatedAt };
}
