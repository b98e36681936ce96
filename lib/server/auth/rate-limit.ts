import { isOverLimit, RATE_WINDOW_MS, rateLimitHeaders, secondsUntilReset, windowStart, type RateBudget, type RateLimitState } from "@/lib/auth/rate-limit";
import { readEnv, type Env } from "@/lib/env";
import { db } from "../db/client";
import { AppError } from "../http/errors";

const LIMIT_SETTING: Record<RateBudget, "API_RATE_LIMIT_READS_PER_MINUTE" | "API_RATE_LIMIT_WRITES_PER_MINUTE"> = {
  read: "API_RATE_LIMIT_READS_PER_MINUTE",
  write: "API_RATE_LIMIT_WRITES_PER_MINUTE",
};

/** A 429 that carries the headers telling the client when to come back. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly headers: Record<string, string>,
  ) {
    super("rate_limited", message);
  }
}

/**
 * Counts one request against a token's budget in the current window, in PostgreSQL so that every
 * web process shares the count: one upsert, and the first request of a window deletes the token's
 * older windows, so each token keeps at most one row per budget.
 */
export async function countApiRequest(tokenId: string, budget: RateBudget, now: Date, env: Env = readEnv()): Promise<RateLimitState> {
  const start = windowStart(now);
  const [row] = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "budget", "windowStart", "count") VALUES (${tokenId}, ${budget}, ${start}, 1)
    ON CONFLICT ("tokenId", "budget", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = row!.count;
  if (count === 1) {
    await db().$executeRaw`DELETE FROM "ApiRateWindow" WHERE "tokenId" = ${tokenId} AND "budget" = ${budget} AND "windowStart" < ${start}`;
  }
  return { budget, limit: env[LIMIT_SETTING[budget]], count, resetAt: new Date(start.getTime() + RATE_WINDOW_MS) };
}

/** The rate-limit headers for an answer, or a 429 carrying them once the budget is spent. */
export function enforceRateLimit(state: RateLimitState, now: Date): Record<string, string> {
  const headers = rateLimitHeaders(state, now);
  if (isOverLimit(state)) {
    throw new RateLimitedError(
      `This token has used its ${state.limit} ${state.budget} requests for this minute (${LIMIT_SETTING[state.budget]}); try again in ${secondsUntilReset(state, now)} s`,
      headers,
    );
  }
  return headers;
}
