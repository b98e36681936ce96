import { extractClaimsUnsafe } from "./claims";
import type { ExtractedClaim } from "./types";

/**
 * The check-worthy claims of an article, sorted by start. The engine is written not to throw,
 * but callers import untrusted text, so any defect is contained here as "no claims".
 */
export function extractClaims(text: string): ExtractedClaim[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    return extractClaimsUnsafe(text);
  } catch {
    return [];
  }
}
