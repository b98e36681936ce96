import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

// Shorter than this is a menu or a notice, not an article.
const MIN_TEXT_LENGTH = 50;

export interface MainText {
  title: string | null;
  text: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** Paragraphs kept apart by a blank line, white space inside each folded, as reviewers read them. */
function plainText(content: string): string {
  return content
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

/**
 * The main text of a web page by Mozilla's Readability (the algorithm behind Firefox's reader view)
 * over linkedom's server-side DOM; null when the page has no readable article.
 */
export function readMainText(html: string, url: string): MainText | null {
  const { document } = parseHTML(html);
  // Readability resolves relative links against the document's address.
  Object.defineProperty(document, "baseURI", { value: url });
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article) return null;
  // Block elements end paragraphs: give each its own line before the text is taken.
  const { document: content } = parseHTML(`<html><body>${article.content ?? ""}</body></html>`);
  for (const block of content.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, br, tr")) {
    block.after(content.createTextNode("\n\n"));
  }
  const text = plainText(content.body.textContent ?? article.textContent ?? "");
  if (text.length < MIN_TEXT_LENGTH) return null;
  return {
    title: article.title?.trim() || null,
    text,
    byline: article.byline?.trim() || null,
    siteName: article.siteName?.trim() || null,
    publishedTime: article.publishedTime?.trim() || null,
  };
}
