export interface ClaimEventData {
  claimId?: string;
  articleId?: string;
}

// Pages that summarise every claim: any change may alter what they show.
const SUMMARY_PAGES = new Set(["/", "/queue", "/approvals", "/notifications"]);

/** Whether a change to a claim can alter the page at `pathname`, so it should refresh. */
export function pageShowsClaim(pathname: string, event: ClaimEventData): boolean {
  if (SUMMARY_PAGES.has(pathname)) return true;
  const [, section, id, rest] = pathname.split("/");
  if (rest !== undefined || !id) return false;
  if (section === "articles") return event.articleId === id;
  if (section === "claims") return event.claimId === id;
  return false;
}
