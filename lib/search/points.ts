/** A figure's place in time and its group's measure, shared by the tracker's pages and API. */

/**
 * The date a figure refers to: the one the text states ("as of 1 March 2023"; a month or a year
 * counts from its first day), else the article's publication date. Never the import date: a
 * figure with neither is undated.
 */
export function figureDate(refDate: string | null, publishedAt: Date | null): Date | null {
  if (refDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(refDate)) {
    const [year, month = "01", day = "01"] = refDate.split("-");
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return publishedAt;
}

/** The measure of a group key type:subject:measure:unit:period ("casualties:civilians:deaths"); a reviewer's group is its own measure. */
export function groupMeasure(key: string): string {
  const parts = key.split(":");
  return parts.length >= 4 ? parts.slice(0, 3).join(":") : key;
}
