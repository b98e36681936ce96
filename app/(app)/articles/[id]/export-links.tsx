import Link from "next/link";

/** Where an article's checked work can be taken out of ClaimDesk. */
export function ExportLinks({ articleId }: { articleId: string }) {
  const id = encodeURIComponent(articleId);
  const query = `?articleId=${id}`;
  return (
    <nav className="export-links" aria-label="Export">
      <span className="muted">Export:</span>
      <Link href={`/articles/${id}/report`}>Checked report</Link>
      <a href={`/articles/${id}/report.pdf`} download>PDF</a>
      <a href={`/articles/${id}/report.md`} download>Markdown</a>
      <a href={`/api/v1/exports/claims.csv${query}`} download title="Every claim with its latest verdict, labelled by state">CSV (all claims)</a>
      <a href={`/api/v1/exports/claims.json${query}`} download title="Every claim with its latest verdict, labelled by state">JSON (all claims)</a>
      <a href={`/api/v1/exports/claimreview${query}`} title="schema.org ClaimReview for the approved claims">ClaimReview</a>
    </nav>
  );
}
