import { z } from "zod";
import {
  webhookCreateSchema,
  webhookDeliveryListSchema,
  webhookDeliveryResponseSchema,
  webhookEndpointResponseSchema,
  webhookUpdateSchema,
} from "@/lib/webhooks/schema";
import { refusingUnknownFields as strict } from "../strict";
import { operations } from "./operation";

const ADMIN_ERRORS = ["forbidden", "invalid"] as const;

/** Webhook endpoints and their deliveries: admins only, like everything under /api/v1/admin/. */
export const webhookOperations = operations({
  listWebhooks: {
    method: "get", path: "/api/v1/admin/webhooks", tag: "Webhooks", summary: "Registered webhook endpoints, without their secrets",
    responses: { 200: { description: "The endpoints", schema: z.object({ items: z.array(webhookEndpointResponseSchema) }) } }, errors: ["forbidden"],
  },
  createWebhook: {
    method: "post", path: "/api/v1/admin/webhooks", tag: "Webhooks", summary: "Register an endpoint for some events",
    description: "Events: `claim.approved`, `claim.reopened`, `article.imported`, `verdict.returned`. Omit `secret` to have one generated; it is in this answer only. Deliveries are signed (`ClaimDesk-Signature: t=…,v1=…`, HMAC-SHA256 of `t.body`; see the README) and go through the same address guards as URL import.",
    body: strict(webhookCreateSchema),
    responses: { 201: { description: "The endpoint, with its secret", schema: webhookEndpointResponseSchema } }, errors: [...ADMIN_ERRORS],
  },
  changeWebhook: {
    method: "patch", path: "/api/v1/admin/webhooks/{id}", tag: "Webhooks", summary: "Change an endpoint's address, events, description or state, or its secret",
    description: "`secret: true` generates a new secret, shown in this answer only.",
    body: strict(webhookUpdateSchema),
    responses: { 200: { description: "The endpoint", schema: webhookEndpointResponseSchema } }, errors: [...ADMIN_ERRORS, "not_found"],
  },
  deleteWebhook: {
    method: "delete", path: "/api/v1/admin/webhooks/{id}", tag: "Webhooks", summary: "Remove an endpoint and its delivery log",
    responses: { 204: { description: "Removed" } }, errors: ["forbidden", "not_found"],
  },
  listWebhookDeliveries: {
    method: "get", path: "/api/v1/admin/webhooks/{id}/deliveries", tag: "Webhooks", summary: "An endpoint's deliveries, newest first, each with its attempts",
    query: strict(webhookDeliveryListSchema),
    responses: { 200: { description: "The deliveries", schema: z.object({ items: z.array(webhookDeliveryResponseSchema) }) } }, errors: [...ADMIN_ERRORS, "not_found"],
  },
  sendTestWebhook: {
    method: "post", path: "/api/v1/admin/webhooks/{id}/test", tag: "Webhooks", summary: "Queue a `webhook.test` event to this endpoint",
    responses: { 202: { description: "The queued delivery", schema: webhookDeliveryResponseSchema } }, errors: ["forbidden", "not_found", "conflict"],
  },
  replayWebhookDelivery: {
    method: "post", path: "/api/v1/admin/webhooks/deliveries/{id}/replay", tag: "Webhooks", summary: "Send a delivery's event again, as a new delivery with the same event id",
    responses: { 202: { description: "The new delivery", schema: webhookDeliveryResponseSchema } }, errors: ["forbidden", "not_found", "conflict"],
  },
});
