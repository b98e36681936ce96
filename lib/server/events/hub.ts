import pg from "pg";
import { databaseUrl } from "../db/client";
import { isEmbeddedUrl } from "../db/embedded-url";
import { notifyOverdue } from "../claims/schedule";
import { eventsAfter, latestEventId, pruneEvents } from "./event-log";
import { EVENTS_CHANNEL, type StreamEvent } from "./event-types";

type Listener = (event: StreamEvent) => void;

const RECONNECT_MS = 1000;
// The embedded PostgreSQL delivers a NOTIFY only to the connection that sent it, so there the
// hub reads the event log instead; one app process owns the embedded database anyway.
const EMBEDDED_POLL_MS = 250;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
// Due dates are checked by every process with open streams; claims are claimed atomically.
const OVERDUE_EVERY_MS = 60 * 1000;

/**
 * One per app process: a single LISTEN connection (or, on the embedded default, a poll of the
 * event log) shared by every open event stream of the process.
 */
class EventHub {
  private readonly listeners = new Set<Listener>();
  private running = false;
  private client: pg.Client | null = null;
  private timers: NodeJS.Timeout[] = [];
  private lastId = 0n;
  private markReady: () => void = () => {};
  /** Resolves once events are being received (LISTEN issued, or the log's position read). */
  readonly ready: Promise<void> = new Promise((resolve) => (this.markReady = resolve));

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.running) this.start();
    return () => {
      this.listeners.delete(listener);
    };
  }

  get size(): number {
    return this.listeners.size;
  }

  private dispatch(event: StreamEvent) {
    const id = BigInt(event.id);
    if (id > this.lastId) this.lastId = id;
    for (const listener of this.listeners) listener(event);
  }

  private start() {
    this.running = true;
    this.timers.push(setInterval(() => void pruneEvents().catch(() => {}), PRUNE_EVERY_MS).unref());
    this.timers.push(setInterval(() => void notifyOverdue().catch((error) => console.error("overdue sweep failed", error)), OVERDUE_EVERY_MS).unref());
    if (isEmbeddedUrl(databaseUrl())) void this.poll();
    else void this.listen();
  }

  private async poll() {
    try {
      this.lastId = await latestEventId();
    } catch (error) {
      console.error("event hub: cannot read the event log", error);
    }
    this.markReady();
    const tick = async () => {
      try {
        for (const event of await eventsAfter(this.lastId)) this.dispatch(event);
      } catch (error) {
        console.error("event hub: cannot read the event log", error);
      }
      if (this.running) this.timers.push(setTimeout(tick, EMBEDDED_POLL_MS).unref());
    };
    await tick();
  }

  private async listen() {
    const client = new pg.Client({ connectionString: databaseUrl() });
    this.client = client;
    const retry = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => {});
      if (this.running) this.timers.push(setTimeout(() => void this.listen(), RECONNECT_MS).unref());
    };
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        this.dispatch(JSON.parse(message.payload) as StreamEvent);
      } catch (error) {
        console.error("event hub: unreadable notification", error);
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      // Whatever was announced while this connection was down is in the log.
      if (this.lastId > 0n) for (const event of await eventsAfter(this.lastId)) this.dispatch(event);
      else this.lastId = await latestEventId();
      this.markReady();
    } catch (error) {
      console.error("event hub: cannot LISTEN", error);
      retry();
    }
  }

  /** For tests and scripts that end their database connection. */
  async stop() {
    this.running = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}

const globalForHub = globalThis as unknown as { claimdeskEventHub?: EventHub };

export function eventHub(): EventHub {
  globalForHub.claimdeskEventHub ??= new EventHub();
  return globalForHub.claimdeskEventHub;
}

export async function stopEventHub(): Promise<void> {
  await globalForHub.claimdeskEventHub?.stop();
  globalForHub.claimdeskEventHub = undefined;
}
