/**
 * The yardstick of `bench:extract`: wink-nlp, a peer NLP pipeline, over the same texts in the same
 * process. The same engine has read 1.3–3.4 MB/s per CPU second on this machine from one day to the
 * next, so its MB/s alone cannot be compared across days; its ratio to a peer timed in the same run can.
 */

/**
 * One pass of wink-nlp (English lite web model) over texts: each read as a document, its sentences
 * and its named entities taken out, as the issue that set the 3 MB/s target ran it. Returns the
 * number of entities. The model is loaded here, after the engine's passes, so it is not in their
 * peak RSS.
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

/** Median CPU seconds (user + system) of `passes` timed runs after `warmups` untimed ones. */
export function medianCpuSeconds(run: () => unknown, warmups: number, passes: number): number {
  for (let i = 0; i < warmups; i++) run();
  const seconds: number[] = [];
  for (let i = 0; i < passes; i++) {
    const c0 = process.cpuUsage();
    run();
    const cpu = process.cpuUsage(c0);
    seconds.push((cpu.user + cpu.system) / 1e6);
  }
  seconds.sort((a, b) => a - b);
  return seconds[Math.floor(seconds.length / 2)] ?? 0;
}
