import { db } from "../db/client";
import type { EventType, StreamEvent } from "./event-types";

/** How long events stay for reconnecting streams to replay. */
export const EVENT_RETENTION_MS = 24 * 60 * 60 * 1000;
const REPLAY_LIMIT = 1000;

interface EventRow {
  id: bigint;
  type: string;
  userId: string | null;
  payload: Record<string, unknown>;
}

const toEvent = (row: EventRow): StreamEvent => ({ id: row.id.toString(), type: row.type as EventType, userId: row.userId, data: row.payload });

/** Events after `afterId`, oldest first, for one user's stream or (userId undefined) for every stream. */
export async function eventsAfter(afterId: bigint, userId?: string): Promise<StreamEvent[]> {
  const rows =
    userId === undefined
      ? await db().$queryRaw<EventRow[]>`SELECT "id", "type", "userId", "payload" FROM "Event" WHERE "id" > ${afterId} ORDER BY "id" LIMIT ${REPLAY_LIMIT}`
      : await db().$queryRaw<EventRow[]>`
          SELECT "id", "type", "userId", "payload" FROM "Event"
          WHERE "id" > ${afterId} AND ("userId" IS NULL OR "userId" = ${userId}) ORDER BY "id" LIMIT ${REPLAY_LIMIT}`;
  return rows.map(toEvent);
}

export async function latestEventId(): Promise<bigint> {
  const [row] = await db().$queryRaw<{ id: bigint | null }[]>`SELECT max("id") AS "id" FROM "Event"`;
  return row?.id ?? 0n;
}

export async function pruneEvents(): Promise<void> {
  await db().$executeRaw`DELETE FROM "Event" WHERE "createdAt" < ${new Date(Date.now() - EVENT_RETENTION_MS)}`;
}
