import { expect, test } from "vitest";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { jobs, stopJobs } from "@/lib/server/jobs/boss";
import { queueDefinitions } from "@/lib/server/jobs/queues";
import { workerDatabaseUrl } from "./helpers";

// CI once failed on an unhandled rejection "DATABASE_URL is not set" from pg-boss's Manager.fail:
// pg-boss records a job's end without awaiting it, and a job that ended after the queue was stopped
// and the database closed reached for a pool that was gone.
test("once the queue is stopped, what pg-boss still records touches no database and throws nothing", async () => {
  const boss = await jobs();
  await stopJobs();
  await disconnectDb();
  await expect(boss.getDb().executeSql("select 1", [])).resolves.toMatchObject({ rows: [] });
  // CI failed again on "Cannot read properties of undefined (reading 'count')" from Manager.fail: a
  // job that failed after the stop was recorded against an empty answer.
  const queue = queueDefinitions()[0]!.name;
  await expect(boss.fail(queue, "00000000-0000-0000-0000-000000000000", { message: "late" })).resolves.toMatchObject({ affected: 0 });
  await expect(boss.complete(queue, "00000000-0000-0000-0000-000000000000")).resolves.toMatchObject({ affected: 0 });
  // The file's own teardown disconnects again.
  useDatabase(workerDatabaseUrl());
});
