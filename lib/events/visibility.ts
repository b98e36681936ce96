import { can, type Principal } from "@/lib/auth/permissions";

export interface VisibleEvent {
  type: string;
  userId: string | null;
}

/**
 * Whether a user's stream may carry an event: events addressed to one user go to that user only;
 * claim events need the right to read claims. Account changes are handled by the stream itself.
 */
export function eventVisibleTo(event: VisibleEvent, user: Principal): boolean {
  if (event.type === "user.changed") return false;
  if (event.userId !== null && event.userId !== user.id) return false;
  if (event.type === "notification.created") return event.userId === user.id;
  return can(user, "article:read");
}

/** One event in the text/event-stream format; `data` is one line of JSON. */
export function formatServerSentEvent(event: { id: string; type: string; data: unknown }): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/** A Last-Event-ID header worth replaying from, or null. */
export function parseLastEventId(value: string | null | undefined): bigint | null {
  return value && /^\d{1,18}$/.test(value.trim()) ? BigInt(value.trim()) : null;
}
