import { lowerShoutedParagraphs } from "./capitals";
import { CLAIM_THRESHOLD, type ExtractOptions, extractClaimsUnsafe } from "./claims";
import type { ExtractedClaim } from "./types";

/**
 * The check-worthy claims of an article, sorted by start. The engine is written not to throw,
 * but callers import untrusted text, so any defect is contained here as "no claims".
 * `threshold` is the detector probability a clause needs to be a claim (CLAIM_THRESHOLD by default).
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const threshold = typeof options?.threshold === "number" && Number.isFinite(options.threshold) ? options.threshold : CLAIM_THRESHOLD;
  try {
    const readable = lowerShoutedParagraphs(text);
    const claims = extractClaimsUnsafe(readable, { ...options, threshold });
    if (readable === text) return claims;
    // Quotes are the article's words as written, capitals included.
    return claims.map((c) => ({ ...c, text: text.slice(c.start, c.end), figures: c.figures.map((f) => ({ ...f, text: text.slice(f.start, f.end) })) }));
  } catch {
    return [];
  }
}
