import { z } from "zod";
import { dayFilter, flagFilter, pagingFields, sortField, textFilter } from "@/lib/paging/list-query";

export const ARTICLE_SORTS = ["published", "imported", "outlet", "open"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const ARTICLE_SORT_LABELS: Record<ArticleSort, string> = {
  published: "Published (newest)",
  imported: "Imported (newest)",
  outlet: "Outlet (A–Z)",
  open: "Open claims (most)",
};

/** The articles list: paging, sort and filters, the same for the page and `GET /api/v1/articles`. */
export const articleListSchema = z.strictObject({
  ...pagingFields,
  sort: sortField(ARTICLE_SORTS),
  outlet: textFilter(200),
  /** Publication date range (the import date for articles without one). */
  from: dayFilter("from"),
  to: dayFilter("to"),
  /** Only articles with claims nobody has finished checking. */
  unchecked: flagFilter("unchecked"),
  /** The archived articles instead of the others. */
  archived: flagFilter("archived"),
});
export type ArticleListQuery = z.output<typeof articleListSchema>;

export const archiveSchema = z.object({
  archived: z.boolean({ error: "archived must be true or false" }).default(true),
});
