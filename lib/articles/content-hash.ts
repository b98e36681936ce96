import { createHash } from "node:crypto";

/**
 * The same article pasted twice rarely matches byte for byte: line endings, Unicode forms and runs of
 * white space differ. Hash what a reader would call the same text.
 */
export function normaliseForHash(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text)).digest("hex");
}
