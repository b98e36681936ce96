import { httpsRequired, webhookBody } from "@/lib/webhooks/delivery";
import { generateWebhookSecret, secretHint } from "@/lib/webhooks/signing";
import { TEST_EVENT, webhookCreateSchema, webhookDeliveryListSchema, webhookUpdateSchema, type WebhookEvent } from "@/lib/webhooks/schema";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { readEnv } from "@/lib/env";
import { queueWebhookDeliveries } from "./outbox";

const ENDPOINT_FIELDS = { id: true, url: true, description: true, events: true, active: true, secret: true, createdAt: true, updatedAt: true } as const;
type EndpointRow = { id: string; url: string; description: string | null; events: string[]; active: boolean; secret: string; createdAt: Date; updatedAt: Date };

const DELIVERY_FIELDS = {
  id: true,
  endpointId: true,
  eventId: true,
  event: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  responseStatus: true,
  lastError: true,
  replayOfId: true,
  createdAt: true,
  attemptLog: { orderBy: { number: "asc" }, select: { number: true, startedAt: true, durationMs: true, responseStatus: true, error: true, outcome: true } },
} as const;

function endpointView(row: EndpointRow, showSecret = false) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEvent[],
    active: row.active,
    secretHint: secretHint(row.secret),
    ...(showSecret ? { secret: row.secret } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WebhookEndpointView = ReturnType<typeof endpointView>;

type DeliveryRow = Awaited<ReturnType<typeof findDeliveries>>[number];
const findDeliveries = (endpointId: string, take: number) =>
  db().webhookDelivery.findMany({ where: { endpointId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: DELIVERY_FIELDS });

function deliveryView(row: DeliveryRow) {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    replayOfId: row.replayOfId,
    createdAt: row.createdAt.toISOString(),
    attemptLog: row.attemptLog.map((attempt) => ({ ...attempt, startedAt: attempt.startedAt.toISOString(), outcome: attempt.outcome as "delivered" | "retry" | "failed" })),
  };
}
export type WebhookDeliveryView = ReturnType<typeof deliveryView>;

function assertScheme(url: string | undefined): void {
  if (url && httpsRequired(readEnv().NODE_ENV) && !url.startsWith("https:")) {
    throw new AppError("invalid", "A webhook address must use https", { fields: { url: ["must be an https address"] } });
  }
}

export async function listWebhookEndpoints(actor: Actor | null): Promise<WebhookEndpointView[]> {
  authorize(actor, "settings:manage");
  const rows = await db().webhookEndpoint.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: ENDPOINT_FIELDS });
  return rows.map((row) => endpointView(row));
}

/** Registers an endpoint; the secret (the admin's, or a generated one) is in this answer and no other. */
export async function createWebhookEndpoint(input: unknown, actor: Actor | null): Promise<WebhookEndpointView> {
  authorize(actor, "settings:manage");
  const fields = parseInput(webhookCreateSchema, input);
  assertScheme(fields.url);
  return db().$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: { url: fields.url, events: fields.events, description: fields.description || null, active: fields.active, secret: fields.secret ?? generateWebhookSecret(), createdById: actor.id },
      select: ENDPOINT_FIELDS,
    });
    await recordAudit(tx, actor, { action: "webhook.create", entityType: "WebhookEndpoint", entityId: row.id, after: { url: row.url, events: row.events, active: row.active } });
    return endpointView(row, true);
  });
}

