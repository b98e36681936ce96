import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { inboxQuerySchema, markReadSchema } from "@/lib/notifications/schema";
import { apiTokenListSchema, apiTokenSchema, createApiTokenBodySchema, createdApiTokenSchema } from "@/lib/tokens/schema";
import { refusingUnknownFields as strict } from "../strict";
import { operations } from "./operation";
import { anyJson } from "./shapes";

export const accountOperations = operations({
  me: {
    method: "get", path: "/api/v1/me", tag: "Account", summary: "Who the token or session belongs to",
    responses: { 200: { description: "The caller", schema: z.object({ id: z.string().nullable(), name: z.string(), role: z.enum(ROLES) }) } }, errors: [],
  },
  listNotifications: {
    method: "get", path: "/api/v1/me/notifications", tag: "Account", summary: "Your notifications, newest first",
    query: strict(inboxQuerySchema),
    responses: { 200: { description: "A page of notifications and how many are unread", schema: z.object({ items: z.array(anyJson), nextCursor: z.string().nullable(), unread: z.number().int() }) } },
    errors: ["invalid"],
  },
  markNotificationsRead: {
    method: "post", path: "/api/v1/me/notifications/read", tag: "Account", summary: "Mark some notifications, or all, as read",
    body: strict(markReadSchema),
    responses: { 200: { description: "How many were marked and how many are still unread", schema: z.object({ marked: z.number().int(), unread: z.number().int() }) } },
    errors: ["invalid"],
  },
  listTokens: {
    method: "get", path: "/api/v1/me/tokens", tag: "Account", summary: "Your API tokens, newest first, without their secrets",
    responses: { 200: { description: "Your tokens, revoked and expired ones included", schema: apiTokenListSchema } }, errors: [],
  },
  createToken: {
    method: "post", path: "/api/v1/me/tokens", tag: "Account", summary: "Create an API token for yourself",
    description: "The secret is in this answer only. `expires` is `never`, days (`90d`), a date (`2027-01-31`, from 00:00 UTC) or an ISO date-time. A token cannot create one with scopes it lacks or a later expiry than its own; `admin` is for admins only.",
    body: strict(createApiTokenBodySchema),
    responses: { 201: { description: "The token, with its secret", schema: createdApiTokenSchema } }, errors: ["invalid"],
  },
  revokeToken: {
    method: "delete", path: "/api/v1/me/tokens/{id}", tag: "Account", summary: "Revoke one of your API tokens at once",
    responses: { 200: { description: "The token as revoked", schema: apiTokenSchema } }, errors: ["not_found"],
  },
  events: {
    method: "get", path: "/api/v1/events", tag: "Events", summary: "Server-sent events: claim, verdict and comment changes as they happen",
    description: "A `text/event-stream`; send `Last-Event-ID` (or `?lastEventId=`) to resume after a dropped connection.",
    query: z.object({ lastEventId: z.string().optional() }),
    responses: { 200: { description: "The event stream", contentType: "text/event-stream" } }, errors: [],
  },
});
