import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { importArticle } from "@/lib/server/articles/articles";
import { db } from "@/lib/server/db/client";
import { getImportJob, listImportJobPage, startImportJob } from "@/lib/server/imports/imports";
import { CLI_DIR } from "@/scripts/build-cli";
import { createSpool } from "@/lib/server/imports/uploads";
import { makeUser, workerDatabaseUrl } from "./helpers";
import { useTemporaryDataDir, useWorkers, waitForImport } from "./job-helpers";

const root = path.resolve(import.meta.dirname, "../..");
const CORPUS = path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl");
const corpusLines = fs.readFileSync(CORPUS, "utf8").split("\n").filter(Boolean);
const HTML = `<html><head><meta property="og:title" content="Drones over Kyiv"><script>alert("x")</script></head>
<body><nav>Menu</nav><article><p>KYIV (Wire) — Ukraine's air force said it shot down 12 of 14 drones overnight.</p></article></body></html>`;

const dataDir = useTemporaryDataDir("claimdesk-import-");
useWorkers();

async function* bytes(content: string | Buffer) {
  yield typeof content === "string" ? Buffer.from(content) : content;
}

describe("background import jobs", () => {
  test("progress is kept on the job as batches finish, and every item has a result", async () => {
    const checker = await makeUser("fact_checker");
    const existing = await importArticle({ text: (JSON.parse(corpusLines[0]!) as { text: string }).text }, checker);
    // Enough articles for several batches, so progress can be seen between them.
    const articles = 160;
    const total = articles + 4 + 1 + 2;
    const jsonl = Buffer.concat([
      Buffer.from(corpusLines.slice(0, articles).join("\n")),
      Buffer.from('\n{"text": "broken\n{"title": "no text"}\n{"text": "Kyiv said 4 drones were downed.", "date": "2022-13-01"}\n'),
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a]),
    ]);
    const spool = createSpool();
    await spool.add("news.jsonl", bytes(jsonl));
    await spool.add("../../etc/story.html", bytes(HTML));
    await spool.add("rows.csv", bytes('title,text\nFirst,"Russia said 3 ships were hit, officials said."\nEmpty,\n'));
    const job = await startImportJob(spool, checker);
    expect(job.sourceName).toBe("news.jsonl, story.html, rows.csv");

    const seen: number[] = [];
    let current = await getImportJob(job.id, checker);
    while (current.status === "queued" || current.status === "running") {
      seen.push(current.processed);
      await new Promise((resolve) => setTimeout(resolve, 50));
      current = await getImportJob(job.id, checker);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen.filter((processed) => processed > 0 && processed < total)).size).toBeGreaterThan(0);

    const distinct = new Set(corpusLines.slice(0, articles).map((line) => (JSON.parse(line) as { text: string }).text.replace(/\s+/g, " ").trim())).size;
    expect(current).toMatchObject({ status: "done", error: null, total, processed: total, failed: 5, duplicates: articles - distinct + 1, imported: distinct - 1 + 2 });
    const claims = await db().claim.count({ where: { article: { importItems: { some: { jobId: job.id, status: "imported" } } } } });
    expect(current.claimsFound).toBe(claims);
    expect(claims).toBeGreaterThan(100);

    // Failures come first, each with its file and line.
    expect(current.items.slice(0, 5).map(({ file, line, reason }) => ({ file, line, reason }))).toEqual([
      { file: "news.jsonl", line: articles + 1, reason: expect.stringMatching(/^not valid JSON/) },
      { file: "news.jsonl", line: articles + 2, reason: "text is missing" },
      { file: "news.jsonl", line: articles + 3, reason: 'date is not a valid date: "2022-13-01"' },
      { file: "news.jsonl", line: articles + 4, reason: "not valid UTF-8 text" },
      { file: "rows.csv", line: 3, reason: "text is missing" },
    ]);
    const first = current.items.find((item) => item.position === 0);
    expect(first).toMatchObject({ status: "duplicate", articleId: existing.articleId, file: "news.jsonl", line: 1 });
    const html = current.items.find((item) => item.file === "story.html");
    expect(html).toMatchObject({ status: "imported", line: null, article: { title: "Drones over Kyiv" } });
    const stored = await db().article.findUniqueOrThrow({ where: { id: html!.articleId! } });
    expect(stored.text).toBe("KYIV (Wire) — Ukraine's air force said it shot down 12 of 14 drones overnight.");
    expect(stored.outlet).toBe("Wire");
    // The spooled upload is removed once the job is done.
    expect(fs.existsSync(spool.dir)).toBe(false);
    expect((await listImportJobPage({}, checker)).items.map((listed) => listed.id)).toContain(job.id);
  });

  test("importing the same upload again finds only duplicates", async () => {
    const checker = await makeUser("fact_checker");
    const run = async () => {
      const spool = createSpool();
      await spool.add("again.jsonl", bytes(corpusLines.slice(400, 410).join("\n")));
      const job = await startImportJob(spool, checker);
      await waitForImport(job.id);
      return getImportJob(job.id, checker);
    };
    const first = await run();
    const articles = await db().article.count();
    const second = await run();
    expect(first.imported).toBeGreaterThan(0);
    expect(second).toMatchObject({ status: "done", imported: 0, duplicates: 10, failed: 0 });
    expect(await db().article.count()).toBe(articles);
  });

  test("an upload over the limit is refused naming the limit, and nothing is kept", async () => {
    const spool = createSpool(1024);
    await expect(spool.add("big.jsonl", bytes("x".repeat(2048)))).rejects.toMatchObject({
      code: "too_large",
      message: "the upload is over the limit of 1 KB per upload (IMPORT_MAX_UPLOAD_BYTES)",
    });
    expect(fs.existsSync(spool.dir)).toBe(false);
  });

  test("viewers can neither start nor read imports", async () => {
    const viewer = await makeUser("viewer");
    const spool = createSpool();
    await spool.add("a.jsonl", bytes(corpusLines[0]!));
    await expect(startImportJob(spool, viewer)).rejects.toMatchObject({ code: "forbidden" });
    spool.discard();
    await expect(listImportJobPage({}, viewer)).rejects.toMatchObject({ code: "forbidden" });
  });
});

