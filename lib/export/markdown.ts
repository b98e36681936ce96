import { isoDate, type ExportArticle } from "./model";
import type { ArticleReport, CollectionReport, ReportEntry } from "./report";
import type { ReportLinks } from "./report-html";

/**
 * Escapes text so Markdown shows it literally: inline markup characters anywhere, and at a line
 * start every character that can open a block: headings, quotes, list items, thematic breaks
 * (`---`) and setext underlines (`===`).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>|~])/g, "\\$1")
    .replace(/^(\s*)([#>+=-])/gm, (_match, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, (_match, number: string, marker: string) => `${number}\\${marker}`);
}

function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, " ").trim());
}

function mdLink(text: string, url: string): string {
  return /^https?:\/\//i.test(url) ? `[${inline(text)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : inline(text);
}

function blockquote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join("\n");
}

function articleLine(article: ExportArticle): string {
  const parts = [article.outlet, article.author, isoDate(article.publishedAt)].filter((part): part is string => Boolean(part)).map(inline);
  if (article.url) parts.push(mdLink("original article", article.url));
  return parts.join(" · ") || "No source details";
}

export function claimMarkdown(entry: ReportEntry, links: ReportLinks = {}, level = 2): string {
  const { claim, context } = entry;
  const { verdict } = claim;
  const heading = "#".repeat(level);
  const lines = [
    `${heading} ${inline(claim.statement)}`,
    "",
    `**Rating:** ${inline(verdict.rating.label)} · **Type:** ${claim.type}${claim.speaker ? ` · **Speaker:** ${inline(claim.speaker)}` : ""}`,
    "",
    // The quote's bold markers are added after escaping so they stay markup.
    context
      ? `> ${escapeMarkdown(context.before.replace(/\s+/g, " "))}**${escapeMarkdown(context.quote.replace(/\s+/g, " "))}**${escapeMarkdown(context.after.replace(/\s+/g, " "))}`
      : `> **${escapeMarkdown(claim.quote.replace(/\s+/g, " "))}**`,
    "",
    `**Rationale:**`,
    "",
    verdict.rationale
      .split(/\n\s*\n/)
      .map((part) => escapeMarkdown(part.trim()))
      .filter(Boolean)
      .join("\n\n"),
    "",
    `**Sources:**`,
    "",
  ];
  if (claim.sources.length === 0) lines.push("No sources recorded.");
  claim.sources.forEach((source, index) => {
    const details = [source.publisher, isoDate(source.publishedAt)].filter((part): part is string => Boolean(part)).map(inline).join(", ");
    const archived = source.archivedUrl ? ` (${mdLink("archived", source.archivedUrl)})` : "";
    const captured = source.capturedAt ? ` (page captured ${isoDate(source.capturedAt)})` : "";
    lines.push(`${index + 1}. *${source.stance}* ${mdLink(source.title || source.url, source.url)}${details ? ` — ${details}` : ""}${archived}${captured}`);
    if (source.excerpt) lines.push(`   ${blockquote(source.excerpt).replace(/\n/g, "\n   ")}`);
  });
  lines.push("", `*Checked by ${inline(verdict.checker ?? "unknown")} · approved by ${inline(verdict.decidedBy ?? "unknown")} on ${isoDate(verdict.decidedAt)}*`);
  if (links.reviewUrl) lines.push("", `Public review: <${links.reviewUrl(claim.id)}>`);
  return lines.join("\n");
}

export function articleReportMarkdown(report: ArticleReport, links: ReportLinks = {}): string {
  const parts = [
    `# Fact-check report: ${inline(report.article.title)}`,
    "",
    articleLine(report.article),
    "",
    `${report.entries.length} checked claim${report.entries.length === 1 ? "" : "s"} · generated ${report.generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
  ];
  if (report.entries.length === 0) parts.push("", "No claim in this article has an approved verdict yet.");
  for (const entry of report.entries) parts.push("", claimMarkdown(entry, links));
  return `${parts.join("\n")}\n`;
}

export function collectionReportMarkdown(report: CollectionReport, links: ReportLinks = {}): string {
  const header = `| Rating | ${report.types.join(" | ")} | Total |`;
  const rule = `| --- | ${report.types.map(() => "---:").join(" | ")} | ---: |`;
  const rows = report.ratings.map(
    (rating) => `| ${inline(rating.label)} | ${report.types.map((type) => report.counts[rating.key]?.[type] ?? 0).join(" | ")} | ${report.totalsByRating[rating.key] ?? 0} |`,
  );
  const total = `| **Total** | ${report.types.map((type) => report.totalsByType[type]).join(" | ")} | **${report.total}** |`;
  const parts = [`# Checked claims`, "", `${report.total} checked claims in ${report.articles.length} articles.`, "", "## Summary", "", header, rule, ...rows, total];
  for (const group of report.articles) {
    parts.push("", `## ${inline(group.article.title)}`, "", articleLine(group.article));
    for (const entry of group.entries) parts.push("", claimMarkdown(entry, links, 3));
  }
  return `${parts.join("\n")}\n`;
}
