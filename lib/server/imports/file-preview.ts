import { formatOf, isSingleArticleFormat, parseImportFile } from "@/lib/import/parse-file";
import type { ArticleFields } from "@/lib/import/types";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { AppError } from "../http/errors";
import { importLimits } from "./import-limits";

/** Reads one single-article file (.txt, .md, .html) so the importer can check its fields before saving. */
export async function previewFile(name: string, body: AsyncIterable<Uint8Array>, actor: Actor): Promise<ArticleFields> {
  authorize(actor, "article:import");
  const format = formatOf(name);
  if (!format || !isSingleArticleFormat(format)) throw new AppError("invalid", "Only .txt, .md and .html files hold a single article to review");
  for await (const item of parseImportFile(name, body, { maxArticleBytes: importLimits().maxArticleBytes })) {
    if (!item.ok) throw new AppError(item.reason.includes("over the limit") ? "too_large" : "invalid", `${name}: ${item.reason}`);
    return item.article;
  }
  throw new AppError("invalid", `${name}: the file has no text`);
}
