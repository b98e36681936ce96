import { z } from "zod";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { jobs, JOBS_SCHEMA } from "./boss";
import { QUEUES } from "./queues";

/** How the admin page groups pg-boss's states. */
export const JOB_VIEWS = {
  queued: ["created", "retry"],
  running: ["active"],
  failed: ["failed"],
  finished: ["completed", "cancelled"],
} as const;
export type JobView = keyof typeof JOB_VIEWS;

export interface JobRow {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  startAfter: Date;
  data: unknown;
  error: string | null;
}

const SHOWN = 100;

function errorOf(output: unknown): string | null {
  if (!output || typeof output !== "object") return null;
  const record = output as { message?: unknown; value?: { message?: unknown } };
  const message = record.message ?? record.value?.message;
  return typeof message === "string" ? message : null;
}

/** The newest jobs in one view (queued, running, failed, finished), with how many each view holds. */
export async function listJobs(view: JobView, actor: Actor) {
  authorize(actor, "settings:manage");
  const counts = await db().$queryRawUnsafe<{ state: string; count: bigint }[]>(`SELECT state::text, count(*) FROM ${JOBS_SCHEMA}.job GROUP BY state`);
  const totals = Object.fromEntries(
    Object.entries(JOB_VIEWS).map(([name, states]) => [
      name,
      counts.filter((row) => (states as readonly string[]).includes(row.state)).reduce((sum, row) => sum + Number(row.count), 0),
    ]),
  ) as Record<JobView, number>;
  const rows = await db().$queryRawUnsafe<
    { id: string; name: string; state: string; retry_count: number; retry_limit: number; created_on: Date; started_on: Date | null; completed_on: Date | null; start_after: Date; data: unknown; output: unknown }[]
  >(
    `SELECT id::text, name, state::text, retry_count, retry_limit, created_on, started_on, completed_on, start_after, data, output
     FROM ${JOBS_SCHEMA}.job WHERE state::text = ANY($1) ORDER BY created_on DESC LIMIT ${SHOWN}`,
    [...JOB_VIEWS[view]],
  );
  const shown: JobRow[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    state: row.state,
    retryCount: row.retry_count,
    retryLimit: row.retry_limit,
    createdOn: row.created_on,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    startAfter: row.start_after,
    data: row.data,
    error: row.state === "failed" || row.state === "retry" ? errorOf(row.output) : null,
  }));
  return { totals, jobs: shown, shownAtMost: SHOWN };
}

const retrySchema = z.object({ id: z.uuid(), name: z.enum(Object.values(QUEUES) as [string, ...string[]]) });

/** Runs a failed job again; long work resumes where it stopped. */
export async function retryJob(input: unknown, actor: Actor): Promise<void> {
  authorize(actor, "settings:manage");
  const { id, name } = parseInput(retrySchema, input);
  const [job] = await db().$queryRawUnsafe<{ state: string; data: Record<string, unknown> }[]>(
    `SELECT state::text, data FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND id = $2::uuid`,
    name,
    id,
  );
  if (!job) throw new AppError("not_found", "No such job");
  if (job.state !== "failed") throw new AppError("conflict", `Only a failed job can be retried; this one is ${job.state}`);
  await reopenWork(name, job.data);
  await (await jobs()).retry(name, id);
  await db().$transaction((tx) => recordAudit(tx, actor, { action: "job.retry", entityType: "Job", entityId: id, after: { queue: name } }));
}

/** An import or run that ended failed goes back to queued, so its worker takes it up again. */
async function reopenWork(name: string, data: Record<string, unknown>): Promise<void> {
  const reopen = { status: "queued" as const, finishedAt: null };
  if ((name === QUEUES.import || name === QUEUES.importFailed) && typeof data.importJobId === "string") {
    await db().importJob.updateMany({ where: { id: data.importJobId, status: "failed" }, data: reopen });
  }
  if ((name === QUEUES.reextractAll || name === QUEUES.reextractFailed) && typeof data.runId === "string") {
    await db().reextractRun.updateMany({ where: { id: data.runId, status: "failed" }, data: reopen });
  }
}
