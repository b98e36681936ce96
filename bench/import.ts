import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { parseImportFile } from "@/lib/import/parse-file";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { importLimits } from "@/lib/server/imports/import-limits";
import { importParsedItems, numbered } from "@/lib/server/imports/import-run";

const CORPUS = path.resolve(import.meta.dirname, "../../shared/datasets/ukraine-news-447.jsonl");
const SERVER = "postgresql://postgres@127.0.0.1:5432";
const BENCH_DB = "claimdesk_bench_import";

const { values } = parseArgs({
  options: {
    repeat: { type: "string", default: "4" },
    only: { type: "string" },
    case: { type: "string" },
  },
});

/**
 * The corpus, read `times` times; each pass after the first marks every text so it is a new
 * article rather than a duplicate. Streamed: nothing but the current chunk is held.
 */
async function* corpus(times: number): AsyncGenerator<Uint8Array> {
  for (let pass = 0; pass < times; pass++) {
    if (pass === 0) {
      yield* fs.createReadStream(CORPUS) as AsyncIterable<Buffer>;
      yield Buffer.from("\n");
      continue;
    }
    let rest = "";
    for await (const chunk of fs.createReadStream(CORPUS, { encoding: "utf8" }) as AsyncIterable<string>) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      yield Buffer.from(lines.map((line) => mark(line, pass)).join("\n") + "\n");
    }
    if (rest) yield Buffer.from(`${mark(rest, pass)}\n`);
  }
}

function mark(line: string, pass: number): string {
  if (!line.trim()) return line;
  const row = JSON.parse(line) as { text: string };
  return JSON.stringify({ ...row, text: `${row.text}\n\n[bench copy ${pass}]` });
}

async function recreateServerDatabase(): Promise<string> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await client.end();
  }
  return `${SERVER}/${BENCH_DB}`;
}

interface Result {
  label: string;
  articles: number;
  duplicates: number;
  failed: number;
  claims: number;
  seconds: number;
  /** CPU time of this process (parsing, extraction, the client side of the inserts): less noisy than wall time on a shared machine. */
  cpuSeconds: number;
  peakRssMb: number;
  rssByQuarter: number[];
  heapByQuarter: number[];
}

async function run(label: string, url: string, times: number): Promise<Result> {
  await migrateDatabase(url);
  useDatabase(url);
  const totals = { articles: 0, duplicates: 0, failed: 0, claims: 0, processed: 0 };
  const expected = 447 * times;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const rssByQuarter: number[] = [];
  const heapByQuarter: number[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await importParsedItems(numbered(parseImportFile("corpus.jsonl", corpus(times), { maxArticleBytes: importLimits().maxArticleBytes })), SYSTEM_ACTOR, { onBatch: async (results) => {
    for (const result of results) {
      totals.processed++;
      if (result.status === "imported") totals.articles++;
      else if (result.status === "duplicate") totals.duplicates++;
      else totals.failed++;
      totals.claims += result.claims;
    }
    while (rssByQuarter.length < 4 && totals.processed >= (expected * (rssByQuarter.length + 1)) / 4) {
      rssByQuarter.push(process.memoryUsage().rss / 2 ** 20);
      // What is still referenced, as opposed to garbage V8 has not collected yet.
      (globalThis as { gc?: () => void }).gc?.();
      heapByQuarter.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  } });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await disconnectDb();
  return { label, ...totals, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: peak / 2 ** 20, rssByQuarter, heapByQuarter };
}

function print(result: Result) {
  const rate = (count: number) => (count / result.seconds).toFixed(0);
  console.log(
    `${result.label.padEnd(34)} ${String(result.articles).padStart(5)} articles (${result.duplicates} duplicates, ${result.failed} failed) ` +
      `${String(result.claims).padStart(6)} claims in ${result.seconds.toFixed(2)} s: ${rate(result.articles + result.duplicates)} articles/s, ` +
      `${rate(result.claims)} claims/s, ${result.cpuSeconds.toFixed(2)} s CPU in this process, peak RSS ${result.peakRssMb.toFixed(0)} MB (at each quarter of the input: RSS ${result.rssByQuarter.map((mb) => mb.toFixed(0)).join(" / ")} MB, ` +
      `live heap ${result.heapByQuarter.map((mb) => mb.toFixed(0)).join(" / ")} MB)`,
  );
}

const repeat = Math.max(1, Number(values.repeat) || 1);

/** One case per child process, so each peak RSS is that case's alone (PGlite's memory is never handed back). */
async function runCase(name: string): Promise<void> {
  if (name === "embedded") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-import-"));
    const embedded = await startEmbeddedPostgres(dir);
    try {
      print(await run("embedded PostgreSQL (PGlite), corpus", embedded.url, 1));
    } finally {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } else if (name === "server") {
    print(await run("PostgreSQL server, corpus", await recreateServerDatabase(), 1));
  } else {
    print(await run(`PostgreSQL server, corpus x${repeat}`, await recreateServerDatabase(), repeat));
  }
}

if (values.case) {
  await runCase(values.case);
} else {
  console.log(`bench/import: ${CORPUS}, node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((load) => load.toFixed(1)).join(" ")}`);
  const cases = [
    ...(values.only === "server" ? [] : ["embedded"]),
    ...(values.only === "embedded" ? [] : ["server", ...(repeat > 1 ? ["server-repeat"] : [])]),
  ];
  for (const name of cases) {
    const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", fileURLToPath(import.meta.url), "--case", name, "--repeat", String(repeat)], { stdio: "inherit" });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
