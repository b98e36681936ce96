import { z } from "zod";
import { CLAIM_TYPES } from "@/lib/extract/types";
import { CLAIM_STATES } from "@/lib/review/workflow";

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether YYYY-MM-DD names a day that exists ("2024-02-30" and "2024-13-45" do not). */
function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/**
 * A day (YYYY-MM-DD, taken as UTC) or an ISO 8601 date-time with its offset, between the years
 * 1000 and 9999: anything else ("2024-13-45", "99999-01-01", "yesterday") is refused before a
 * query runs or a byte of an export is streamed.
 */
export function isDateParam(value: string): boolean {
  if (DATE_ONLY.test(value)) return isCalendarDay(value) && value >= "1000";
  const day = DATE_TIME.exec(value)?.[1];
  return day !== undefined && isCalendarDay(day) && day >= "1000" && !Number.isNaN(Date.parse(value));
}

const dateParam = z.preprocess(
  blankAsUnset,
  z.string().refine(isDateParam, "must be a real date (YYYY-MM-DD) or an ISO date-time such as 2024-04-03T09:00:00Z").optional(),
);

const id = z.preprocess(blankAsUnset, z.string().trim().min(1).max(100).optional());

/** Start of the range, inclusive. */
export function rangeStart(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
}

/** End of the range, exclusive: a bare day includes the whole day. */
export function rangeEnd(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (!DATE_ONLY.test(value)) return new Date(value);
  const day = new Date(`${value}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

/** `from`/`to` select claims by their article's publication date. */
export const claimExportFiltersSchema = z.object({
  articleId: id,
  state: z.preprocess(blankAsUnset, z.enum(CLAIM_STATES).optional()),
  type: z.preprocess(blankAsUnset, z.enum(CLAIM_TYPES).optional()),
  assigneeId: id,
  tag: z.preprocess(blankAsUnset, z.string().trim().max(40).optional()),
  from: dateParam,
  to: dateParam,
});
export type ClaimExportFilters = z.infer<typeof claimExportFiltersSchema>;

/** `from`/`to` select reviews by their publication (approval) date. */
export const claimReviewFiltersSchema = z.object({
  articleId: id,
  from: dateParam,
  to: dateParam,
});
export type ClaimReviewFilters = z.infer<typeof claimReviewFiltersSchema>;

/** `from`/`to` select claims by their article's publication date. */
export const collectionFiltersSchema = z.object({
  from: dateParam,
  to: dateParam,
  outlet: z.preprocess(blankAsUnset, z.string().trim().max(200).optional()),
  type: z.preprocess(blankAsUnset, z.enum(CLAIM_TYPES).optional()),
  rating: z.preprocess(blankAsUnset, z.string().trim().max(100).optional()),
});
export type CollectionFilters = z.infer<typeof collectionFiltersSchema>;

export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(params.entries());
}
