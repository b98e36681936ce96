/**
 * An out-of-domain estimate for CT24 without touching dev-test: CT24 train split into 4 folds by
 * blocks of 3,000 sentence ids (whole debates, as far as ids run through debates), each fold scored
 * by a detector trained on the other three (plus the development set), pooled; CT24 dev (same
 * debates as train) is printed beside it. Prints "Yes" F1 at several thresholds.
 * Usage: npx tsx scripts/ct24-block-cv.ts ['[{"train":{"l2":0.03}}, {"features":{"charGrams":[3,4]}}]']
 *   each JSON object overrides the shipped recipe; none given: the shipped recipe.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCheckworthyTsv } from "../lib/extract/detector/dataset";
import { Detector } from "../lib/extract/detector/model";
import { buildExamples, RECIPE, type Recipe, trainFromExamples } from "../lib/extract/detector/recipe";
import { prf, SPEECH_THRESHOLDS } from "../lib/extract/detector/threshold";
import { debateBlockScores, loadGold, sentenceScores } from "./claims-dev";

const datasets = path.resolve(import.meta.dirname, "../../shared/datasets");
const rows = parseCheckworthyTsv(readFileSync(path.join(datasets, "ct24-checkworthy-train.tsv"), "utf8"));
const dev = parseCheckworthyTsv(readFileSync(path.join(datasets, "ct24-checkworthy-dev.tsv"), "utf8"));

interface Override {
  features?: Partial<Recipe["features"]>;
  train?: Partial<Recipe["train"]>;
  newsWeight?: number;
}
const overrides = JSON.parse(process.argv[2] ?? "[{}]") as Override[];
const articles = loadGold();
for (const o of overrides) {
  const recipe: Recipe = { features: { ...RECIPE.features, ...o.features }, train: { ...RECIPE.train, ...o.train }, newsWeight: o.newsWeight ?? RECIPE.newsWeight };
  const points = debateBlockScores(rows, articles, recipe);
  const examples = buildExamples(rows, articles, recipe);
  const devPoints = sentenceScores(dev, new Detector(trainFromExamples([...examples.ct24, ...examples.news], recipe)));
  const row = (p: typeof points): string => SPEECH_THRESHOLDS.map((t) => `${t}: ${prf(p, t).f1.toFixed(3)}`).join("  ");
  process.stdout.write(`${JSON.stringify(o)}\n  train by debate blocks  ${row(points)}\n  CT24 dev                ${row(devPoints)}\n`);
}
