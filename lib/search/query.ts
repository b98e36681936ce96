import { z } from "zod";
import { isDateParam } from "@/lib/export/filters";
import { CLAIM_TYPES } from "@/lib/extract";

export const CLAIM_STATES = ["new", "in_review", "proposed", "approved", "returned", "dismissed"] as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const day = z.preprocess(
  blankToUndefined,
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD").refine(isDateParam, "must be a real date (YYYY-MM-DD)").optional(),
);

/** What a search may be narrowed by; the same fields come from the form, the API and `key:value` words in the query. */
export const searchFiltersSchema = z.object({
  type: z.preprocess(blankToUndefined, z.enum(CLAIM_TYPES).optional()),
  state: z.preprocess(blankToUndefined, z.enum(CLAIM_STATES).optional()),
  rating: text(40),
  outlet: text(200),
  speaker: text(200),
  tag: text(40),
  from: day,
  to: day,
});
export type SearchFilters = z.output<typeof searchFiltersSchema>;

/** The raw request: filters stay plain strings until the ones typed into the query are merged in. */
export const searchInputSchema = z.object({
  q: z.preprocess((value) => value ?? "", z.string().max(500, "the query is longer than 500 characters")),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.preprocess((value) => (value === "" ? undefined : value), z.string().max(2000, "cursor is not a page cursor").optional()),
  type: z.string().optional(),
  state: z.string().optional(),
  rating: z.string().optional(),
  outlet: z.string().optional(),
  speaker: z.string().optional(),
  tag: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});

const FILTER_KEYS = ["type", "state", "rating", "outlet", "speaker", "tag", "from", "to"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const KEY_ALIASES: Record<string, FilterKey> = { status: "state", after: "from", since: "from", before: "to", until: "to", by: "speaker" };

export interface ParsedQuery {
  /** Words for full-text search, in websearch syntax ("quoted phrases", -excluded, or). */
  text: string;
  filters: Record<FilterKey, string | undefined>;
}

/**
 * Splits `troops border type:military speaker:"Liz Truss"` into the words to search for and the
 * filters typed into the box, so one search box serves people who never open the filter form.
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])) as ParsedQuery["filters"];
  const rest = raw.replace(/(?<![\w-])([a-z]+):(?:"([^"]*)"|(\S+))/gi, (whole, name: string, quoted?: string, bare?: string) => {
    const lower = name.toLowerCase();
    const key = (FILTER_KEYS as readonly string[]).includes(lower) ? (lower as FilterKey) : KEY_ALIASES[lower];
    if (!key) return whole;
    filters[key] = (quoted ?? bare ?? "").trim() || undefined;
    return " ";
  });
  return { text: rest.replace(/\s+/g, " ").trim(), filters };
}

/** The words of the query and its filters; a filter given as a field wins over the same one typed into the query. */
export function mergeQueryFilters(input: z.output<typeof searchInputSchema>): ParsedQuery {
  const parsed = parseSearchQuery(input.q);
  for (const key of FILTER_KEYS) {
    const value = input[key]?.trim();
    if (value) parsed.filters[key] = value;
  }
  return parsed;
}
