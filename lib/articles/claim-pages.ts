/** Claims listed per page beside an article's text: a long article's list stays light to send and to read. */
export const CLAIMS_PER_PAGE = 50;

export interface ClaimPage {
  /** 1-based. */
  page: number;
  pages: number;
  /** Index of the first claim on the page and one past the last. */
  from: number;
  to: number;
}

/**
 * Which page of the claim list to show: the one asked for, else the one holding the selected claim
 * (so walking claims with j/k turns the page by itself), else the first.
 */
export function claimPage(total: number, { requested, selectedIndex }: { requested?: string; selectedIndex?: number }, size = CLAIMS_PER_PAGE): ClaimPage {
  const pages = Math.max(1, Math.ceil(total / size));
  const asked = requested !== undefined && /^\d+$/.test(requested) ? Number(requested) : undefined;
  const page = asked !== undefined ? Math.min(Math.max(asked, 1), pages) : selectedIndex !== undefined && selectedIndex >= 0 ? Math.floor(selectedIndex / size) + 1 : 1;
  const from = (page - 1) * size;
  return { page, pages, from, to: Math.min(total, from + size) };
}

/** The claims before and after the selected one in reading order; without a selection, j starts at the first. */
export function neighbourIds(ids: readonly string[], selectedId: string | undefined): { previousId: string | null; nextId: string | null } {
  const index = selectedId ? ids.indexOf(selectedId) : -1;
  if (index < 0) return { previousId: null, nextId: ids[0] ?? null };
  return { previousId: ids[index - 1] ?? null, nextId: ids[index + 1] ?? null };
}
