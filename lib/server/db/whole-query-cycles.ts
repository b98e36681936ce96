import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

/** The parts of pglite-socket's internal query queue (0.2.17) that are replaced here. */
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(work: () => Promise<T>): Promise<T>;
    execProtocolRawStream(message: Uint8Array, options: { onRawData(data: Uint8Array): void }): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

const READY_FOR_QUERY = 0x5a; // 'Z', length 5, then the transaction status

function endsWithReadyForQuery(tail: Uint8Array): boolean {
  return tail.length >= 6 && tail[tail.length - 6] === READY_FOR_QUERY && tail[tail.length - 2] === 5 && tail[tail.length - 5] === 0;
}

/**
 * pglite-socket keeps one connection's messages together only inside a transaction: a query sent
 * in the extended protocol (Parse, Bind, Execute, Sync arriving in several reads) can have another
 * connection's messages run in between, which then binds the wrong unnamed statement ("bind
 * message supplies 1 parameters, but prepared statement requires 2"). This makes the queue also
 * wait for the connection that started a query cycle until PostgreSQL answers ReadyForQuery, so
 * several processes (the app, its worker, the command-line tools) can share the embedded server.
 */
export function keepQueryCyclesWhole(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let cycleOpen = false;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = this.lastHandlerId !== null && (cycleOpen || this.db.isInTransaction()) ? this.lastHandlerId : null;
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet; it calls processQueue when it does.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        let bytes = 0;
        let tail = new Uint8Array(0);
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                const joined = new Uint8Array(tail.length + data.length);
                joined.set(tail);
                joined.set(data, tail.length);
                tail = joined.slice(-6);
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        cycleOpen = !endsWithReadyForQuery(tail);
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    // A connection that closed mid-cycle must not hold the others up.
    if (queue.lastHandlerId === handlerId) cycleOpen = false;
    await clearTransaction(handlerId);
    await queue.processQueue();
  };
}
