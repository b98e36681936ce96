/** Requests are counted in fixed windows of this length, the same for every process. */
export const RATE_WINDOW_MS = 60_000;

export type RateBudget = "read" | "write";

/** GET and HEAD spend the read budget; every other method the smaller write budget. */
export function rateBudget(method: string): RateBudget {
  const upper = method.toUpperCase();
  return upper === "GET" || upper === "HEAD" ? "read" : "write";
}

export function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / RATE_WINDOW_MS) * RATE_WINDOW_MS);
}

export interface RateLimitState {
  budget: RateBudget;
  limit: number;
  /** Requests counted in this window, this one included. */
  count: number;
  resetAt: Date;
}

export function isOverLimit(state: RateLimitState): boolean {
  return state.count > state.limit;
}

/** Whole seconds until the window resets; at least 1, so a client never retries at once. */
export function secondsUntilReset(state: RateLimitState, now: Date): number {
  return Math.max(1, Math.ceil((state.resetAt.getTime() - now.getTime()) / 1000));
}

/**
 * The headers every token-authenticated answer carries: `RateLimit-*` as in the IETF draft (reset in
 * seconds from now) and the older `X-RateLimit-*` (reset as a Unix time), plus `Retry-After` once over.
 */
export function rateLimitHeaders(state: RateLimitState, now: Date): Record<string, string> {
  const remaining = String(Math.max(0, state.limit - state.count));
  const reset = secondsUntilReset(state, now);
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": remaining,
    "RateLimit-Reset": String(reset),
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": remaining,
    "X-RateLimit-Reset": String(Math.ceil(state.resetAt.getTime() / 1000)),
    ...(isOverLimit(state) ? { "Retry-After": String(reset) } : {}),
  };
}