function runImport(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(CLI_DIR, "import.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: workerDatabaseUrl() },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run import", () => {
  test("imports files with progress and a summary; anything failed exits 1 and names file and line", async () => {
    const file = path.join(dataDir(), "cli.jsonl");
    fs.writeFileSync(file, `${corpusLines.slice(200, 205).join("\n")}\n{"title": "no text"}\n`);
    const editor = await makeUser("editor");
    const result = runImport(["--as", editor.email, file, path.join(root, "../shared/seeds/2024-04-03-nato-security-assistance.txt")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/7\/7 items: \d+ imported/);
    expect(result.stderr).toContain("failed cli.jsonl:6: text is missing");
    expect(result.stdout).toMatch(/^imported \d+, duplicates \d+, failed 1, claims \d+ \(7 items from 2 files in [\d.]+ s\)\n$/);
    const seed = await db().article.findFirstOrThrow({ where: { text: { startsWith: " date 2024-04-03" } } });
    expect(seed).toMatchObject({ outlet: "UkrinForm", importedById: editor.id });

    const again = runImport([path.join(root, "../shared/seeds/2024-04-03-nato-security-assistance.txt")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^imported 0, duplicates 1, failed 0/);
  });

  test.each([
    [[], /name at least one file/],
    [["/no/such/file.jsonl"], /no such file: \/no\/such\/file.jsonl/],
    [["--colour", "red", "x.jsonl"], /Unknown option '--colour'/],
    [[path.join(root, "package.json.bak")], /no such file/],
  ])("usage errors %j exit 2", (args, message) => {
    const result = runImport(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test("a viewer named with --as is refused", async () => {
    const viewer = await makeUser("viewer");
    const result = runImport(["--as", viewer.email, path.join(root, "../shared/seeds/2024-04-03-nato-security-assistance.txt")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("may not import articles");
  });
});
