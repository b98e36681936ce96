import fs from "node:fs";
import path from "node:path";
import { db } from "../db/client";
import { incomingDir, uploadDir } from "./uploads";
import { uploadRoot } from "@/lib/env";

// An upload still arriving after this long was left by a process that stopped.
const INCOMING_MAX_AGE_MS = 6 * 3600 * 1000;
// As long as a failed job is listed on /admin/jobs and can be retried.
const FAILED_KEPT_MS = 7 * 24 * 3600 * 1000;

function entries(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Removes uploads nobody will read: unfinished uploads older than a few hours, the files of
 * finished imports (of failed ones once they can no longer be retried), and old files of imports
 * that no longer exist. Runs when a worker starts.
 */
export async function removeOrphanUploads(now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of entries(incomingDir())) {
    const dir = path.join(incomingDir(), name);
    if (now - fs.statSync(dir).mtimeMs > INCOMING_MAX_AGE_MS) {
      fs.rmSync(dir, { recursive: true, force: true });
      removed++;
    }
  }
  const jobIds = entries(uploadRoot()).filter((name) => name !== "incoming");
  const jobs = await db().importJob.findMany({ where: { id: { in: jobIds } }, select: { id: true, status: true, finishedAt: true } });
  const byId = new Map(jobs.map((job) => [job.id, job]));
  for (const id of jobIds) {
    const status = byId.get(id)?.status;
    if (status === "queued" || status === "running") continue;
    if (status === "failed" && now - (byId.get(id)?.finishedAt?.getTime() ?? now) < FAILED_KEPT_MS) continue;
    // Files are moved into place just before their job is recorded: give that a moment.
    if (!status && now - fs.statSync(uploadDir(id)).mtimeMs < INCOMING_MAX_AGE_MS) continue;
    fs.rmSync(uploadDir(id), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
