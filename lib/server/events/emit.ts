import type { Prisma } from "@/lib/generated/prisma/client";
import { EVENTS_CHANNEL, type EventType, type StreamEvent } from "./event-types";

type Tx = Prisma.TransactionClient;

/**
 * Logs an event and announces it with NOTIFY inside the caller's transaction: PostgreSQL delivers
 * the notification only when that transaction commits, and never if it rolls back.
 */
export async function emitEvent(tx: Tx, type: EventType, data: Record<string, unknown>, userId: string | null = null): Promise<void> {
  const [row] = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "Event" ("type", "userId", "payload") VALUES (${type}, ${userId}, ${JSON.stringify(data)}::jsonb) RETURNING "id"`;
  const event: StreamEvent = { id: row!.id.toString(), type, userId, data };
  await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`;
}
