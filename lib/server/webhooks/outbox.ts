import { webhookBody } from "@/lib/webhooks/delivery";
import type { WebhookEvent } from "@/lib/webhooks/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendWebhookDeliveries } from "../jobs/send";
import { logServerError } from "../http/log-error";

type Tx = Prisma.TransactionClient;

/**
 * Records events as deliveries to every active endpoint subscribed to them, in the caller's
 * transaction: they exist exactly when the change that caused them does. Returns the deliveries'
 * ids, for the caller to queue once the transaction has committed.
 */
export async function recordWebhookEvents(tx: Tx, event: WebhookEvent, items: Record<string, unknown>[], at = new Date()): Promise<string[]> {
  if (items.length === 0) return [];
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (endpoints.length === 0) return [];
  const rows = items.flatMap((data) => {
    const { id: eventId, body } = webhookBody(event, data, at);
    return endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId, event, body, nextAttemptAt: at }));
  });
  const created = await tx.webhookDelivery.createManyAndReturn({ data: rows, select: { id: true } });
  return created.map((row) => row.id);
}

export function recordWebhookEvent(tx: Tx, event: WebhookEvent, data: Record<string, unknown>, at?: Date): Promise<string[]> {
  return recordWebhookEvents(tx, event, [data], at);
}

/**
 * Queues deliveries after their transaction committed. A failure here loses nothing: the sweep
 * queues pending deliveries that have no job.
 */
export async function queueWebhookDeliveries(ids: readonly string[]): Promise<void> {
  try {
    await sendWebhookDeliveries(ids);
  } catch (error) {
    logServerError(`queueing ${ids.length} webhook deliveries (the sweep will queue them)`, error);
  }
}
