import type PgBoss from "pg-boss";
import { z } from "zod";
import { readEnv } from "@/lib/env";
import { failReextract, noteReextractError, runReextractStep } from "../articles/reextract-all";
import { SYSTEM_ACTOR } from "../auth/actors";
import { regroupFigureClaims } from "../figures/regroup";
import { failImport, noteImportError, runImportStep } from "../imports/import-worker";
import { removeOrphanUploads } from "../imports/upload-cleanup";
import { captureSourceSnapshot } from "../snapshots/snapshots";
import { dueFeeds, pollFeed } from "../feeds/feed-poll";
import { jobs, stopJobs } from "./boss";
import { enqueueFigureRegroup, sendFeedPoll, sendImport, sendReextractAll, sendWebhookDelivery } from "./send";
import { pruneOldRecords } from "./prune";
import { requeueLostWork } from "./sweep";
import { deliverWebhook } from "../webhooks/deliver";
import { QUEUES, workBudgetMs } from "./queues";

const importPayload = z.object({ importJobId: z.string().min(1) });
const runPayload = z.object({ runId: z.string().min(1) });
const WEBHOOK_WORKERS = 4;

export interface Workers {
  /** Stops taking jobs and waits up to `timeoutMs` (10 s by default) for those in hand. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Runs one job at a time per queue; pg-boss gives each job to one worker across all processes. */
async function work<T>(boss: PgBoss, queue: string, payload: z.ZodType<T>, handle: (data: T) => Promise<void>): Promise<void> {
  await boss.work(queue, { pollingIntervalSeconds: readEnv().JOBS_POLL_SECONDS, batchSize: 1 }, async ([job]) => {
    await handle(payload.parse(job!.data));
  });
}

async function importHandler({ importJobId }: z.infer<typeof importPayload>): Promise<void> {
  try {
    const step = await runImportStep(importJobId, Date.now() + workBudgetMs());
    if (step === "continues") await sendImport(importJobId);
    else await enqueueFigureRegroup();
  } catch (error) {
    console.error(`import ${importJobId}:`, error);
    await noteImportError(importJobId, error);
    throw error;
  }
}

async function reextractHandler({ runId }: z.infer<typeof runPayload>): Promise<void> {
  try {
    const step = await runReextractStep(runId, Date.now() + workBudgetMs());
    if (step === "continues") await sendReextractAll(runId);
    else await enqueueFigureRegroup();
  } catch (error) {
    await noteReextractError(runId, error);
    throw error;
  }
}

/**
 * Starts this process's workers: cleans up uploads nobody will read, re-queues work whose job was
 * lost, then works every queue until stopped.
 */
export async function startWorkers(): Promise<Workers> {
  const boss = await jobs();
  await removeOrphanUploads();
  await requeueLostWork();
  const sweep = setInterval(() => requeueLostWork().catch((error) => console.error("jobs: sweep failed:", error)), readEnv().JOBS_MAINTENANCE_SECONDS * 1000);
  sweep.unref();
  await work(boss, QUEUES.import, importPayload, importHandler);
  await work(boss, QUEUES.importFailed, importPayload, ({ importJobId }) => failImport(importJobId));
  await work(boss, QUEUES.reextractAll, runPayload, reextractHandler);
  await work(boss, QUEUES.reextractFailed, runPayload, ({ runId }) => failReextract(runId));
  await work(boss, QUEUES.sourceSnapshot, z.object({ sourceId: z.string().min(1) }), ({ sourceId }) => captureSourceSnapshot(sourceId));
  await work(boss, QUEUES.feedPoll, z.object({ feedId: z.string().min(1) }), async ({ feedId }) => {
    if ((await pollFeed(feedId)).imported > 0) await enqueueFigureRegroup();
  });
  // Scheduled jobs carry no data.
  await work(boss, QUEUES.feedsDue, z.unknown(), async () => {
    for (const feedId of await dueFeeds()) await sendFeedPoll(feedId);
  });
  await boss.schedule(QUEUES.feedsDue, "* * * * *", {});
  await work(boss, QUEUES.prune, z.unknown(), async () => {
    await pruneOldRecords();
  });
  await boss.schedule(QUEUES.prune, "17 * * * *", {});
  await work(boss, QUEUES.figureRegroup, z.object({}), async () => {
    await regroupFigureClaims();
  });
  // Several at once: one slow receiver (up to WEBHOOK_TIMEOUT_SECONDS) must not hold up the others.
  for (let slot = 0; slot < WEBHOOK_WORKERS; slot++) {
    await work(boss, QUEUES.webhookDelivery, z.object({ deliveryId: z.string().min(1) }), async ({ deliveryId }) => {
      const result = await deliverWebhook(deliveryId);
      if (result.nextAttemptAt) await sendWebhookDelivery(deliveryId, result.nextAttemptAt);
    });
  }
  return {
    async stop(timeoutMs) {
      clearInterval(sweep);
      await stopJobs(timeoutMs);
    },
  };
}
