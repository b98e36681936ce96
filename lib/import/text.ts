import { parseDatedHeader } from "@/lib/extract";
import { deriveArticleFields } from "@/lib/articles/describe";
import { findDatelineDate, findDatelineOutlet } from "./dateline";
import type { ArticleFields } from "./types";

const TITLE_MAX = 300;

/**
 * A .txt or .md file is one article, kept exactly as it is. The dated format's first line
 * (" date 2024-04-03 ...") or a dated dateline ("Kyiv, 3 April 2024 —") gives the date; a Markdown "# heading" on the first line gives the title.
 */
export function textFileToArticle(text: string, kind: "txt" | "md"): ArticleFields {
  const fields: ArticleFields = { text };
  const header = parseDatedHeader(text);
  const { publishedAt } = deriveArticleFields(text);
  const date = publishedAt ?? findDatelineDate(text);
  if (date) fields.publishedAt = date;
  if (kind === "md") {
    const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(text.slice(header?.bodyStart ?? 0).trimStart().split("\n", 1)[0] ?? "");
    if (heading?.[1]) fields.title = heading[1].slice(0, TITLE_MAX);
  }
  const outlet = findDatelineOutlet(text);
  if (outlet) fields.outlet = outlet;
  return fields;
}
