import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { inboxQuerySchema, markReadSchema } from "@/lib/notifications/schema";
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
  events: {
    method: "get", path: "/api/v1/events", tag: "Events", summary: "Server-sent events: claim, verdict and comment changes as they happen",
    description: "A `text/event-stream`; send `Last-Event-ID` (or `?lastEventId=`) to resume after a dropped connection.",
    query: z.object({ lastEventId: z.string().optional() }),
    responses: { 200: { description: "The event stream", contentType: "text/event-stream" } }, errors: [],
  },
});
