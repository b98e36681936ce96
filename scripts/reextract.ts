import { parseArgs } from "node:util";
import { can } from "@/lib/auth/permissions";
import { requestReextractAll } from "@/lib/server/articles/reextract-all";
import { SYSTEM_ACTOR, type Actor } from "@/lib/server/auth/actors";
import { db } from "@/lib/server/db/client";
import { openDatabase } from "@/lib/server/db/open";
import { AppError } from "@/lib/server/http/errors";
import { startWorkers } from "@/lib/server/jobs/workers";
import { findUserByEmail } from "@/lib/server/users/users";
import { runCli, UsageError } from "./cli";

const USAGE = `usage: npm run reextract -- --all [--as EMAIL]
  runs claim extraction again on every article (after an engine upgrade); claims a person touched are kept
  --as EMAIL   record the run as this admin (default: the system)
  exit code 0 when the run finished, 1 if it failed, 2 for usage errors`;

const POLL_MS = 500;

async function actingAdmin(email: string | undefined): Promise<Actor> {
  if (!email) return SYSTEM_ACTOR;
  const user = await findUserByEmail(email);
  if (!user || user.disabledAt) throw new AppError("not_found", `no active user with the email ${email}`);
  if (!can(user, "article:reextract")) throw new AppError("forbidden", `${email} is a ${user.role} and may not re-extract articles`);
  return { id: user.id, role: user.role, name: user.name };
}

await runCli(async () => {
  let values;
  try {
    values = parseArgs({ options: { all: { type: "boolean" }, as: { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return console.log(USAGE);
  if (!values.all) throw new UsageError(`say --all to re-extract every article\n${USAGE}`);

  const database = await openDatabase();
  // This process works the queue too, so the run goes ahead whether or not the app is running.
  const workers = await startWorkers();
  try {
    const run = await requestReextractAll(await actingAdmin(values.as));
    let shown = "";
    for (;;) {
      const current = await db().reextractRun.findUniqueOrThrow({ where: { id: run.id } });
      const line = `${current.processed}/${current.total} articles: ${current.kept} claims kept, ${current.replaced} replaced, ${current.added} added`;
      if (line !== shown) console.error((shown = line));
      if (current.status === "done") break;
      if (current.status === "failed") throw new AppError("conflict", `the run failed: ${current.error}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    console.log(`re-extracted ${run.total} articles`);
  } finally {
    await workers.stop();
    await database.release();
  }
});
