import { performance } from "node:perf_hooks";
import { readEnv } from "@/lib/env";
import { attemptOutcome, httpsRequired, nextAttemptAt, shortError, type AttemptOutcome } from "@/lib/webhooks/delivery";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/signing";
import { db } from "../db/client";
import { privateUrlsAllowed } from "../imports/import-settings";
import { postWebhook, type PostResult } from "./post";

export interface DeliverOptions {
  /** The clock, for tests that walk a delivery through its backoff without waiting. */
  now?: () => Date;
  /** Defaults: the admin's "private addresses" setting, NODE_ENV, WEBHOOK_TIMEOUT_SECONDS, WEBHOOK_RETRY_SECONDS. */
  allowPrivate?: boolean;
  requireHttps?: boolean;
  timeoutMs?: number;
  retrySeconds?: readonly number[];
}

export type DeliverResult = { outcome: AttemptOutcome | "skipped"; nextAttemptAt: Date | null };

const SKIPPED: DeliverResult = { outcome: "skipped", nextAttemptAt: null };

/**
 * One attempt at a delivery: signed POST, result logged as an attempt and on the delivery. A
 * delivery that is not pending, or not due yet, is left alone, so a duplicate job does nothing.
 * The attempt is claimed first (attempts counted, next attempt moved past the time limit), so two
 * workers never send the same attempt. Returns when the next attempt is due, for the caller to queue.
 */
export async function deliverWebhook(deliveryId: string, options: DeliverOptions = {}): Promise<DeliverResult> {
  const env = readEnv();
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? env.WEBHOOK_TIMEOUT_SECONDS * 1000;
  const schedule = options.retrySeconds ?? env.WEBHOOK_RETRY_SECONDS;
  const delivery = await db().webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, status: true, attempts: true, nextAttemptAt: true, event: true, body: true, endpoint: { select: { url: true, secret: true, active: true } } },
  });
  const startedAt = now();
  if (!delivery || delivery.status !== "pending" || delivery.nextAttemptAt > startedAt) return SKIPPED;
  const attempt = delivery.attempts + 1;
  const claimed = await db().webhookDelivery.updateMany({
    where: { id: deliveryId, status: "pending", attempts: delivery.attempts },
    data: { attempts: attempt, lastAttemptAt: startedAt, nextAttemptAt: new Date(startedAt.getTime() + timeoutMs + 60_000) },
  });
  if (claimed.count === 0) return SKIPPED;

  const clock = performance.now();
  let result: PostResult;
  if (!delivery.endpoint.active) {
    result = { status: null, refused: true, error: "the endpoint is paused" };
  } else {
    const headers = {
      [EVENT_HEADER]: delivery.event,
      [DELIVERY_HEADER]: delivery.id,
      [SIGNATURE_HEADER]: signatureHeader(delivery.endpoint.secret, delivery.body, startedAt),
    };
    result = await postWebhook(delivery.endpoint.url, headers, delivery.body, {
      allowPrivate: options.allowPrivate ?? (await privateUrlsAllowed()),
      requireHttps: options.requireHttps ?? httpsRequired(env.NODE_ENV),
      timeoutMs,
    });
  }
  const durationMs = Math.round(performance.now() - clock);
  const outcome = attemptOutcome(result, attempt, schedule);
  const next = outcome === "retry" ? nextAttemptAt(attempt, now(), schedule) : null;
  const error = result.error ? shortError(result.error) : null;
  await db().$transaction([
    db().webhookAttempt.create({ data: { deliveryId, number: attempt, startedAt, durationMs, responseStatus: result.status, error, outcome } }),
    db().webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: outcome === "retry" ? "pending" : outcome, responseStatus: result.status, lastError: error, nextAttemptAt: next ?? startedAt },
    }),
  ]);
  return { outcome, nextAttemptAt: next };
}
