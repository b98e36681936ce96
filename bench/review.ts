/**
 * The review work surface at scale, on the PostgreSQL server (database claimdesk_bench_review):
 * - an article with 500 claims, each with sources: the article page's server work, median of 20
 *   (target < 150 ms): the lib/server reads the page makes, and, when a production build exists
 *   (NEXT_DIST_DIR or .next), real HTTP GETs of the rendered page from `next start` (its HTML,
 *   React's payload included, target < 300 KB);
 * - the approval queue with 5,000 proposed verdicts: pages at every depth (target < 200 ms).
 * Usage: npm run bench:review [-- --rebuild]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Prisma } from "../lib/generated/prisma/client";
import { SYSTEM_ACTOR, type Actor } from "../lib/server/auth/actors";
import { issueApiToken } from "../lib/server/auth/api-tokens";
import { listAssignees } from "../lib/server/claims/assignments";
import { getArticleWorkspace, getClaimDetail } from "../lib/server/claims/claim-views";
import { db, disconnectDb, useDatabase } from "../lib/server/db/client";
import { migrateDatabase } from "../lib/server/db/migrate";
import { getClaimHistory } from "../lib/server/claims/history";
import { approvalQueue } from "../lib/server/claims/queues";
import { listRatings } from "../lib/server/settings/ratings";
import { createUser } from "../lib/server/users/users";
import { freePort } from "../scripts/free-port";

const SERVER = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = "claimdesk_bench_review";
const BIG_CLAIMS = 500;
const QUEUE_ARTICLES = 10;
const QUEUE_CLAIMS_PER_ARTICLE = 500;
const TYPES = ["casualties", "territory", "military", "aid", "economic", "humanitarian", "event", "other"] as const;
const RUNS = 20;
const PAGE_MS = 150;
const PAGE_BYTES = 300 * 1024;

const benchUrl = (() => {
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  return url.toString();
})();

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function built(): Promise<boolean> {
  try {
    const [row] = await query<{ count: string }>(benchUrl, `SELECT count(*) FROM "Verdict" WHERE state = 'proposed'`);
    return Number(row?.count) >= QUEUE_ARTICLES * QUEUE_CLAIMS_PER_ARTICLE;
  } catch {
    return false;
  }
}

const sentence = (a: number, c: number) => `In district ${c} of region ${a}, officials said ${(c * 37) % 900 + 10} people were evacuated and ${c % 17} buildings were damaged overnight.`;

/** One article of `count` claims, each with two sources; `proposed` gives each claim a pending verdict. */
function articleRows(a: number, count: number, users: { checker: string }, proposed: boolean) {
  const articleId = randomUUID();
  const sentences = Array.from({ length: count }, (_, c) => sentence(a, c));
  const text = sentences.join(" ");
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const figures: Prisma.FigureCreateManyInput[] = [];
  const sources: Prisma.SourceCreateManyInput[] = [];
  const verdicts: Prisma.VerdictCreateManyInput[] = [];
  let offset = 0;
  sentences.forEach((quote, c) => {
    const id = randomUUID();
    claims.push({ id, articleId, start: offset, end: offset + quote.length, quote, statement: quote, type: TYPES[c % TYPES.length]!, score: 0.8, status: proposed ? "proposed" : c % 3 ? "in_review" : "new", assigneeId: proposed || c % 3 ? users.checker : null });
    const at = quote.indexOf("people") - 4;
    figures.push({ claimId: id, position: 0, start: offset + at, end: offset + at + 10, text: quote.slice(at, at + 10), value: c, unit: "people", qualifier: "exact" });
    for (const [n, stance] of (["supports", "context"] as const).entries()) {
      sources.push({ claimId: id, url: `https://source.example/${a}/${c}/${n}`, title: `Report ${c}.${n}`, publisher: "Example Agency", excerpt: "An excerpt quoted from the source.", stance, addedById: users.checker });
    }
    // Spread creation times so the queue's order is real, not one timestamp.
    if (proposed) verdicts.push({ claimId: id, ratingKey: "mostly_true", rationale: `Two sources agree on claim ${c}.`, authorId: users.checker, createdAt: new Date(Date.UTC(2026, 0, 1) + (a * count + c) * 60_000) });
    offset += quote.length + 1;
  });
  return { article: { id: articleId, title: `Bench article ${a}`, text, contentHash: `bench-review-${a}` }, claims, figures, sources, verdicts };
}

