import { eventVisibleTo, formatServerSentEvent } from "@/lib/events/visibility";
import { authorize } from "../auth/authz";
import { actorForUserId, type Actor } from "../auth/actors";
import { AppError } from "../http/errors";
import { eventsAfter } from "./event-log";
import type { StreamEvent } from "./event-types";
import { eventHub } from "./hub";

const HEARTBEAT_MS = 15_000;
// Besides the user.changed event a disable sends at once, the account (or the API token the
// stream was opened with) is re-read now and then: a revoked token, a change made while this
// process's LISTEN connection was down.
const RECHECK_MS = 10_000;
const RECONNECT_HINT_MS = 2_000;

/**
 * A text/event-stream of the events `actor` may see: first those after `lastEventId` (a
 * reconnecting browser sends it), then live ones. It closes when the user is disabled.
 */
export function openEventStream(
  actor: Actor | null,
  lastEventId: bigint | null,
  abort: AbortSignal,
  reload: () => Promise<Actor | null> = () => actorForUserId(actor?.id ?? ""),
): ReadableStream<Uint8Array> {
  authorize(actor, "article:read");
  const userId = actor.id;
  if (!userId) throw new AppError("invalid", "Only a person has an event stream");
  const encoder = new TextEncoder();
  let current: Actor = actor;
  let closed = false;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        controller.close();
      };
      const deliver = (event: StreamEvent) => {
        if (eventVisibleTo(event, current)) send(formatServerSentEvent(event));
      };
      const recheck = async () => {
        const fresh = await reload().catch(() => current);
        if (!fresh || fresh.id !== userId) {
          send("event: closed\ndata: {\"reason\":\"account disabled\"}\n\n");
          close();
        } else current = fresh;
      };

      // Subscribe before replaying so nothing falls between the two; live events wait meanwhile.
      let waiting: StreamEvent[] | null = [];
      const unsubscribe = eventHub().subscribe((event) => {
        if (event.type === "user.changed" && event.userId === userId) void recheck();
        if (waiting) waiting.push(event);
        else deliver(event);
      });
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      const rechecking = setInterval(() => void recheck(), RECHECK_MS);
      cleanup = () => {
        unsubscribe();
        clearInterval(heartbeat);
        clearInterval(rechecking);
        abort.removeEventListener("abort", close);
      };
      abort.addEventListener("abort", close);

      send(`retry: ${RECONNECT_HINT_MS}\n: connected\n\n`);
      const replayed = new Set<string>();
      if (lastEventId !== null) {
        for (const event of await eventsAfter(lastEventId, userId)) {
          replayed.add(event.id);
          deliver(event);
        }
      }
      const live = waiting;
      waiting = null;
      for (const event of live) if (!replayed.has(event.id)) deliver(event);
    },
    cancel() {
      closed = true;
      cleanup();
    },
  });
}
