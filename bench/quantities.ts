/**
 * Throughput of the quantity parser alone (extractFigures), in-process, over the 447 news articles.
 * Usage: npm run bench:quantities [-- --passes N]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractFigures } from "../lib/extract";

const root = path.resolve(import.meta.dirname, "..");
const file = path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl");
const passesArg = process.argv.indexOf("--passes");
const passes = passesArg >= 0 ? Math.max(1, Number(process.argv[passesArg + 1]) || 7) : 7;
const warmups = 3;

let texts: string[];
try {
  texts = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
} catch {
  process.stderr.write(`bench:quantities: cannot read ${file}\n`);
  process.exit(2);
}

const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0);
// CPU time of this process, not wall clock: the machine is shared, and one core is what the parser gets.
const cpuTimes: number[] = [];
let figures = 0;
for (let i = 0; i < warmups + passes; i++) {
  const c0 = process.cpuUsage();
  figures = 0;
  for (const t of texts) figures += extractFigures(t).length;
  const cpu = process.cpuUsage(c0);
  if (i >= warmups) cpuTimes.push((cpu.user + cpu.system) / 1e6);
}
cpuTimes.sort((a, b) => a - b);
const median = cpuTimes[Math.floor(cpuTimes.length / 2)] ?? 0;
const mb = bytes / 1e6;
process.stdout.write(
  `bench:quantities: ${texts.length} articles, ${mb.toFixed(2)} MB, ${figures} figures per pass; ${warmups} warm-up + ${passes} timed passes\n` +
    `quantity parser ${(mb / median).toFixed(2)} MB/s per CPU second (median pass ${(median * 1000).toFixed(0)} ms)\n`,
);
