import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { db, disconnectDb, useDatabase } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { startImportJob } from "@/lib/server/imports/imports";
import { createSpool } from "@/lib/server/imports/uploads";
import { stopJobs } from "@/lib/server/jobs/boss";

// The job path of `npm run bench:import`: the corpus through the queue to a worker process on the
// server, 10 unique copies of it with the worker's memory sampled, and a worker killed three times.
const CORPUS = path.resolve(import.meta.dirname, "../../shared/datasets/ukraine-news-447.jsonl");
const SERVER = "postgresql://postgres@127.0.0.1:5432";
const BENCH_DB = "claimdesk_bench_import_queue";
const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-queue-"));
// The crash case shortens the lease, so a killed worker's job is taken over in seconds, not minutes.
const CRASH_ENV = { JOBS_MAINTENANCE_SECONDS: "1", JOBS_LEASE_SECONDS: "10", JOBS_RETRY_DELAY_SECONDS: "1" };
Object.assign(process.env, { DATA_DIR: dataDir, JOBS_POLL_SECONDS: "0.5" });

async function recreateDatabase(): Promise<string> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${BENCH_DB}`);
  await client.end();
  return `${SERVER}/${BENCH_DB}`;
}

function corpusCopies(times: number): string {
  const lines = fs.readFileSync(CORPUS, "utf8").split("\n").filter(Boolean);
  const file = path.join(dataDir, `corpus-x${times}.jsonl`);
  const out = fs.openSync(file, "w");
  for (let pass = 0; pass < times; pass++) {
    for (const line of lines) {
      const row = JSON.parse(line) as { text: string };
      fs.writeSync(out, `${JSON.stringify(pass === 0 ? row : { ...row, text: `${row.text}\n\n[bench copy ${pass}]` })}\n`);
    }
  }
  fs.closeSync(out);
  return file;
}

async function spawnWorker(url: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, ...env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("workers running") && resolve());
    child.once("exit", (code) => reject(new Error(`the worker exited with ${code}`)));
  });
  return child;
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : 0;
}

async function upload(file: string) {
  const spool = createSpool();
  await spool.add(path.basename(file), fs.createReadStream(file));
  return startImportJob(spool, SYSTEM_ACTOR);
}

async function progress(id: string) {
  return db().importJob.findUniqueOrThrow({ where: { id } });
}

async function waitFor(id: string, until: (job: Awaited<ReturnType<typeof progress>>) => boolean) {
  for (;;) {
    const job = await progress(id);
    if (until(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const finished = (job: { status: string }) => job.status === "done" || job.status === "failed";
const counts = (job: Awaited<ReturnType<typeof progress>>) =>
  `${job.imported} imported, ${job.duplicates} duplicates, ${job.failed} failed of ${job.total} items (${job.processed} processed), ${job.claimsFound} claims`;

/** Upload to done through a worker process; the worker's RSS is sampled at each quarter of the items. */
async function throughQueue(url: string, times: number): Promise<void> {
  const worker = await spawnWorker(url);
  const file = corpusCopies(times);
  const rssByQuarter: number[] = [];
  let peak = 0;
  const started = performance.now();
  const job = await upload(file);
  const done = await waitFor(job.id, (current) => {
    peak = Math.max(peak, rssMb(worker.pid!));
    while (current.total > 0 && rssByQuarter.length < 4 && current.processed >= (current.total * (rssByQuarter.length + 1)) / 4) rssByQuarter.push(rssMb(worker.pid!));
    return finished(current);
  });
  const seconds = (performance.now() - started) / 1000;
  await stop(worker, "SIGTERM");
  console.log(
    `queue, corpus x${times}: ${counts(done)} in ${seconds.toFixed(2)} s from upload to done; ` +
      `worker RSS at each quarter ${rssByQuarter.map((mb) => mb.toFixed(0)).join(" / ")} MB, peak ${peak.toFixed(0)} MB`,
  );
}

async function crashThreeTimes(url: string): Promise<void> {
  let worker = await spawnWorker(url, CRASH_ENV);
  const job = await upload(corpusCopies(1));
  const kills: number[] = [];
  const started = performance.now();
  for (const threshold of [100, 200, 300]) {
    const seen = await waitFor(job.id, (current) => current.processed >= threshold || finished(current));
    await stop(worker, "SIGKILL");
    kills.push(seen.processed);
    worker = await spawnWorker(url, CRASH_ENV);
  }
  const done = await waitFor(job.id, finished);
  const seconds = (performance.now() - started) / 1000;
  await stop(worker, "SIGTERM");
  const items = await db().importItem.count({ where: { jobId: job.id } });
  const positions = (await db().importItem.groupBy({ by: ["position"], where: { jobId: job.id } })).length;
  const articles = await db().article.count({ where: { importItems: { some: { jobId: job.id, status: "imported" } } } });
  console.log(`crash: worker killed (SIGKILL) at ${kills.join(", ")} processed items; ${done.status}: ${counts(done)} in ${seconds.toFixed(1)} s`);
  console.log(`crash: ${items} item rows for ${positions} distinct positions of ${done.total}; ${articles} articles stored for ${done.imported} imported items`);
  if (done.status !== "done" || items !== done.total || positions !== done.total || articles !== done.imported) process.exitCode = 1;
}

/** Each case on an empty database, so every article is new. */
async function freshDatabase(): Promise<string> {
  await stopJobs();
  await disconnectDb();
  const url = await recreateDatabase();
  await migrateDatabase(url);
  useDatabase(url);
  return url;
}

const CASES = ["corpus", "copies", "crash"] as const;
const { values } = parseArgs({ options: { case: { type: "string", multiple: true } } });
const chosen = new Set(values.case ?? CASES);

try {
  console.log(`bench/import-queue: ${CORPUS}, node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((load) => load.toFixed(1)).join(" ")}`);
  if (chosen.has("corpus")) await throughQueue(await freshDatabase(), 1);
  if (chosen.has("copies")) await throughQueue(await freshDatabase(), 10);
  if (chosen.has("crash")) {
    // Queue settings are written by every process that starts the queue: this one must agree.
    Object.assign(process.env, CRASH_ENV);
    await crashThreeTimes(await freshDatabase());
  }
} finally {
  await stopJobs();
  await disconnectDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
