import { lowerShoutedParagraphs } from "./capitals";
import { extractClaimsUnsafe } from "./claims";
import type { ExtractedClaim } from "./types";

/**
 * The check-worthy claims of an article, sorted by start. The engine is written not to throw,
 * but callers import untrusted text, so any defect is contained here as "no claims".
 */
export function extractClaims(text: string): ExtractedClaim[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    const readable = lowerShoutedParagraphs(text);
    const claims = extractClaimsUnsafe(readable);
    if (readable === text) return claims;
    // Quotes are the article's words as written, capitals included.
    return claims.map((c) => ({ ...c, text: text.slice(c.start, c.end), figures: c.figures.map((f) => ({ ...f, text: text.slice(f.start, f.end) })) }));
  } catch {
    return [];
  }
}
