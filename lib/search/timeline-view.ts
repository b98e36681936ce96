import { chartDays, type ChartDay } from "./chart";
import type { FigureTimelineQuery } from "./schema";

export const TIMELINE_PAGE_SIZE = 50;

export interface ViewPoint {
  claimId: string;
  date: Date | null;
  value: number | null;
  flags: readonly { kind: string }[];
}

/**
 * What a group's page shows for a date range: one chart mark per date (implausible values and
 * undated reports are never plotted), and one page of the table, undated reports last.
 */
export function timelineView<Point extends ViewPoint>(points: readonly Point[], query: FigureTimelineQuery) {
  const from = query.from ? Date.parse(`${query.from}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
  const to = query.to ? Date.parse(`${query.to}T23:59:59.999Z`) : Number.POSITIVE_INFINITY;
  const inRange = points.filter((point) => point.date === null ? !query.from && !query.to : point.date.getTime() >= from && point.date.getTime() <= to);
  const days: ChartDay[] = chartDays(
    inRange.flatMap((point) =>
      point.date && point.value !== null && !point.flags.some((flag) => flag.kind === "implausible")
        ? [{ id: point.claimId, date: point.date, value: point.value, flagged: point.flags.length > 0 }]
        : [],
    ),
  );
  const pages = Math.max(1, Math.ceil(inRange.length / TIMELINE_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return {
    days,
    rows: inRange.slice((page - 1) * TIMELINE_PAGE_SIZE, page * TIMELINE_PAGE_SIZE),
    page,
    pages,
    total: inRange.length,
    undated: points.filter((point) => point.date === null).length,
  };
}
