import { readMainText, type MainText } from "@/lib/import/main-text";
import { AppError } from "../http/errors";
import type { FetchedPage } from "./url-fetch";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

function decode(body: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    // Older sites still serve Latin-1.
    return new TextDecoder("latin1").decode(body);
  }
}

/** The readable text of a fetched page (Readability for HTML, plain text as it is); refuses anything else. */
export function pageText(page: FetchedPage): MainText {
  const type = page.contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "text/plain") {
    const text = decode(page.body).trim();
    if (!text) throw new AppError("invalid", "the page is empty");
    return { title: null, text, byline: null, siteName: null, publishedTime: null };
  }
  if (type && !HTML_TYPES.has(type)) throw new AppError("invalid", `the page is ${type}, not HTML or text`);
  const read = readMainText(decode(page.body), page.url);
  if (!read) throw new AppError("invalid", "no article text was found on the page");
  return read;
}
