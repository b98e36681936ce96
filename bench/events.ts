/**
 * Live updates under load, on the PostgreSQL server (database claimdesk_bench_events): one app
 * process serves 50 simultaneous event streams over HTTP while 20 writers change claims through
 * lib/server. Prints the change-to-stream latency (from the start of the writing call until a
 * stream receives its claim.changed event; target p95 < 2 s) and the app process's memory after
 * each of three rounds (target: flat).
 * Usage: npm run bench:events
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { SYSTEM_ACTOR, type Actor } from "../lib/server/auth/actors";
import { createClaim, updateClaim } from "../lib/server/claims/claims";
import { importArticle } from "../lib/server/articles/articles";
import { db, disconnectDb, useDatabase } from "../lib/server/db/client";
import { migrateDatabase } from "../lib/server/db/migrate";
import { createUser } from "../lib/server/users/users";
import { freePort } from "../scripts/free-port";

const SERVER = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = "claimdesk_bench_events";
const STREAMS = 50;
const WRITERS = 20;
const CHANGES_PER_WRITER_PER_ROUND = 25;
const ROUNDS = 3;
const ROLES = ["viewer", "fact_checker", "editor", "admin"] as const;

const benchUrl = (() => {
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  return url.toString();
})();

async function recreate() {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${NAME}"`);
  await client.end();
  await migrateDatabase(benchUrl);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** When each change started, by "claimId:version", and every stream's arrival latencies. */
const started = new Map<string, number>();
const committed = new Map<string, number>();
const latencies: number[] = [];
/** Arrival after the writing call returned (its transaction committed); 0 when the event came first. */
const afterCommit: { key: string; at: number }[] = [];
let received = 0;

async function openStream(base: string, userId: string): Promise<void> {
  const response = await fetch(`${base}/events?user=${userId}`);
  if (!response.ok || !response.body) throw new Error(`stream refused: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes(": connected")) connected();
        const data = /^event: claim\.changed\ndata: (.*)$/m.exec(block)?.[1];
        if (!data) continue;
        const event = JSON.parse(data) as { claimId: string; version: number };
        const start = started.get(`${event.claimId}:${event.version}`);
        if (start !== undefined) {
          latencies.push(performance.now() - start);
          afterCommit.push({ key: `${event.claimId}:${event.version}`, at: performance.now() });
          received++;
        }
      }
    }
  })();
  await ready;
}

async function main() {
  console.log(`setting up ${NAME} ...`);
  await recreate();
  useDatabase(benchUrl);
  const users: Actor[] = [];
  for (let index = 0; index < STREAMS; index++) {
    const role = ROLES[index % ROLES.length]!;
    const user = await createUser({ email: `u${index}@bench.local`, name: `Bench ${index}`, role, password: "bench-password-1" }, SYSTEM_ACTOR);
    users.push({ id: user.id, role: user.role, name: user.name });
  }
  const editor = users.find((user) => user.role === "editor")!;
  const text = `Bench ${randomUUID()}\n\n${Array.from({ length: WRITERS }, (_, index) => `Officials said ${index + 10} drones were shot down.`).join(" ")}`;
  const { articleId } = await importArticle({ text, title: "Events bench" }, editor);
  await db().claim.deleteMany({ where: { articleId } });
  const claimIds: string[] = [];
  let from = 0;
  for (let index = 0; index < WRITERS; index++) {
    const sentence = `Officials said ${index + 10} drones were shot down.`;
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    claimIds.push((await createClaim({ articleId, start, end: from, type: "military" }, editor)).id);
  }

  const port = await freePort();
  const app = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path.join(import.meta.dirname, "events-server.ts"), benchUrl, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => app.stdout!.once("data", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const memory = async () => (await (await fetch(`${base}/memory`)).json()) as { rss: number; heapUsed: number; streams: number };

  await Promise.all(users.map((user) => openStream(base, user.id!)));
  const baseline = await memory();
  console.log(`${baseline.streams} streams open; app process rss ${mb(baseline.rss)}, heap ${mb(baseline.heapUsed)}`);

  const versions = new Map(claimIds.map((id) => [id, 1]));
  for (let round = 1; round <= ROUNDS; round++) {
    latencies.length = 0;
    afterCommit.length = 0;
    received = 0;
    const roundStart = performance.now();
    await Promise.all(
      claimIds.map(async (claimId, writer) => {
        for (let change = 0; change < CHANGES_PER_WRITER_PER_ROUND; change++) {
          const next = versions.get(claimId)! + 1;
          started.set(`${claimId}:${next}`, performance.now());
          await updateClaim(claimId, { version: next - 1, statement: `round ${round} change ${change} by writer ${writer}` }, editor);
          committed.set(`${claimId}:${next}`, performance.now());
          versions.set(claimId, next);
        }
      }),
    );
    const writeSeconds = (performance.now() - roundStart) / 1000;
    const expected = WRITERS * CHANGES_PER_WRITER_PER_ROUND * STREAMS;
    const deadline = Date.now() + 30_000;
    while (received < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const sorted = [...latencies].sort((a, b) => a - b);
    const sinceCommit = afterCommit.map(({ key, at }) => Math.max(0, at - committed.get(key)!)).sort((a, b) => a - b);
    const after = await memory();
    console.log(
      `round ${round}: ${WRITERS * CHANGES_PER_WRITER_PER_ROUND} changes in ${writeSeconds.toFixed(1)} s by ${WRITERS} writers; ` +
        `${received}/${expected} deliveries to ${STREAMS} streams; latency p50 ${percentile(sorted, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms ` +
        `(after the commit: p50 ${percentile(sinceCommit, 50).toFixed(0)} ms, p95 ${percentile(sinceCommit, 95).toFixed(0)} ms); app rss ${mb(after.rss)}, heap ${mb(after.heapUsed)}`,
    );
  }
  app.kill("SIGTERM");
  await disconnectDb();
  process.exit(0);
}

await main();
