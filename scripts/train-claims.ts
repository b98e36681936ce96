/**
 * Trains the claim detector and writes lib/extract/detector/weights.json: CT24 train (debate
 * sentences, ../shared/datasets/) and every article of the development set (tests/fixtures/claims-dev/).
 * Then trains the type model on the development set's gold claims (as the engine passes them to the
 * type model, and each gold quote) and writes lib/extract/type-model/weights.json.
 * Deterministic: the same data gives the same bytes. CT24 dev is held out and reported; CT24
 * dev-test is never read here. The threshold for debate speech (threshold.ts) is chosen on CT24
 * train split into blocks of debates, each scored by a detector trained without it.
 * Usage: npm run train:claims [-- --out FILE] [-- --check] [-- --leave-out PART]
 *   --out FILE        writes the detector there instead (the type model's file is always its own)
 *   --check           trains and compares with the committed files instead of writing them (exit 1 if either differs)
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
import { typeByModel } from "../lib/extract/type-model";
import { encodeTypeModel, roundTripTypeModel } from "../lib/extract/type-model/model";
import { TYPE_TRAIN_OPTIONS, trainTypeModel } from "../lib/extract/type-model/train";
import { TYPE_FEATURE_SCALES } from "../lib/extract/type-model/features";
import { debateBlockScores, extractArticle, loadGold, readCt24, metrics, PARTS, partOf, Scorer, sentenceScores, tableHeader, tableRow, typeExamplesOf } from "./claims-dev";

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
  // the detector and the type model never saw, as a new source of articles would be.
  const part = articles.filter((a) => partOf(a) === leftOut.name);
  const groups = new Set(part.map((a) => `news:${a.id}`));
  const unseen = new Detector(trainFromExamples([...examples.ct24, ...examples.news.filter((e) => !groups.has(e.group))]));
  const typer = typeByModel(roundTripTypeModel(trainTypeModel(articles.filter((a) => partOf(a) !== leftOut.name).flatMap(typeExamplesOf))));
  const scorer = new Scorer();
  for (const article of part) scorer.add(article, extractArticle(article, { scorer: (c) => unseen.score(c), typer }));
  const width = 32;
  log(tableHeader(`leave ${leftOut.label} out`, width));
  log(tableRow(`${leftOut.label} (${part.length}), trained without`, metrics(scorer.overall), width));
}

const file = encodeModel(model, {
  data: { ct24Sentences: train.length, ct24Candidates: examples.ct24.length, devArticles: articles.length, devCandidates: examples.news.length },
  recipe: { ...RECIPE.train, newsWeight: RECIPE.newsWeight },
});

// The type model reads no detector score: its examples come from a detector that accepts exactly
// the gold candidates, so it does not depend on the weights written above.
const typeExamples = articles.flatMap(typeExamplesOf);
const typeFile = encodeTypeModel(trainTypeModel(typeExamples), {
  data: { devArticles: articles.length, goldClaims: articles.reduce((n, a) => n + a.claims.length, 0), examples: typeExamples.length },
  recipe: { ...TYPE_TRAIN_OPTIONS, scales: TYPE_FEATURE_SCALES },
});
log(`type model: ${typeExamples.length} examples (gold claims as the engine finds them, and gold quotes) from ${articles.length} articles`);

const outputs: [string, string][] = [
  [out, `${JSON.stringify(file)}\n`],
  [path.join(root, "lib/extract/type-model/weights.json"), `${JSON.stringify(typeFile)}\n`],
];
for (const [where, json] of outputs) {
  if (check) {
    let committed = "";
    try {
      committed = readFileSync(where, "utf8");
    } catch {
      // compared below as different
    }
    log(committed === json ? `same bytes as ${path.relative(root, where)}` : `differs from ${path.relative(root, where)}`);
    if (committed !== json) process.exitCode = 1;
  } else {
    writeFileSync(where, json);
    log(`wrote ${path.relative(root, where)} (${(json.length / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
