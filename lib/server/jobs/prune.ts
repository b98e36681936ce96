import { readEnv, type Env } from "@/lib/env";
import { db } from "../db/client";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows deleted per statement, so that a large backlog never holds one long transaction. */
const BATCH = 5000;

export interface Pruned {
  webhookDeliveries: number;
  loginAttempts: number;
}

/**
 * Deletes records that only matter for a while: webhook deliveries that are finished (delivered or
 * failed; a pending one is never touched) and sign-in attempts, once older than their retention
 * settings. The audit history is never pruned.
 */
export async function pruneOldRecords(now: Date = new Date(), env: Env = readEnv()): Promise<Pruned> {
  const deliveriesBefore = new Date(now.getTime() - env.WEBHOOK_DELIVERY_RETENTION_DAYS * DAY_MS);
  const attemptsBefore = new Date(now.getTime() - env.LOGIN_ATTEMPT_RETENTION_DAYS * DAY_MS);
  return {
    webhookDeliveries: await deleteInBatches(
      () => db().$executeRaw`
        DELETE FROM "WebhookDelivery" WHERE "id" IN (
          SELECT "id" FROM "WebhookDelivery" WHERE "status" IN ('delivered', 'failed') AND "createdAt" < ${deliveriesBefore} LIMIT ${BATCH})`,
    ),
    loginAttempts: await deleteInBatches(
      () => db().$executeRaw`
        DELETE FROM "LoginAttempt" WHERE "id" IN (SELECT "id" FROM "LoginAttempt" WHERE "createdAt" < ${attemptsBefore} LIMIT ${BATCH})`,
    ),
  };
}

/** Runs a delete of at most BATCH rows until one deletes fewer; returns how many rows went in all. */
async function deleteInBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await deleteBatch();
    deleted += count;
    if (count < BATCH) return deleted;
  }
}
