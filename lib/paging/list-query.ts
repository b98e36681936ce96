import { z } from "zod";

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `limit` (1–200) and `cursor`, shared by every list in the pages and the API. */
export const pagingFields = {
  limit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `limit must be a number from 1 to ${MAX_PAGE_SIZE}` })
      .int(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
      .min(1, `limit must be from 1 to ${MAX_PAGE_SIZE}`)
      .max(MAX_PAGE_SIZE, `limit must be from 1 to ${MAX_PAGE_SIZE}`)
      .default(DEFAULT_PAGE_SIZE),
  ),
  cursor: z.preprocess(blankToUndefined, z.string().max(2000, "cursor is not a page cursor").optional()),
};

/** A sort parameter: one of the list's sorts, its first one by default. */
export function sortField<const Sorts extends readonly [string, ...string[]]>(sorts: Sorts) {
  return z.preprocess(blankToUndefined, z.enum(sorts, { error: `sort must be one of: ${sorts.join(", ")}` }).default(sorts[0]));
}

/** An optional filter with a closed set of values; an unknown value is refused, naming the filter. */
export function choiceFilter<const Values extends readonly [string, ...string[]]>(name: string, values: Values) {
  return z.preprocess(blankToUndefined, z.enum(values, { error: `${name} must be one of: ${values.join(", ")}` }).optional());
}

/** A day (YYYY-MM-DD, UTC); `to` includes that whole day. */
export function dayFilter(name: string) {
  return z.preprocess(
    blankToUndefined,
    z.string().regex(DAY, `${name} must be a date as YYYY-MM-DD`).refine((value) => !Number.isNaN(Date.parse(value)), `${name} is not a date`).optional(),
  );
}

export const textFilter = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

export const flagFilter = (name: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined ? undefined : value),
    z.enum(["true", "false"], { error: `${name} must be true or false` }).transform((value) => value === "true").optional(),
  );

/** The query string of a list with these filters, for links that keep them (pager, sort headers). */
export function listHref(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
