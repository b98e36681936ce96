// Pages are rendered on the server and hydrated in the reader's browser: a fixed locale and zone give
// the same text on both sides, so React never sees a mismatch.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MINUTE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** "1 Aug 2024". */
export function formatDay(value: Date | string): string {
  return DAY.format(asDate(value));
}

/** "1 Aug 2024, 14:05 UTC". */
export function formatMoment(value: Date | string): string {
  return `${MINUTE.format(asDate(value))} UTC`;
}

/** The value of an <input type="date">: YYYY-MM-DD in UTC, the zone dates are stored in. */
export function dateInputValue(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}
