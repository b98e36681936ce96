/** The rationale of a verdict reused from an already-checked claim: says where it came from. */
export function reusedRationale(target: { statement: string; articleTitle: string }, rationale: string): string {
  return `Same claim as “${target.statement}” (already checked in “${target.articleTitle}”). ${rationale}`;
}

/** Where a search hit or a related claim opens: the claim inside its article. */
export function claimHref(articleId: string, claimId: string): string {
  return `/articles/${encodeURIComponent(articleId)}?claim=${encodeURIComponent(claimId)}`;
}
