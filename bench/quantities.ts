/**
 * Throughput of the quantity parser alone (extractFigures), in-process, over the 447 news articles.
 * Usage: npm run bench:quantities [-- --passes N]
 */
import { extractFigures } from "../lib/extract";
import { newsCorpus, passesOption } from "./news-corpus";

const { texts, bytes } = newsCorpus("bench:quantities");
const passes = passesOption(7);
const warmups = 3;
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
