import { fieldMessages, summarizeFields } from "@/lib/words/validation";
import { articleInputSchema } from "@/lib/articles/schema";
import { parsePublishedDate } from "./dates";
import { findDatelineDate, findDatelineOutlet } from "./dateline";
import { checkArticleSize } from "./limits";
import type { ArticleFields, ParseLimits } from "./types";

const TEXT_FIELDS = ["title", "url", "outlet", "author"] as const;
// Names other tools export the publication date under; the news corpus uses "date".
const DATE_FIELDS = ["publishedAt", "published_at", "date"] as const;

export type RecordResult = { ok: true; article: ArticleFields } | { ok: false; reason: string };

/**
 * One record of a JSON, JSON Lines or CSV import as an article. Fields it does not know (the news
 * corpus's `id` and `country`, for instance) are ignored: the title comes from the text's first
 * sentence, which tells a reviewer more than a file name, and a country is not an outlet.
 */
export function recordToArticle(record: unknown, limits: ParseLimits): RecordResult {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return { ok: false, reason: "not an object" };
  const source = record as Record<string, unknown>;
  if (typeof source.text !== "string" || source.text.trim() === "") return { ok: false, reason: "text is missing" };
  const tooLarge = checkArticleSize(source.text, limits.maxArticleBytes);
  if (tooLarge) return { ok: false, reason: tooLarge };

  const candidate: Record<string, unknown> = { text: source.text };
  for (const field of TEXT_FIELDS) {
    const value = source[field];
    if (value === undefined || value === null || value === "") continue;
    if (typeof value !== "string") return { ok: false, reason: `${field} is not text` };
    candidate[field] = value;
  }
  const dateField = DATE_FIELDS.find((field) => source[field] !== undefined && source[field] !== null && source[field] !== "");
  if (dateField) {
    const raw = source[dateField];
    const date = typeof raw === "string" ? parsePublishedDate(raw) : null;
    if (!date) return { ok: false, reason: `${dateField} is not a valid date: ${JSON.stringify(raw).slice(0, 40)}` };
    candidate.publishedAt = date;
  }
  candidate.outlet ??= findDatelineOutlet(source.text);
  candidate.publishedAt ??= findDatelineDate(source.text);

  const parsed = articleInputSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, reason: summarizeFields(fieldMessages(parsed.error.issues)) };
  }
  return { ok: true, article: withoutUndefined(parsed.data) };
}

function withoutUndefined(fields: ArticleFields): ArticleFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as ArticleFields;
}
