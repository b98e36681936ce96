/**
 * Search and related-claims latency with 1,000,000 claims in the PostgreSQL server.
 * Usage: [BENCH_SEARCH_DB=name] npm run bench:search [-- --rebuild] [-- --queries N]
 * The data (generated from the corpus's extracted claims, with varied figures, wording, speakers
 * and dates) is built once into the database claimdesk_bench_search and reused.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { extractClaims, type ExtractedClaim } from "../lib/extract";
import { SYSTEM_ACTOR } from "../lib/server/auth/actors";
import { disconnectDb, useDatabase } from "../lib/server/db/client";
import { migrateDatabase } from "../lib/server/db/migrate";
import { relatedClaims } from "../lib/server/claims/related";
import { search } from "../lib/server/search/search";

const root = path.resolve(import.meta.dirname, "..");
const CORPUS = path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl");
const MIGRATION = path.join(root, "prisma/migrations/20261123020000_search_indexes/migration.sql");
const SERVER = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// Another name keeps a checkout with other migrations from sharing (and migrating) the same data.
const NAME = process.env.BENCH_SEARCH_DB ?? "claimdesk_bench_search";
const TARGET_CLAIMS = 1_000_000;
const BATCH = 5000;
const arg = (name: string) => process.argv.indexOf(`--${name}`);
const QUERIES = arg("queries") >= 0 ? Number(process.argv[arg("queries") + 1]) || 200 : 200;
const RATINGS = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unverifiable"];
const PREFIXES = ["", "", "", "Officials said ", "According to reports, ", "It was reported that ", "Sources say "];
const SPEAKERS = ["Volodymyr Zelensky", "Joe Biden", "Jens Stoltenberg", "Ukraine's defence ministry", "Russia's defence ministry", "the UN", "Liz Truss", null];

const benchUrl = (() => {
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  return url.toString();
})();

// A small deterministic generator so that rebuilds produce the same data.
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface SourceArticle {
  date: Date;
  text: string;
  claims: ExtractedClaim[];
}

function loadCorpus(): SourceArticle[] {
  return readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { date: string; text: string })
    .map((row) => ({
      date: new Date(`${row.date.slice(0, 4)}-${row.date.slice(4, 6)}-${row.date.slice(6, 8)}T00:00:00Z`),
      text: row.text,
      claims: extractClaims(row.text),
    }))
    .filter((article) => article.claims.length > 0);
}

/** Scales every number in a statement by one factor, as a later report of the same figure would. */
function vary(claim: ExtractedClaim): { statement: string; factor: number; speaker: string | null } {
  const factor = random() < 0.5 ? 1 : Math.round((0.6 + random() * 0.8) * 100) / 100;
  let statement = claim.statement;
  if (factor !== 1) {
    statement = statement.replace(/\d[\d,]*(\.\d+)?/g, (match) => {
      const value = Number(match.replace(/,/g, ""));
      return Number.isFinite(value) ? Math.round(value * factor).toLocaleString("en") : match;
    });
  }
  const prefix = pick(PREFIXES);
  if (prefix) statement = prefix + statement.charAt(0).toLowerCase() + statement.slice(1);
  return { statement, factor, speaker: random() < 0.7 ? claim.speaker : pick(SPEAKERS) };
}

async function insert(client: pg.Client, table: string, columns: [string, string][], rows: unknown[][]) {
  if (!rows.length) return;
  const arrays = columns.map((_, index) => rows.map((row) => row[index]));
  const list = columns.map(([name]) => `"${name}"`).join(", ");
  const unnest = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
  await client.query(`INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${unnest})`, arrays);
}

