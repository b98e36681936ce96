/**
 * Trains the claim detector and writes lib/extract/detector/weights.json: CT24 train (debate
 * sentences, ../shared/datasets/) and every article of the development set (tests/fixtures/claims-dev/).
 * Deterministic: the same data gives the same bytes. CT24 dev is held out and reported; CT24
 * dev-test is never read here. The threshold for debate speech (threshold.ts) is chosen on CT24
 * train split into blocks of debates, each scored by a detector trained without it.
 * Usage: npm run train:claims [-- --out FILE] [-- --check] [-- --leave-out PART]
 *   --check           trains and compares with the committed file instead of writing it (exit 1 if different)
 *   --leave-out PART  also reports how the recipe generalises to a part it never saw (`PARTS` in
 *                     claims-dev.ts, e.g. `blind`): a detector trained on CT24 train and the other
 *                     parts of the development set, measured on that part
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Detector, encodeModel } from "../lib/extract/detector/model";
import { buildExamples, RECIPE, trainFromExamples } from "../lib/extract/detector/recipe";
import { formatReliability, reliability } from "../lib/extract/detector/train";
import { bestF1Threshold, f1At, prf, SPEECH_THRESHOLDS } from "../lib/extract/detector/threshold";
import { CLAIM_THRESHOLD } from "../lib/extract";
import { debateBlockScores, extractArticle, loadGold, readCt24, metrics, PARTS, partOf, Scorer, sentenceScores, tableHeader, tableRow } from "./claims-dev";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 && args[outAt + 1] ? path.resolve(args[outAt + 1]!) : path.join(root, "lib/extract/detector/weights.json");
const check = args.includes("--check");
const leaveOutAt = args.indexOf("--leave-out");
const leftOut = leaveOutAt >= 0 ? PARTS.find((part) => part.name === args[leaveOutAt + 1]) : undefined;
if (leaveOutAt >= 0 && !leftOut) {
  process.stderr.write(`train-claims: --leave-out takes one of ${PARTS.map((part) => part.name).join(", ")}\n`);
  process.exit(2);
}

const started = Date.now();
const train = readCt24("ct24-checkworthy-train.tsv", "train:claims");
const dev = readCt24("ct24-checkworthy-dev.tsv", "train:claims");
const articles = loadGold();
if (articles.length === 0) {
  process.stderr.write("train:claims: no development set in tests/fixtures/claims-dev\n");
  process.exit(2);
}
const examples = buildExamples(train, articles);
const all = [...examples.ct24, ...examples.news];
const log = (line: string): void => void process.stdout.write(`${line}\n`);
log(`train:claims: CT24 train ${train.length} sentences → ${examples.ct24.length} candidate clauses; development set ${articles.length} articles → ${examples.news.length} candidates (${examples.news.filter((e) => e.y === 1).length} claims)`);

const blockScores = debateBlockScores(train, articles);
const model = { ...trainFromExamples(all), speechThreshold: bestF1Threshold(blockScores) };
const detector = new Detector(model);
const devScores = sentenceScores(dev, detector);
const atThreshold = prf(devScores, CLAIM_THRESHOLD);
const cal = model.calibration;
log(`calibration (Platt, on out-of-fold scores): news a=${cal.news.a.toFixed(3)} b=${cal.news.b.toFixed(3)}; speech a=${cal.speech.a.toFixed(3)} b=${cal.speech.b.toFixed(3)}`);
log(`CT24 dev (held out, ${dev.length} sentences): "Yes" at ${CLAIM_THRESHOLD}: precision ${atThreshold.precision.toFixed(3)}  recall ${atThreshold.recall.toFixed(3)}  F1 ${atThreshold.f1.toFixed(3)}`);
log(`CT24 train by blocks of debates (each block held out in turn), "Yes" F1: ${SPEECH_THRESHOLDS.map((t) => `${t}: ${f1At(blockScores, t).toFixed(3)}`).join("  ")}; threshold for debate speech ${model.speechThreshold}`);
log("reliability on CT24 dev (sentence probability = its best candidate's):");
log(formatReliability(reliability(devScores)));

if (leftOut) {
  // Beside the cross-validation of eval:claims, which mixes every part into each fold: a whole part
  // the detector never saw, as a new source of articles would be.
  const part = articles.filter((a) => partOf(a) === leftOut.name);
  const groups = new Set(part.map((a) => `news:${a.id}`));
  const unseen = new Detector(trainFromExamples([...examples.ct24, ...examples.news.filter((e) => !groups.has(e.group))]));
  const scorer = new Scorer();
  for (const article of part) scorer.add(article, extractArticle(article, { scorer: (c) => unseen.score(c) }));
  const width = 32;
  log(tableHeader(`leave ${leftOut.label} out`, width));
  log(tableRow(`${leftOut.label} (${part.length}), trained without`, metrics(scorer.overall), width));
}

const file = encodeModel(model, {
  data: { ct24Sentences: train.length, ct24Candidates: examples.ct24.length, devArticles: articles.length, devCandidates: examples.news.length },
  recipe: { ...RECIPE.train, newsWeight: RECIPE.newsWeight },
});
const json = `${JSON.stringify(file)}\n`;
if (check) {
  let committed = "";
  try {
    committed = readFileSync(out, "utf8");
  } catch {
    // compared below as different
  }
  log(committed === json ? `same bytes as ${path.relative(root, out)}` : `differs from ${path.relative(root, out)}`);
  if (committed !== json) process.exitCode = 1;
} else {
  writeFileSync(out, json);
  log(`wrote ${path.relative(root, out)} (${(json.length / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
