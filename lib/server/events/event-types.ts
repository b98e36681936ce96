export const EVENTS_CHANNEL = "claimdesk_events";

export type EventType = "claim.changed" | "comment.changed" | "notification.created" | "presence.changed" | "user.changed";

/** One event as announced and as sent to streams; `userId` limits it to that user's streams. */
export interface StreamEvent {
  id: string;
  type: EventType;
  userId: string | null;
  data: Record<string, unknown>;
}