async function build(client: pg.Client) {
  const corpus = loadCorpus();
  const perCopy = corpus.reduce((sum, article) => sum + article.claims.length, 0);
  const copies = Math.ceil(TARGET_CLAIMS / perCopy);
  console.log(`building: ${corpus.length} articles with ${perCopy} claims, ${copies} varied copies each`);
  const indexSql = readFileSync(MIGRATION, "utf8")
    .split(";")
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter((statement) => statement.startsWith("CREATE INDEX"));
  // Bulk loading is faster with the search indexes built afterwards, from the migration's own SQL.
  for (const statement of indexSql) await client.query(`DROP INDEX IF EXISTS ${statement.match(/CREATE INDEX ("[^"]+")/)![1]}`);
  let claimCount = 0;
  let articles: unknown[][] = [];
  let claims: unknown[][] = [];
  let figures: unknown[][] = [];
  let verdicts: unknown[][] = [];
  const flush = async () => {
    await insert(client, "Article", [["id", "text"], ["title", "text"], ["outlet", "text"], ["publishedAt", "timestamp"], ["text", "text"], ["contentHash", "text"], ["updatedAt", "timestamp"]], articles);
    await insert(client, "Claim", [["id", "text"], ["articleId", "text"], ["start", "int"], ["end", "int"], ["quote", "text"], ["statement", "text"], ["type", '"ClaimType"'], ["score", "float8"], ["speaker", "text"], ["status", '"ClaimStatus"'], ["updatedAt", "timestamp"]], claims);
    await insert(client, "Figure", [["id", "text"], ["claimId", "text"], ["position", "int"], ["start", "int"], ["end", "int"], ["text", "text"], ["value", "float8"], ["unit", "text"], ["qualifier", '"Qualifier"'], ["low", "float8"], ["high", "float8"]], figures);
    await insert(client, "Verdict", [["id", "text"], ["claimId", "text"], ["ratingKey", "text"], ["rationale", "text"], ["state", '"VerdictState"']], verdicts);
    articles = [];
    claims = [];
    figures = [];
    verdicts = [];
  };
  const outlets = ["BBC", "Reuters", "The Guardian", "CNN", "Ukrinform", "Kyiv Independent", "AP", "Le Monde"];
  const now = new Date();
  for (let copy = 0; copy < copies && claimCount < TARGET_CLAIMS; copy++) {
    for (const source of corpus) {
      if (claimCount >= TARGET_CLAIMS) break;
      const articleId = randomUUID();
      const date = new Date(source.date.getTime() + Math.floor(random() * 700) * 86_400_000);
      const text = `${source.text.slice(0, 1500)}\n\nReport ${copy}.`;
      articles.push([articleId, text.split("\n")[0]!.slice(0, 140), pick(outlets), date, text, `${copy}-${randomUUID()}`, now]);
      for (const claim of source.claims) {
        const varied = vary(claim);
        const claimId = randomUUID();
        const roll = random();
        const status = roll < 0.7 ? "new" : roll < 0.8 ? "in_review" : roll < 0.85 ? "proposed" : roll < 0.95 ? "approved" : "dismissed";
        claims.push([claimId, articleId, claim.start, claim.end, claim.text, varied.statement, claim.type, claim.score, varied.speaker, status, now]);
        claim.figures.forEach((figure, position) => {
          const scale = (value: number | null) => (value === null ? null : Math.round(value * varied.factor * 100) / 100);
          figures.push([randomUUID(), claimId, position, figure.start, figure.end, figure.text, scale(figure.value), figure.unit, figure.qualifier, scale(figure.low), scale(figure.high)]);
        });
        if (status === "approved" || status === "proposed") verdicts.push([randomUUID(), claimId, pick(RATINGS), "Checked against the sources.", status]);
        claimCount++;
      }
      if (claims.length >= BATCH) await flush();
    }
    if (copy % 25 === 0) console.log(`  ${claimCount.toLocaleString("en")} claims`);
  }
  await flush();
  console.log("building the search indexes from the migration");
  for (const statement of indexSql) {
    const started = Date.now();
    await client.query(statement);
    console.log(`  ${statement.slice(0, 70)}… ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await client.query("ANALYZE");
}

async function ensureDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [NAME])).rowCount;
  if (exists && arg("rebuild") >= 0) await admin.query(`DROP DATABASE "${NAME}" WITH (FORCE)`);
  if (!exists || arg("rebuild") >= 0) await admin.query(`CREATE DATABASE "${NAME}"`);
  await admin.end();
  await migrateDatabase(benchUrl);
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Claim"`);
    if (Number(rows[0]!.n) >= TARGET_CLAIMS) return;
    if (Number(rows[0]!.n) > 0) await client.query(`TRUNCATE "Article", "Claim", "Figure", "Verdict" CASCADE`);
    const started = Date.now();
    await build(client);
    console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function time<T>(label: string, inputs: T[], run: (input: T) => Promise<unknown>) {
  for (const input of inputs.slice(0, 5)) await run(input);
  const times: number[] = [];
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    await run(input);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `${label.padEnd(34)} n=${String(times.length).padStart(4)}  p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${times.at(-1)!.toFixed(1)} ms  ${p95 < 100 ? "OK (< 100 ms)" : "SLOW (>= 100 ms)"}`,
  );
}

async function main() {
  await ensureDatabase();
  useDatabase(benchUrl);
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  const { rows: counts } = await client.query<{ claims: string; articles: string }>(
    `SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT count(*) FROM "Article") AS articles`,
  );
  const { rows: sample } = await client.query<{ id: string; statement: string }>(
    `SELECT "id", "statement" FROM "Claim" TABLESAMPLE SYSTEM (0.1) REPEATABLE (7) LIMIT $1`,
    [QUERIES],
  );
  await client.end();
  console.log(`bench:search: ${Number(counts[0]!.claims).toLocaleString("en")} claims in ${Number(counts[0]!.articles).toLocaleString("en")} articles (${NAME})`);

  // What people type: two or three words from a real claim, sometimes with a filter.
  const words = (statement: string) => (statement.match(/\b[A-Za-z][a-z]{4,}\b/g) ?? []).filter((word) => !/^(which|their|there|about|after|would|could|these|those|where|while)$/i.test(word));
  const queries = sample.map((row, index) => {
    const list = words(row.statement);
    const start = Math.floor(random() * Math.max(1, list.length - 2));
    const q = list.slice(start, start + 2 + (index % 2)).join(" ") || "troops";
    return index % 4 === 0 ? { q, type: pick(["military", "casualties", "aid", "economic", "event"]) } : { q };
  });
  await time("search (2-3 words, some filtered)", queries, (input) => search(input, SYSTEM_ACTOR));
  await time("search (one common word)", ["Russia", "Ukraine", "troops", "grain", "sanctions", "Zelensky", "killed", "NATO"].flatMap((q) => [{ q }, { q, type: "military" }]), (input) =>
    search(input, SYSTEM_ACTOR),
  );
  // Typos and transliterations: a letter changed or dropped, which the words as typed do not match.
  const misspell = (word: string) => (word.length > 6 ? word.slice(0, -1) : `${word.slice(0, 2)}${word[2] === "e" ? "i" : "e"}${word.slice(3)}`);
  await time("search (a misspelt word)", sample.slice(0, 100).map((row) => ({ q: misspell(words(row.statement)[0] ?? "Avdeevka") })), (input) => search(input, SYSTEM_ACTOR));
  await time("related claims for one claim", sample.map((row) => row.id), (id) => relatedClaims(id, SYSTEM_ACTOR));
  await disconnectDb();
}

main().catch(async (error) => {
  console.error(error);
  await disconnectDb();
  process.exit(1);
});
