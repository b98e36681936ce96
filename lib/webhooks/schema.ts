import { z } from "zod";

/** The events an endpoint can subscribe to. */
export const WEBHOOK_EVENTS = ["claim.approved", "claim.reopened", "article.imported", "verdict.returned"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** Sent only by "Send a test event", to every endpoint whatever its events. */
export const TEST_EVENT = "webhook.test";

export const webhookEventSchema = z.enum(WEBHOOK_EVENTS);

const eventsSchema = z
  .array(webhookEventSchema)
  .min(1, "choose at least one event")
  .transform((events) => WEBHOOK_EVENTS.filter((event) => events.includes(event)));

/** A secret an admin brings: long enough to resist guessing, printable so it survives copying. */
export const webhookSecretSchema = z
  .string()
  .min(24, "a secret has at least 24 characters")
  .max(200)
  .regex(/^[\x21-\x7e]+$/, "a secret is printable ASCII without spaces");

const urlSchema = z.url({ protocol: /^https?$/, error: "url must be an http(s) address" }).max(2000);

export const webhookCreateSchema = z.strictObject({
  url: urlSchema,
  events: eventsSchema,
  description: z.string().trim().max(200).optional(),
  /** Omitted: one is generated and shown once in the answer. */
  secret: webhookSecretSchema.optional(),
  active: z.boolean().default(true),
});
export type WebhookCreateInput = z.input<typeof webhookCreateSchema>;

export const webhookUpdateSchema = z
  .strictObject({
    url: urlSchema.optional(),
    events: eventsSchema.optional(),
    description: z.string().trim().max(200).nullable().optional(),
    active: z.boolean().optional(),
    /** A new secret given by the admin, or `true` to have one generated (shown once in the answer). */
    secret: z.union([webhookSecretSchema, z.literal(true)]).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "nothing to change" });
export type WebhookUpdateInput = z.input<typeof webhookUpdateSchema>;

export const webhookDeliveryListSchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** An endpoint as the API answers it; the secret appears only when it was just set. */
export const webhookEndpointResponseSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(webhookEventSchema),
  active: z.boolean(),
  secretHint: z.string(),
  secret: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const webhookDeliveryResponseSchema = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  event: z.string(),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  replayOfId: z.string().nullable(),
  createdAt: z.string(),
  attemptLog: z.array(
    z.object({
      number: z.number().int(),
      startedAt: z.string(),
      durationMs: z.number().int(),
      responseStatus: z.number().int().nullable(),
      error: z.string().nullable(),
      outcome: z.enum(["delivered", "retry", "failed"]),
    }),
  ),
});

/** What a receiver gets: the event's id is the same for every endpoint and every replay of it. */
export const webhookPayloadSchema = z.object({
  id: z.string(),
  event: z.string(),
  createdAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
