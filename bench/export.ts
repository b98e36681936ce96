/**
 * Streams the CSV export of 100,000 claims and prints time and peak memory (target: < 5 s, < 300 MB).
 * Usage: npm run bench:export [-- --rebuild]
 * The data (1,000 articles × 100 claims, most with a verdict in some state, approved ones with a
 * source) is generated straight into the database claimdesk_bench_export and reused between runs.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import pg from "pg";
import type { Prisma } from "../lib/generated/prisma/client";
import { SYSTEM_ACTOR } from "../lib/server/auth/actors";
import { db, disconnectDb, useDatabase } from "../lib/server/db/client";
import { migrateDatabase } from "../lib/server/db/migrate";
import { streamClaimsCsv, streamClaimsJson } from "../lib/server/exports/exports";

const SERVER = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = "claimdesk_bench_export";
const ARTICLES = 1000;
const CLAIMS_PER_ARTICLE = 100;
const TOTAL = ARTICLES * CLAIMS_PER_ARTICLE;
const TYPES = ["casualties", "territory", "military", "aid", "economic", "humanitarian", "event", "other"] as const;
const RATINGS = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unverifiable"];
const SPEAKERS = ["Volodymyr Zelensky", "Ukraine's defence ministry", "the UN", "Russia's defence ministry", null];

const benchUrl = (() => {
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  return url.toString();
})();

async function recreateDatabase() {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${NAME}"`);
  } finally {
    await client.end();
  }
}

async function existingClaims(): Promise<number> {
  const client = new pg.Client({ connectionString: benchUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Claim"`);
    return Number(rows[0]?.count ?? 0);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}

async function build() {
  await recreateDatabase();
  await migrateDatabase(benchUrl);
  useDatabase(benchUrl);
  const [checker, editor] = ["checker", "editor"].map((name) => ({ id: randomUUID(), email: `${name}@bench.local`, name: `Bench ${name}`, passwordHash: "x" }));
  await db().user.createMany({ data: [{ ...checker!, role: "fact_checker" }, { ...editor!, role: "editor" }] });
  const sentence = (a: number, c: number) => `Officials said ${(a * 7 + c * 13) % 5000} people, "mostly civilians", were affected in district ${c}, a figure of ${c}%.`;
  for (let first = 0; first < ARTICLES; first += 50) {
    const articles: Prisma.ArticleCreateManyInput[] = [];
    const claims: Prisma.ClaimCreateManyInput[] = [];
    const figures: Prisma.FigureCreateManyInput[] = [];
    const sources: Prisma.SourceCreateManyInput[] = [];
    const verdicts: Prisma.VerdictCreateManyInput[] = [];
    for (let a = first; a < Math.min(ARTICLES, first + 50); a += 1) {
      const articleId = randomUUID();
      const sentences = Array.from({ length: CLAIMS_PER_ARTICLE }, (_, c) => sentence(a, c));
      const text = sentences.join(" ");
      articles.push({ id: articleId, title: `Bench article ${a}`, outlet: `Outlet ${a % 12}`, url: `https://news.example/${a}`, publishedAt: new Date(Date.UTC(2023, 0, 1) + a * 86_400_000), text, contentHash: `bench-${a}` });
      let offset = 0;
      sentences.forEach((quote, c) => {
        const id = randomUUID();
        const roll = (a * CLAIMS_PER_ARTICLE + c) % 20;
        const status = roll < 8 ? "approved" : roll < 10 ? "proposed" : roll < 11 ? "returned" : roll < 14 ? "in_review" : "new";
        claims.push({ id, articleId, start: offset, end: offset + quote.length, quote, statement: quote, type: TYPES[c % TYPES.length]!, score: 0.8, speaker: SPEAKERS[c % SPEAKERS.length]!, status, assigneeId: status === "new" ? null : checker!.id } as const);
        figures.push({ claimId: id, position: 0, start: offset + 15, end: offset + 25, text: "people", value: c, unit: "people", qualifier: "exact" } as const);
        offset += quote.length + 1;
        if (status === "approved" || status === "proposed" || status === "returned") {
          sources.push({ claimId: id, url: `https://source.example/${a}/${c}`, title: `Report ${c}`, publisher: "Example Agency", excerpt: "=An excerpt, with a comma and a \"quote\".", stance: c % 2 ? "supports" : "refutes", addedById: checker!.id } as const);
          const decided = status !== "proposed";
          verdicts.push({ claimId: id, ratingKey: RATINGS[c % RATINGS.length]!, rationale: `Rationale for claim ${c}.\nSecond line.`, state: status, authorId: checker!.id, decidedById: decided ? editor!.id : null, decidedAt: decided ? new Date() : null } as const);
        }
      });
    }
    await db().article.createMany({ data: articles });
    await db().claim.createMany({ data: claims });
    await db().figure.createMany({ data: figures });
    await db().source.createMany({ data: sources });
    await db().verdict.createMany({ data: verdicts });
    process.stdout.write(`\rbuilt ${(first + 50) * CLAIMS_PER_ARTICLE} / ${TOTAL} claims`);
  }
  process.stdout.write("\n");
  // Fresh tables have no statistics until autovacuum gets to them; the planner needs them.
  await db().$executeRawUnsafe("ANALYZE");
  await disconnectDb();
}

/** Samples resident memory while `work` runs; the peak is what the export costs on top of the baseline. */
async function measure(label: string, work: () => Promise<{ bytes: number; file: string }>, judged = true) {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(
    `${label}: ${seconds.toFixed(2)} s, ${mb(result.bytes)} MB written, ${Math.round(TOTAL / seconds).toLocaleString("en")} claims/s, peak RSS ${mb(peak)} MB (baseline ${mb(baseline)} MB)` +
      (judged ? `  ${seconds < 5 && peak < 300 * 1024 * 1024 ? "OK" : "OVER TARGET (5 s, 300 MB)"}` : "  (for comparison; its baseline includes the CSV run's garbage)"),
  );
  return result;
}

