import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { segmentText } from "@/lib/articles/segments";
import { getArticleWithClaims } from "@/lib/server/articles";
import { AppError } from "@/lib/server/errors";
import { requirePageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Article" };

async function loadArticle(id: string) {
  const actor = await requirePageActor("article:read");
  try {
    return await getArticleWithClaims(id, actor);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

function formatFigure(figure: { text: string; value: number | null; unit: string | null; qualifier: string | null }) {
  const value = figure.value === null ? "vague" : figure.value.toLocaleString("en");
  return `${figure.text} → ${[figure.qualifier, value, figure.unit].filter(Boolean).join(" ")}`;
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const article = await loadArticle((await params).id);
  const claimsById = new Map(article.claims.map((claim) => [claim.id, claim]));
  const segments = segmentText(article.text.length, article.claims);
  return (
    <main>
      <h1>{article.title}</h1>
      <p className="muted">
        {[article.outlet, article.author, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ") || "No source details"}
        {article.url && <> · <a href={article.url} rel="noopener noreferrer">original</a></>}
      </p>
      <div className="article-layout">
        <div className="card article-text" data-testid="article-text">
          {segments.map((segment) => {
            const piece = article.text.slice(segment.start, segment.end);
            const claimId = segment.spanIds.at(-1);
            const claim = claimId ? claimsById.get(claimId) : undefined;
            return claim ? (
              <mark key={segment.start} className={`claim type-${claim.type}`} title={`${claim.type}: ${claim.statement}`} data-claim-id={claim.id}>
                {piece}
              </mark>
            ) : (
              <span key={segment.start}>{piece}</span>
            );
          })}
        </div>
        <section>
          <h2 style={{ marginTop: 0 }}>Claims ({article.claims.length})</h2>
          <ol className="claim-list" data-testid="claim-list">
            {article.claims.map((claim) => (
              <li key={claim.id} className={`type-${claim.type}`}>
                <div><span className="badge">{claim.type}</span> <span className="badge">{claim.status.replace("_", " ")}</span>{" "}
                  <span className="muted">score {claim.score.toFixed(2)}</span></div>
                <div>{claim.statement}</div>
                {claim.speaker && <div className="muted">Speaker: {claim.speaker}</div>}
                {claim.figures.length > 0 && (
                  <div className="muted">Figures: {claim.figures.map(formatFigure).join("; ")}</div>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </main>
  );
}
