import { jobs } from "./boss";
import { QUEUES } from "./queues";

/** Queues work on an import; its id is the singleton key, so only one worker works on it at a time. */
export async function sendImport(importJobId: string): Promise<void> {
  await (await jobs()).send(QUEUES.import, { importJobId }, { singletonKey: importJobId });
}

export async function sendReextractAll(runId: string): Promise<void> {
  await (await jobs()).send(QUEUES.reextractAll, { runId }, { singletonKey: runId });
}

/** One poll of a feed waits at most; a feed is never polled by two workers at once. */
export async function sendFeedPoll(feedId: string): Promise<void> {
  await (await jobs()).send(QUEUES.feedPoll, { feedId }, { singletonKey: feedId });
}

/** Fetches and keeps the page behind a source. */
export async function sendSourceSnapshot(sourceId: string): Promise<void> {
  await (await jobs()).send(QUEUES.sourceSnapshot, { sourceId });
}

/**
 * Asks for the figure groups to be recomputed. Requests coalesce: while one regroup waits to run,
 * asking again adds nothing (the queue's stately policy refuses a second waiting job), and one
 * asked for while a regroup runs waits for it and then runs once.
 */
export async function enqueueFigureRegroup(): Promise<void> {
  await (await jobs()).send(QUEUES.figureRegroup, {});
}

/** One attempt at a webhook delivery, at once or at the time its backoff says. */
export async function sendWebhookDelivery(deliveryId: string, startAfter?: Date): Promise<void> {
  await (await jobs()).send(QUEUES.webhookDelivery, { deliveryId }, startAfter ? { startAfter } : {});
}

/** Many deliveries at once (a bulk import's articles), in one statement. */
export async function sendWebhookDeliveries(deliveryIds: readonly string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  await (await jobs()).insert(deliveryIds.map((deliveryId) => ({ name: QUEUES.webhookDelivery, data: { deliveryId } })));
}
