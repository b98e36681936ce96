import { createHash } from "node:crypto";
import { articleBody } from "./body";

/**
 * The same article pasted twice rarely matches byte for byte: line endings, Unicode forms and runs of
 * white space differ. Hash what a reader would call the same text.
 */
export function normaliseForHash(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

/**
 * The body is hashed, not the dated format's " date YYYY-MM-DD" token, so the article from its file
 * and the same article pasted without (or with) that line are one article.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(articleBody(text))).digest("hex");
}