/** Writes the stream to a file as a download would, counting bytes. */
async function download(stream: ReadableStream<Uint8Array>, file: string) {
  let bytes = 0;
  const out = fs.createWriteStream(file);
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.byteLength;
    if (!out.write(next.value)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return { bytes, file };
}

async function countCsvRecords(file: string): Promise<number> {
  let records = 0;
  await pipeline(fs.createReadStream(file), parse({ bom: true, columns: true }), new Writable({ objectMode: true, write: (_row, _encoding, done) => ((records += 1), done()) }));
  return records;
}

async function main() {
  const rebuild = process.argv.includes("--rebuild");
  if (rebuild || (await existingClaims()) !== TOTAL) {
    console.log(`Building ${TOTAL.toLocaleString("en")} claims in ${NAME}…`);
    await build();
    // Building leaves a large heap behind: measure in a process of its own.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { stdio: "inherit" });
    process.exit(child.status ?? 1);
  }
  useDatabase(benchUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-export-"));
  try {
    // One small export first so connection set-up is not counted.
    await download(streamClaimsCsv({ type: "aid", from: "2023-01-01", to: "2023-01-01" }, SYSTEM_ACTOR), path.join(dir, "warm.csv"));
    const csv = await measure("CSV  100,000 claims", () => download(streamClaimsCsv({}, SYSTEM_ACTOR), path.join(dir, "claims.csv")));
    const records = await countCsvRecords(csv.file);
    console.log(`CSV records read back: ${records.toLocaleString("en")} ${records === TOTAL ? "(all)" : "(MISSING ROWS)"}`);
    await measure("JSON 100,000 claims", () => download(streamClaimsJson({}, SYSTEM_ACTOR), path.join(dir, "claims.json")), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await disconnectDb();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