async function build() {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${NAME}"`);
  await admin.end();
  await migrateDatabase(benchUrl);
  useDatabase(benchUrl);
  const checker = await createUser({ email: "checker@bench.local", name: "Bench checker", role: "fact_checker", password: "bench-password" }, SYSTEM_ACTOR);
  await createUser({ email: "editor@bench.local", name: "Bench editor", role: "editor", password: "bench-password" }, SYSTEM_ACTOR);
  const users = { checker: checker.id };
  for (let a = 0; a <= QUEUE_ARTICLES; a++) {
    const rows = articleRows(a, a === 0 ? BIG_CLAIMS : QUEUE_CLAIMS_PER_ARTICLE, users, a > 0);
    await db().article.create({ data: rows.article });
    await db().claim.createMany({ data: rows.claims });
    await db().figure.createMany({ data: rows.figures });
    await db().source.createMany({ data: rows.sources });
    await db().verdict.createMany({ data: rows.verdicts });
    process.stdout.write(`\rbuilt article ${a + 1} / ${QUEUE_ARTICLES + 1}`);
  }
  process.stdout.write("\n");
  await db().$executeRawUnsafe("ANALYZE");
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function startApp(distDir: string): Promise<{ baseUrl: string; app: ChildProcess }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, DATABASE_URL: benchUrl, NEXTAUTH_SECRET: "bench-review-secret-0123456789", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let tries = 0; tries < 240; tries++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, app };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  app.kill();
  throw new Error("next start did not come up");
}

async function main() {
  if (process.argv.includes("--rebuild") || !(await built())) await build();
  else useDatabase(benchUrl);
  const editorUser = await db().user.findUniqueOrThrow({ where: { email: "editor@bench.local" } });
  const editor: Actor = { id: editorUser.id, role: "editor", name: editorUser.name };
  const big = await db().article.findFirstOrThrow({ where: { contentHash: "bench-review-0" }, select: { id: true } });
  const selected = await db().claim.findFirstOrThrow({ where: { articleId: big.id }, orderBy: { start: "asc" }, skip: 250, select: { id: true } });
  const claims = await db().claim.count({ where: { articleId: big.id } });
  const sources = await db().source.count({ where: { claim: { articleId: big.id } } });
  const proposed = await db().verdict.count({ where: { state: "proposed" } });
  console.log(`article: ${claims} claims, ${sources} sources; approval queue: ${proposed} proposed verdicts`);

  // The reads the article page makes with one claim selected.
  const pageReads = () =>
    Promise.all([getArticleWorkspace(big.id, editor), getClaimDetail(selected.id, editor), getClaimHistory(selected.id, editor), listRatings(editor), listAssignees(editor)]);
  await pageReads();
  const reads: number[] = [];
  for (let run = 0; run < RUNS; run++) reads.push((await time(pageReads))[0]);
  console.log(`article page data (lib/server), median of ${RUNS}: ${fmt(median(reads))}  ${median(reads) < PAGE_MS ? "OK" : "OVER TARGET"} (< ${PAGE_MS} ms)`);

  const pages: number[] = [];
  let after: string | undefined;
  let pageCount = 0;
  do {
    const [ms, page] = await time(() => approvalQueue({ cursor: after, limit: 20 }, editor));
    pages.push(ms);
    after = page.nextCursor ?? undefined;
    pageCount++;
  } while (after);
  const worst = Math.max(...pages.slice(1));
  console.log(`approval queue (lib/server): ${pageCount} pages of 20; first ${fmt(pages[0]!)}, median ${fmt(median(pages))}, slowest ${fmt(worst)}  ${worst < 200 ? "OK" : "OVER TARGET"} (< 200 ms)`);

  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`no production build in ${distDir}: skipping the HTTP timings (run npm run build first)`);
    await disconnectDb();
    return;
  }
  const { token } = await issueApiToken({ userId: editor.id, name: "bench" }, SYSTEM_ACTOR);
  const { baseUrl, app } = await startApp(distDir);
  try {
    const get = async (url: string) => {
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const html = await response.text();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return Buffer.byteLength(html);
    };
    const articleUrl = `${baseUrl}/articles/${big.id}?claim=${selected.id}`;
    for (let warm = 0; warm < 3; warm++) await get(articleUrl);
    const http: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const [ms, size] = await time(() => get(articleUrl));
      http.push(ms);
      bytes = size;
    }
    console.log(`article page HTML: ${(bytes / 1024).toFixed(0)} KB  ${bytes < PAGE_BYTES ? "OK" : "OVER TARGET"} (< ${PAGE_BYTES / 1024} KB)`);
    console.log(`article page over HTTP (next start), median of ${RUNS}: ${fmt(median(http))}  ${median(http) < PAGE_MS ? "OK" : "OVER TARGET"} (< ${PAGE_MS} ms)`);

    const queueTimes: number[] = [];
    // The cursor after 4,000 verdicts, read 200 at a time (the most a page holds).
    let deep: string | undefined;
    for (let read = 0; read < 4000; read += 200) deep = (await approvalQueue({ cursor: deep, limit: 200 }, editor)).nextCursor ?? undefined;
    for (const cursor of [undefined, deep]) {
      const url = `${baseUrl}/approvals${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`;
      await get(url);
      for (let run = 0; run < 10; run++) queueTimes.push((await time(() => get(url)))[0]);
    }
    console.log(`approval queue page over HTTP (first and page 201), median of 20: ${fmt(median(queueTimes))}, slowest ${fmt(Math.max(...queueTimes))}  ${median(queueTimes) < 200 ? "OK" : "OVER TARGET"} (< 200 ms)`);
  } finally {
    app.kill("SIGTERM");
    await disconnectDb();
  }
}

main().catch(async (error) => {
  console.error(error);
  await disconnectDb();
  process.exit(1);
});
