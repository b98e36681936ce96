import { db } from "../db/client";
import { JOBS_SCHEMA } from "./boss";
import { QUEUES } from "./queues";
import { sendImport, sendReextractAll, sendWebhookDelivery } from "./send";

// Long enough for the process that recorded the work to have queued it.
const GRACE_SECONDS = 30;

async function lostWork(table: "ImportJob" | "ReextractRun", key: "importJobId" | "runId", queues: string[]): Promise<string[]> {
  const rows = await db().$queryRawUnsafe<{ id: string }[]>(
    `SELECT w.id FROM "${table}" w
     WHERE w.status IN ('queued', 'running') AND w."createdAt" < now() - make_interval(secs => ${GRACE_SECONDS})
       AND NOT EXISTS (SELECT 1 FROM ${JOBS_SCHEMA}.job j
                       WHERE j.name = ANY($1) AND j.data->>'${key}' = w.id AND j.state IN ('created', 'retry', 'active'))`,
    queues,
  );
  return rows.map((row) => row.id);
}

/** Webhook deliveries due a while ago with no job waiting or running for them. */
async function lostDeliveries(): Promise<string[]> {
  const rows = await db().$queryRawUnsafe<{ id: string }[]>(
    `SELECT d.id FROM "WebhookDelivery" d
     WHERE d.status = 'pending' AND d."nextAttemptAt" < now() - make_interval(secs => ${GRACE_SECONDS})
       AND NOT EXISTS (SELECT 1 FROM ${JOBS_SCHEMA}.job j
                       WHERE j.name = $1 AND j.data->>'deliveryId' = d.id AND j.state IN ('created', 'retry', 'active'))
     LIMIT 1000`,
    QUEUES.webhookDelivery,
  );
  return rows.map((row) => row.id);
}

/**
 * Imports, re-extraction runs and webhook deliveries recorded but with no job waiting or running
 * for them (the process that recorded one stopped before queueing it) are queued again.
 */
export async function requeueLostWork(): Promise<number> {
  const imports = await lostWork("ImportJob", "importJobId", [QUEUES.import, QUEUES.importFailed]);
  const runs = await lostWork("ReextractRun", "runId", [QUEUES.reextractAll, QUEUES.reextractFailed]);
  const deliveries = await lostDeliveries();
  for (const id of imports) await sendImport(id);
  for (const id of runs) await sendReextractAll(id);
  for (const id of deliveries) await sendWebhookDelivery(id);
  return imports.length + runs.length + deliveries.length;
}
