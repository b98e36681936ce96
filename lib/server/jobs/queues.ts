import type PgBoss from "pg-boss";
import { readEnv } from "@/lib/env";

/** Every queue ClaimDesk runs; a job's name is its queue's name. */
export const QUEUES = {
  import: "import",
  importFailed: "import-failed",
  figureRegroup: "figure-regroup",
  sourceSnapshot: "source-snapshot",
  feedsDue: "feeds-due",
  feedPoll: "feed-poll",
  reextractAll: "reextract-all",
  reextractFailed: "reextract-failed",
  webhookDelivery: "webhook-delivery",
  prune: "prune",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const retries = () => ({ retryLimit: 5, retryDelay: readEnv().JOBS_RETRY_DELAY_SECONDS, retryBackoff: true });

/**
 * Queue settings. Long work (imports, re-extraction) records its progress in its own table and
 * resumes from it, so a job taken over after its lease expired (its worker was killed) repeats
 * nothing; they are sent with their import or run id as singleton key, so one worker at a time
 * works on each. When every retry has failed, pg-boss copies the job to the dead-letter queue, whose
 * worker marks the import or run failed with the job's error, so none is left "running".
 */
export function queueDefinitions(): PgBoss.Queue[] {
  const lease = { expireInSeconds: readEnv().JOBS_LEASE_SECONDS };
  return [
    { name: QUEUES.importFailed, policy: "standard", ...retries() },
    { name: QUEUES.reextractFailed, policy: "standard", ...retries() },
    { name: QUEUES.import, policy: "singleton", ...retries(), ...lease, deadLetter: QUEUES.importFailed },
    { name: QUEUES.reextractAll, policy: "singleton", ...retries(), ...lease, deadLetter: QUEUES.reextractFailed },
    // One waiting and one running at most: requests made while a regroup waits are the same request.
    { name: QUEUES.figureRegroup, policy: "stately", ...retries(), ...lease },
    // A page that cannot be fetched is recorded as such; only unexpected errors are retried.
    { name: QUEUES.sourceSnapshot, policy: "standard", ...retries(), ...lease },
    // Every minute (a pg-boss schedule, sent once across all instances): queue the feeds that are due.
    { name: QUEUES.feedsDue, policy: "stately", ...retries(), ...lease },
    { name: QUEUES.feedPoll, policy: "stately", ...retries(), ...lease },
    // One attempt per job: a failed answer is recorded on the delivery, which queues its own next
    // attempt at the time its backoff says; pg-boss retries only jobs that threw (the database was away).
    { name: QUEUES.webhookDelivery, policy: "standard", ...retries(), ...lease },
    // Every hour (a pg-boss schedule): delete finished webhook deliveries and old sign-in attempts.
    { name: QUEUES.prune, policy: "stately", ...retries(), ...lease },
  ];
}

/** How long one run of a long job works before it hands over to a fresh job, well inside its lease. */
export function workBudgetMs(): number {
  return (readEnv().JOBS_LEASE_SECONDS * 1000) / 3;
}
