/**
 * The yardstick of `bench:extract`: wink-nlp, a peer NLP pipeline, over the same texts in the same
 * process. The same engine has read 1.3–3.4 MB/s per CPU second on this machine from one day to the
 * next, so its MB/s alone cannot be compared across days; its ratio to a peer timed in the same run can.
 */

/**
 * One pass of wink-nlp (English lite web model) over texts: each read as a document, its sentences
 * and its named entities taken out, as the issue that set the 3 MB/s target ran it. Returns the
 * number of entities. The model is loaded here, when the caller asks, so that it need not be in the
 * peak RSS of the engine's passes before.
 */
export async function loadWinkPass(): Promise<(texts: readonly string[]) => number> {
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  return (texts) => {
    let entities = 0;
    for (const text of texts) {
      const doc = nlp.readDoc(text);
      doc.sentences().out();
      entities += doc.entities().out().length;
    }
    return entities;
  };
}

/**
 * The engine's speed as a ratio to the peer's, from `passes` pairs of one engine pass and one peer
 * pass run back to back, after `warmups` untimed passes of the peer (the engine has had its own):
 * the median over the pairs of peer CPU time over engine CPU time, so that a change of load on a
 * shared machine, which lasts whole seconds, hits both sides of a pair alike. Also the peer's
 * median CPU seconds per pass.
 */
export function pairedRatio(engine: () => unknown, peer: () => unknown, warmups: number, passes: number): { ratio: number; peerSeconds: number } {
  for (let i = 0; i < warmups; i++) peer();
  const ratios: number[] = [];
  const peerSeconds: number[] = [];
  for (let i = 0; i < passes; i++) {
    const engineCpu = cpuSeconds(engine);
    const peerCpu = cpuSeconds(peer);
    ratios.push(peerCpu / engineCpu);
    peerSeconds.push(peerCpu);
  }
  return { ratio: median(ratios), peerSeconds: median(peerSeconds) };
}

function cpuSeconds(run: () => unknown): number {
  const c0 = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(c0);
  return (cpu.user + cpu.system) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median CPU seconds (user + system) of `passes` timed runs after `warmups` untimed ones. */
export function medianCpuSeconds(run: () => unknown, warmups: number, passes: number): number {
  for (let i = 0; i < warmups; i++) run();
  const seconds: number[] = [];
  for (let i = 0; i < passes; i++) seconds.push(cpuSeconds(run));
  return median(seconds);
}
