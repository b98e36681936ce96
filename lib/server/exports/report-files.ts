import { articleReportMarkdown, collectionReportMarkdown } from "@/lib/export/markdown";
import { articleReportHtml, collectionReportHtml, reportDocument } from "@/lib/export/report-html";
import { REPORT_CSS } from "@/lib/export/report-css";
import { htmlToPdf, PdfUnavailableError } from "./pdf";
import { reviewUrl } from "./reports";
import type { ArticleReport, CollectionReport } from "@/lib/export/report";

/** The downloadable forms of a report: PDF printed from the same HTML as the page, and Markdown. */
type Report = { kind: "article"; report: ArticleReport } | { kind: "collection"; report: CollectionReport };

const links = { reviewUrl: (claimId: string) => reviewUrl(claimId) };

function fileName(report: Report, extension: string): string {
  const day = report.report.generatedAt.toISOString().slice(0, 10);
  const base = report.kind === "article" ? `report-${report.report.article.title}` : `collection-report`;
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "report";
  return `${slug}-${day}.${extension}`;
}

function title(report: Report): string {
  return report.kind === "article" ? `Fact-check report: ${report.report.article.title}` : "Checked claims";
}

export async function pdfResponse(report: Report): Promise<Response> {
  const body = report.kind === "article" ? articleReportHtml(report.report, links) : collectionReportHtml(report.report, links);
  try {
    const pdf = await htmlToPdf(reportDocument(title(report), body, REPORT_CSS));
    return new Response(Buffer.from(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${fileName(report, "pdf")}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    return Response.json({ error: { code: "unavailable", message: error.message } }, { status: 503 });
  }
}

export function markdownResponse(report: Report): Response {
  const text = report.kind === "article" ? articleReportMarkdown(report.report, links) : collectionReportMarkdown(report.report, links);
  return new Response(text, {
    headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${fileName(report, "md")}"`, "cache-control": "no-store" },
  });
}
