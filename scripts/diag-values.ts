import { extractClaims } from "../lib/extract";
import { loadGold, match, foldsOf } from "./claims-dev";
import { readFileSync } from "node:fs";
import { parseCheckworthyTsv } from "../lib/extract/detector/dataset";
import { Detector } from "../lib/extract/detector/model";
import { buildExamples, trainFromExamples } from "../lib/extract/detector/recipe";
const which = process.argv[2] ?? "values";
const all = loadGold();
const cvOn = process.argv.includes("--cv");
const fold = foldsOf(all, 5);
const scorers = new Map<string, (c: any) => number>();
if (cvOn) {
  const rows = parseCheckworthyTsv(readFileSync("../shared/datasets/ct24-checkworthy-train.tsv", "utf8"));
  const ex = buildExamples(rows, all);
  const byArticle = new Map<string, number>(all.map((a, i) => [`news:${a.id}`, fold[i] ?? 0]));
  for (let f = 0; f < 5; f++) {
    if (!all.some((a, i) => fold[i] === f && !a.file.startsWith("new-"))) continue;
    const d = new Detector(trainFromExamples([...ex.ct24, ...ex.news.filter((e) => byArticle.get(e.group) !== f)]));
    all.forEach((a, i) => { if (fold[i] === f) scorers.set(a.file, (c) => d.score(c)); });
  }
}
const articles = all.filter((a) => !a.file.startsWith("new-"));
const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b)));
let n = 0;
for (const a of articles) {
  const sc = scorers.get(a.file); const pred = extractClaims(a.text, sc ? { scorer: sc } : {});
  for (const [gi, pi] of match(a.claims, pred)) {
    const g = a.claims[gi]!, p = pred[pi]!;
    if (which === "values") {
      const miss = g.figures.filter((gf) => !p.figures.some((pf) => same(gf.value, pf.value)));
      if (!miss.length) continue;
      n += miss.length;
      console.log(`${a.file}\n  G: ${JSON.stringify(g.quote)}\n  P: ${JSON.stringify(p.text)}\n  gold ${JSON.stringify(g.figures.map((f) => [f.value, f.unit, f.qualifier]))}\n  pred ${JSON.stringify(p.figures.map((f) => [f.value, f.unit, (f as any).raw ?? (f as any).text]))}`);
    } else {
      const s = (x: string | null) => (x === null ? null : x.trim().toLowerCase());
      if (s(g.speaker) === s(p.speaker)) continue;
      n++;
      const ctx = a.text.slice(Math.max(0, Math.min(g.start, p.start) - 150), Math.max(g.end, p.end) + 150).replace(/\n/g, " ");
      console.log(`${a.file}\n  pred ${JSON.stringify(p.speaker)} gold ${JSON.stringify(g.speaker)}\n  Q: ${JSON.stringify(g.quote.slice(0,160))}\n  C: ${ctx}`);
    }
  }
}
console.log("total", n);
