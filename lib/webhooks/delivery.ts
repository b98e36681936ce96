import { randomUUID } from "node:crypto";
import type { WebhookPayload } from "./schema";

/** Waits before the 2nd, 3rd, … attempt: 1 min, 5 min, 30 min, 2 h, 6 h; six attempts in all. */
export const DEFAULT_RETRY_SECONDS = [60, 300, 1800, 7200, 21600] as const;

/** When the next attempt is due after `attempts` have failed, or null when none is left. */
export function nextAttemptAt(attempts: number, failedAt: Date, schedule: readonly number[] = DEFAULT_RETRY_SECONDS): Date | null {
  const wait = schedule[attempts - 1];
  if (attempts < 1 || wait === undefined) return null;
  return new Date(failedAt.getTime() + wait * 1000);
}

export function maxAttempts(schedule: readonly number[] = DEFAULT_RETRY_SECONDS): number {
  return schedule.length + 1;
}

/** The exact text sent: one event, serialised once, so every attempt and replay carries the same body. */
export function webhookBody(event: string, data: Record<string, unknown>, createdAt: Date, id: string = `evt_${randomUUID()}`): { id: string; body: string } {
  const payload: WebhookPayload = { id, event, createdAt: createdAt.toISOString(), data };
  return { id, body: JSON.stringify(payload) };
}

export type AttemptOutcome = "delivered" | "retry" | "failed";

/**
 * What one attempt's result means. A 2xx answer delivers; a refused address (private, or not https
 * in production) fails at once, since asking again cannot change it; anything else is retried
 * while attempts are left.
 */
export function attemptOutcome(result: { status: number | null; refused: boolean }, attempts: number, schedule: readonly number[] = DEFAULT_RETRY_SECONDS): AttemptOutcome {
  if (result.status !== null && result.status >= 200 && result.status < 300) return "delivered";
  if (result.refused) return "failed";
  return attempts < maxAttempts(schedule) ? "retry" : "failed";
}

/** An error short enough for a table cell and the delivery log. */
export function shortError(message: string, max = 200): string {
  const flat = message.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Plain http is for development and tests; everywhere else (NODE_ENV unset included) a receiver must use https. */
export function httpsRequired(nodeEnv: string | undefined): boolean {
  return nodeEnv !== "development" && nodeEnv !== "test";
}