export async function updateWebhookEndpoint(endpointId: string, input: unknown, actor: Actor | null): Promise<WebhookEndpointView> {
  authorize(actor, "settings:manage");
  const fields = parseInput(webhookUpdateSchema, input);
  assertScheme(fields.url);
  return db().$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: ENDPOINT_FIELDS });
    if (!before) throw new AppError("not_found", "No such webhook endpoint");
    const secret = fields.secret === true ? generateWebhookSecret() : fields.secret;
    const row = await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: {
        ...(fields.url !== undefined ? { url: fields.url } : {}),
        ...(fields.events !== undefined ? { events: fields.events } : {}),
        ...(fields.description !== undefined ? { description: fields.description || null } : {}),
        ...(fields.active !== undefined ? { active: fields.active } : {}),
        ...(secret !== undefined ? { secret } : {}),
      },
      select: ENDPOINT_FIELDS,
    });
    await recordAudit(tx, actor, {
      action: "webhook.update",
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      before: { url: before.url, events: before.events, active: before.active },
      after: { url: row.url, events: row.events, active: row.active, ...(secret !== undefined ? { secretChanged: true } : {}) },
    });
    return endpointView(row, secret !== undefined);
  });
}

/** Removes an endpoint with its delivery log; deliveries still waiting are dropped. */
export async function deleteWebhookEndpoint(endpointId: string, actor: Actor | null): Promise<void> {
  authorize(actor, "settings:manage");
  await db().$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: ENDPOINT_FIELDS });
    if (!before) throw new AppError("not_found", "No such webhook endpoint");
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, actor, { action: "webhook.delete", entityType: "WebhookEndpoint", entityId: endpointId, before: { url: before.url, events: before.events, active: before.active } });
  });
}

/** The endpoint's most recent deliveries, newest first, each with its attempts. */
export async function listWebhookDeliveries(endpointId: string, input: unknown, actor: Actor | null): Promise<WebhookDeliveryView[]> {
  authorize(actor, "settings:manage");
  const { limit } = parseInput(webhookDeliveryListSchema, input ?? {});
  const endpoint = await db().webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true } });
  if (!endpoint) throw new AppError("not_found", "No such webhook endpoint");
  return (await findDeliveries(endpointId, limit)).map(deliveryView);
}

async function deliveryById(id: string): Promise<WebhookDeliveryView> {
  return deliveryView(await db().webhookDelivery.findUniqueOrThrow({ where: { id }, select: DELIVERY_FIELDS }));
}

function assertActive(endpoint: { active: boolean }): void {
  if (!endpoint.active) throw new AppError("conflict", "This endpoint is paused: resume it before sending to it");
}

/**
 * Sends a delivery again as a new delivery with the same event (same body, same event id, so a
 * receiver that already has it can tell), whatever became of the original.
 */
export async function replayWebhookDelivery(deliveryId: string, actor: Actor | null): Promise<WebhookDeliveryView> {
  authorize(actor, "settings:manage");
  const id = await db().$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { id: true, endpointId: true, eventId: true, event: true, body: true, endpoint: { select: { active: true } } } });
    if (!original) throw new AppError("not_found", "No such webhook delivery");
    assertActive(original.endpoint);
    const copy = await tx.webhookDelivery.create({
      data: { endpointId: original.endpointId, eventId: original.eventId, event: original.event, body: original.body, replayOfId: original.id },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "webhook.replay", entityType: "WebhookEndpoint", entityId: original.endpointId, after: { deliveryId: copy.id, replayOf: original.id, event: original.event } });
    return copy.id;
  });
  await queueWebhookDeliveries([id]);
  return deliveryById(id);
}

/** A `webhook.test` event to one endpoint, whatever events it takes, to check its receiver. */
export async function sendTestWebhook(endpointId: string, actor: Actor | null): Promise<WebhookDeliveryView> {
  authorize(actor, "settings:manage");
  const id = await db().$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true, active: true } });
    if (!endpoint) throw new AppError("not_found", "No such webhook endpoint");
    assertActive(endpoint);
    const { id: eventId, body } = webhookBody(TEST_EVENT, { endpointId, message: "A test event sent from ClaimDesk" }, new Date());
    const delivery = await tx.webhookDelivery.create({ data: { endpointId, eventId, event: TEST_EVENT, body }, select: { id: true } });
    await recordAudit(tx, actor, { action: "webhook.test", entityType: "WebhookEndpoint", entityId: endpointId, after: { deliveryId: delivery.id } });
    return delivery.id;
  });
  await queueWebhookDeliveries([id]);
  return deliveryById(id);
}
