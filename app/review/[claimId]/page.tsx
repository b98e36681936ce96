import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { jsonLdScriptText, shortenClaim } from "@/lib/export/claim-review";
import { articleLine, claimSectionHtml } from "@/lib/export/report-html";
import { REPORT_CSS } from "@/lib/export/report-css";
import { AppError } from "@/lib/server/http/errors";
import { getPublicReview } from "@/lib/server/exports/reports";
import { formatDay } from "@/lib/words/dates";

/** Public: no sign-in. getPublicReview only finds approved claims with an approved verdict. */
export const dynamic = "force-dynamic";

// The metadata and the page read the same review once per request.
const load = cache(async (claimId: string) => {
  try {
    return await getPublicReview(claimId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ claimId: string }> }): Promise<Metadata> {
  const review = await load((await params).claimId);
  const { claim } = review.entry;
  return {
    title: { absolute: `Fact check: ${shortenClaim(claim.statement)} · ${review.organisation.name}` },
    description: `${claim.verdict.rating.label}: ${claim.verdict.rationale.slice(0, 200)}`,
  };
}

export default async function PublicReviewPage({ params }: { params: Promise<{ claimId: string }> }) {
  const review = await load((await params).claimId);
  const { claim } = review.entry;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(review.claimReview) }} />
      <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      <header className="public-header">
        <a href={review.organisation.url} rel="noopener">{review.organisation.name}</a>
        <span>Fact check</span>
      </header>
      <main className="report-page">
        <div className="report">
          <p className="report-kind">Fact check · published {formatDay(claim.verdict.decidedAt)}</p>
          <p className="muted">
            Claim in “{claim.article.title}” · <span dangerouslySetInnerHTML={{ __html: articleLine(claim.article) }} />
          </p>
          {/* Escaped by lib/export/report-html.ts, the same markup as the reports. */}
          <div dangerouslySetInnerHTML={{ __html: claimSectionHtml(review.entry, {}, 1) }} />
        </div>
      </main>
    </>
  );
}
