import { ratingChartSvg } from "./chart";
import { escapeHtml, link } from "./html";
import { isoDate, type CheckedClaim, type ExportArticle } from "./model";
import type { ArticleReport, CollectionReport, ReportEntry } from "./report";

/**
 * The report as HTML, built once and used by the report pages, the public review page and the PDF,
 * so the PDF looks like the page. Every value from the database is escaped here.
 */
export interface ReportLinks {
  /** The public review page of a checked claim, when it should be linked. */
  reviewUrl?: (claimId: string) => string;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

export function ratingBadge(rating: { key: string; label: string; value: number }): string {
  return `<span class="rating rating-v${Math.max(0, Math.min(5, rating.value))}" data-rating="${escapeHtml(rating.key)}">${escapeHtml(rating.label)}</span>`;
}

function sourceItem(source: CheckedClaim["sources"][number]): string {
  const details = [source.publisher, isoDate(source.publishedAt)].filter(Boolean).map(escapeHtml).join(", ");
  return [
    `<li><span class="stance stance-${escapeHtml(source.stance)}">${escapeHtml(source.stance)}</span> `,
    link(source.url, source.title || source.url),
    details ? ` <span class="muted">— ${details}</span>` : "",
    source.archivedUrl ? ` <span class="muted">(${link(source.archivedUrl, "archived")})</span>` : "",
    source.capturedAt ? ` <span class="muted captured">(page captured ${escapeHtml(isoDate(source.capturedAt))})</span>` : "",
    source.excerpt ? `<blockquote class="excerpt">${escapeHtml(source.excerpt)}</blockquote>` : "",
    `<div class="source-url muted">${escapeHtml(source.url)}</div>`,
    "</li>",
  ].join("");
}

/** `headingLevel` 1 is for the public page, where the statement is the page's title. */
export function claimSectionHtml(entry: ReportEntry, links: ReportLinks = {}, headingLevel: 1 | 3 = 3): string {
  const { claim, context } = entry;
  const { verdict } = claim;
  const quote = context
    ? `${escapeHtml(context.before)}<mark>${escapeHtml(context.quote)}</mark>${escapeHtml(context.after)}`
    : `<mark>${escapeHtml(claim.quote)}</mark>`;
  const signOff = [
    verdict.checker ? `Checked by ${escapeHtml(verdict.checker)}` : "Checker unknown",
    `approved by ${escapeHtml(verdict.decidedBy ?? "unknown")} on ${escapeHtml(isoDate(verdict.decidedAt))}`,
  ].join(" · ");
  return [
    `<article class="report-claim" id="claim-${escapeHtml(claim.id)}" data-claim-id="${escapeHtml(claim.id)}">`,
    `<div class="report-claim-head">${ratingBadge(verdict.rating)} <span class="badge type-${escapeHtml(claim.type)}">${escapeHtml(claim.type)}</span>`,
    links.reviewUrl ? ` <a class="review-link" href="${escapeHtml(links.reviewUrl(claim.id))}">public review</a>` : "",
    "</div>",
    `<h${headingLevel} class="statement">${escapeHtml(claim.statement)}</h${headingLevel}>`,
    `<blockquote class="quote">${quote}</blockquote>`,
    claim.speaker ? `<p class="muted">Speaker: ${escapeHtml(claim.speaker)}</p>` : "",
    `<h4>Rationale</h4><div class="rationale">${paragraphs(verdict.rationale)}</div>`,
    claim.sources.length
      ? `<h4>Sources (${claim.sources.length})</h4><ol class="sources">${claim.sources.map(sourceItem).join("")}</ol>`
      : `<h4>Sources</h4><p class="muted">No sources recorded.</p>`,
    `<p class="signoff muted">${signOff}</p>`,
    "</article>",
  ].join("");
}

export function articleLine(article: ExportArticle): string {
  const parts = [article.outlet, article.author, isoDate(article.publishedAt)].filter(Boolean).map((part) => escapeHtml(part));
  const original = article.url ? ` · ${link(article.url, "original article")}` : "";
  return `${parts.join(" · ") || "No source details"}${original}`;
}

export function articleReportHtml(report: ArticleReport, links: ReportLinks = {}): string {
  const count = report.entries.length;
  return [
    `<div class="report">`,
    `<p class="report-kind">Fact-check report</p>`,
    `<h1>${escapeHtml(report.article.title)}</h1>`,
    `<p class="muted">${articleLine(report.article)}</p>`,
    `<p class="muted">${count} checked claim${count === 1 ? "" : "s"} · generated ${escapeHtml(report.generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC</p>`,
    count ? report.entries.map((entry) => claimSectionHtml(entry, links)).join("") : `<p class="empty">No claim in this article has an approved verdict yet.</p>`,
    "</div>",
  ].join("");
}

function selectionLine(report: CollectionReport): string {
  const { from, to, outlet, type, rating } = report.selection;
  const ratingLabel = rating ? (report.ratings.find((item) => item.key === rating)?.label ?? rating) : null;
  const parts = [
    from || to ? `articles published ${from ? `from ${isoDate(from)}` : ""}${from && to ? " " : ""}${to ? `to ${isoDate(to)}` : ""}` : "all dates",
    outlet ? `outlet ${outlet}` : null,
    type ? `type ${type}` : null,
    ratingLabel ? `rating ${ratingLabel}` : null,
  ];
  return parts.filter(Boolean).map((part) => escapeHtml(part)).join(" · ");
}

export function summaryTableHtml(report: CollectionReport): string {
  const head = `<tr><th>Rating</th>${report.types.map((type) => `<th>${escapeHtml(type)}</th>`).join("")}<th>Total</th></tr>`;
  const rows = report.ratings.map(
    (rating) =>
      `<tr><th scope="row">${ratingBadge(rating)}</th>${report.types
        .map((type) => `<td>${report.counts[rating.key]?.[type] ?? 0}</td>`)
        .join("")}<td><strong>${report.totalsByRating[rating.key] ?? 0}</strong></td></tr>`,
  );
  const foot = `<tr><th scope="row">Total</th>${report.types.map((type) => `<td><strong>${report.totalsByType[type]}</strong></td>`).join("")}<td><strong>${report.total}</strong></td></tr>`;
  return `<table class="summary" data-testid="summary-table"><thead>${head}</thead><tbody>${rows.join("")}</tbody><tfoot>${foot}</tfoot></table>`;
}

export function collectionReportHtml(report: CollectionReport, links: ReportLinks = {}): string {
  const bars = report.ratings.map((rating) => ({ label: rating.label, count: report.totalsByRating[rating.key] ?? 0 }));
  return [
    `<div class="report">`,
    `<p class="report-kind">Fact-check collection report</p>`,
    `<h1>Checked claims</h1>`,
    `<p class="muted">${selectionLine(report)} · ${report.total} checked claim${report.total === 1 ? "" : "s"} in ${report.articles.length} article${report.articles.length === 1 ? "" : "s"}</p>`,
    `<h2>Summary</h2>`,
    `<div class="summary-block">${summaryTableHtml(report)}<figure class="chart">${ratingChartSvg(bars)}<figcaption class="muted">Checked claims by rating</figcaption></figure></div>`,
    ...report.articles.map(
      (group) =>
        `<section class="report-article"><h2>${escapeHtml(group.article.title)}</h2><p class="muted">${articleLine(group.article)}</p>${group.entries
          .map((entry) => claimSectionHtml(entry, links))
          .join("")}</section>`,
    ),
    report.total ? "" : `<p class="empty">No checked claim matches this selection.</p>`,
    "</div>",
  ].join("");
}

/** A standalone document for printing to PDF: the report's own styles, nothing from the app. */
export function reportDocument(title: string, bodyHtml: string, css: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body class="report-print">${bodyHtml}</body></html>`;
}
