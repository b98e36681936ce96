/**
 * Start-up of the compiled command-line tools: `claims` on a one-line file against a Node process
 * that does nothing (what `npm run` adds is the same for both), each the median of interleaved runs
 * so a change in machine load affects both alike; and `claims` over the 447-article corpus as one
 * file, in MB/s with start-up included. Run `npm run build:cli` first.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const RUNS = 10;
const claims = path.join(root, "dist", "cli", "claims.mjs");
if (!fs.existsSync(claims)) throw new Error("dist/cli/claims.mjs is missing: run `npm run build:cli` first");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-cli-"));
const oneLine = path.join(dir, "one-line.txt");
fs.writeFileSync(oneLine, "Russia lost 300 tanks, the ministry said.\n");
const corpus = path.join(dir, "corpus.txt");
const articles = fs.readFileSync(path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl"), "utf8").trim().split("\n");
fs.writeFileSync(corpus, articles.map((line) => (JSON.parse(line) as { text: string }).text).join("\n\n"));

function seconds(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}`);
  return (performance.now() - started) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const commands: Record<string, string[]> = {
  "node doing nothing": ["-e", ""],
  "claims, one line": [claims, oneLine],
  "claims, one line, through tsx": [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(root, "scripts", "claims.ts"), oneLine],
};
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) for (const [name, args] of Object.entries(commands)) samples[name]!.push(seconds(args));
const idle = median(samples["node doing nothing"]!);
for (const [name, values] of Object.entries(samples)) {
  console.log(`${name.padEnd(32)} median ${median(values).toFixed(3)} s${name === "node doing nothing" ? "" : `, ${(median(values) - idle).toFixed(3)} s more`}`);
}

const corpusRuns = Array.from({ length: 3 }, () => seconds([claims, corpus]));
const megabytes = fs.statSync(corpus).size / 1e6;
console.log(`claims, corpus as one file      ${megabytes.toFixed(2)} MB in ${median(corpusRuns).toFixed(2)} s (median of 3): ${(megabytes / median(corpusRuns)).toFixed(2)} MB/s with start-up`);
fs.rmSync(dir, { recursive: true, force: true });
