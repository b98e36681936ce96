/** Formats shared by the tracker's pages: fixed locale and UTC, so server and browser render the same text. */

const numberFormat = new Intl.NumberFormat("en-US");

export function formatFigure(value: number | null): string {
  return value === null ? "—" : numberFormat.format(value);
}

export function formatDay(date: Date | null, withTime = false): string {
  if (!date) return "undated";
  const iso = date.toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

const PERIOD_LABELS: Record<string, string> = {
  day: "per day",
  week: "per week",
  month: "per month",
  year: "per year",
  cumulative: "running total",
};

export function periodLabel(period: string | null): string {
  return period ? (PERIOD_LABELS[period] ?? period) : "level";
}
