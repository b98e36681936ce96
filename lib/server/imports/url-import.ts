import { htmlToArticle } from "@/lib/import/html";
import { MAX_PAGE_BYTES, URL_TIMEOUT_MS } from "@/lib/import/limits";
import { textFileToArticle } from "@/lib/import/text";
import { urlSchema } from "@/lib/import/url-schema";
import type { ArticleFields } from "@/lib/import/types";
import type { Actor } from "../auth/actors";
import { importArticle, type ImportResult } from "../articles/articles";
import { authorize } from "../auth/authz";
import { AppError } from "../http/errors";
import { privateUrlsAllowed } from "./import-settings";
import { fetchPage } from "./url-fetch";
import { parseInput } from "../http/validate";

/** Fetches a page and reads the article in it, for the importer to review before saving. */
export async function previewUrl(input: unknown, actor: Actor): Promise<ArticleFields & { url: string }> {
  authorize(actor, "article:import");
  const { url } = parseInput(urlSchema, input);
  const page = await fetchPage(url, { allowPrivate: await privateUrlsAllowed(), timeoutMs: URL_TIMEOUT_MS, maxBytes: MAX_PAGE_BYTES });
  const type = page.contentType.split(";")[0]!.trim().toLowerCase();
  if (type && type !== "text/html" && type !== "application/xhtml+xml" && type !== "text/plain") {
    throw new AppError("invalid", `the page is ${type}, not an HTML or text article`);
  }
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(page.body);
  } catch {
    // Older sites still serve Latin-1; a wrong guess shows as odd letters the importer can see before saving.
    decoded = new TextDecoder("latin1").decode(page.body);
  }
  const article = type === "text/plain" ? textFileToArticle(decoded, "txt") : htmlToArticle(decoded);
  if (!article.text.trim()) throw new AppError("invalid", "no article text was found on the page");
  return { ...article, url: article.url ?? page.url };
}

/** Fetches, extracts and imports in one step; fields the caller gives win over what the page says. */
export async function importUrl(input: unknown, actor: Actor): Promise<ImportResult> {
  const overrides = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const page = await previewUrl(input, actor);
  const { url: _requested, ...given } = overrides;
  return importArticle({ ...page, ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined && value !== "")) }, actor);
}
