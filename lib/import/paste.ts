import { textFileToArticle } from "./text";
import type { ArticleFields } from "./types";
import { pastedFormat } from "./paste-format";

/**
 * The fields an article sent as text (pasted, or `POST /api/v1/articles`) did not name, read from
 * the text by the same parser as a .txt or .md file: the dated format's date, a dateline's outlet,
 * a Markdown heading's title. Fields the sender gave win; the text itself is kept as it is.
 */
export function withFieldsFromText<Fields extends ArticleFields>(fields: Fields): Fields & ArticleFields {
  const parsed = textFileToArticle(fields.text, pastedFormat(fields.text) === "md" ? "md" : "txt");
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
  return { ...parsed, ...given } as Fields & ArticleFields;
}
