import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { articleReportHtml } from "@/lib/export/report-html";
import { REPORT_CSS } from "@/lib/export/report-css";
import { AppError } from "@/lib/server/http/errors";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { getArticleReport } from "@/lib/server/exports/reports";
import { ExportLinks } from "../export-links";

export const metadata: Metadata = { title: "Checked report" };

export default async function ArticleReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("export:read");
  const { id } = await params;
  const report = await getArticleReport(id, actor).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <main className="report-page">
      <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      <div className="report-toolbar">
        <Link href={`/articles/${encodeURIComponent(id)}`}>← Back to the article</Link>
        <ExportLinks articleId={id} />
      </div>
      {/* The same HTML the PDF is printed from; lib/export/report-html.ts escapes every value. */}
      <div data-testid="report" dangerouslySetInnerHTML={{ __html: articleReportHtml(report, { reviewUrl: (claimId) => `/review/${encodeURIComponent(claimId)}` }) }} />
    </main>
  );
}
