import { findDateline, parseDatelineAt } from "@/lib/extract";

/** How many characters a dateline takes at the start of `line` (0 when it has none), so a headline can skip it. */
export function datelineLength(line: string): number {
  return parseDatelineAt(line)?.end ?? 0;
}

/** The outlet named by a dateline at the start of the article, when there is one. */
export function findDatelineOutlet(text: string): string | undefined {
  return findDateline(text)?.outlet ?? undefined;
}

/**
 * The publication date a dateline gives ("Kyiv, 3 April 2024 —"), when it gives the year: a
 * dateline without one ("LONDON, Nov 29 (Reuters) -") cannot date the article on its own.
 */
export function findDatelineDate(text: string): Date | undefined {
  const date = findDateline(text)?.date;
  if (!date || date.startsWith("--")) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? undefined : parsed;
}
