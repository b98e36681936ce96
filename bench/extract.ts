/**
 * Throughput of the claim extraction engine over the 447 news articles, on one core.
 * wink-nlp over the same texts in the same run is the yardstick (see bench/peer.ts).
 * Usage: npm run bench:extract [-- --passes N]
 */
import { extractClaims, extractFigures } from "../lib/extract";
import { newsCorpus, passesOption } from "./news-corpus";
import { loadWinkPass, medianCpuSeconds, pairedRatio } from "./peer";

const { texts, bytes } = newsCorpus("bench:extract");
const passes = passesOption(5);
const warmups = 3;
let peakRss = process.memoryUsage().rss;
const enginePass = (): number => {
  let claims = 0;
  for (const t of texts) claims += extractClaims(t).length;
  return claims;
};
const run = (): number => {
  const claims = enginePass();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return claims;
};

for (let i = 0; i < warmups; i++) run();
const times: number[] = [];
const cpuTimes: number[] = [];
let claims = 0;
for (let i = 0; i < passes; i++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  claims = run();
  const cpu = process.cpuUsage(c0);
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  cpuTimes.push((cpu.user + cpu.system) / 1e6);
}
// The quantity parser alone, as figure tracking and `npm run figures` use it.
let figures = 0;
const figureCpuMedian = medianCpuSeconds(() => {
  figures = 0;
  for (const t of texts) figures += extractFigures(t).length;
}, warmups, passes);
// The peer pipeline over the same texts, loaded after the engine's passes so that its model is not
// in their peak RSS, then timed in pairs with further engine passes for the ratio.
const winkPass = await loadWinkPass();
const peer = pairedRatio(enginePass, () => winkPass(texts), warmups, passes);
// CPU time of this process: what one core delivers even when other work shares the machine.
cpuTimes.sort((a, b) => a - b);
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)] ?? 0;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const best = times[0] ?? 0;
const mb = bytes / 1e6;
process.stdout.write(
  [
    `bench:extract: ${texts.length} articles, ${mb.toFixed(2)} MB, ${claims} claims per pass; ${warmups} warm-up + ${passes} timed passes, one core`,
    `median pass ${(median * 1000).toFixed(0)} ms (best ${(best * 1000).toFixed(0)} ms)`,
    `throughput ${(mb / median).toFixed(2)} MB/s  ${(texts.length / median).toFixed(0)} articles/s  ${(claims / median).toFixed(0)} claims/s (wall clock)`,
    `per CPU second ${(mb / cpuMedian).toFixed(2)} MB/s  ${(texts.length / cpuMedian).toFixed(0)} articles/s  ${(claims / cpuMedian).toFixed(0)} claims/s (median pass ${(cpuMedian * 1000).toFixed(0)} ms of CPU)`,
    `figure parser alone ${(bytes / 1e6 / figureCpuMedian).toFixed(2)} MB/s per CPU second, ${figures} figures per pass`,
    `peer wink-nlp (sentences + entities) ${(mb / peer.peerSeconds).toFixed(2)} MB/s per CPU second; engine/peer ${peer.ratio.toFixed(3)} (target ≥ 0.857: 3 MB/s where the peer read 3.5; median of ${passes} engine and peer passes in pairs)`,
    `peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
  ].join("\n") + "\n",
);
