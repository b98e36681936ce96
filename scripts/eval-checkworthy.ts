/**
 * Check-worthiness on CT24 (debate sentences): a sentence is predicted "Yes" when extractClaims,
 * scoring with the shipped detector at the threshold, finds any claim in it. CT24 is transcribed
 * speech, so the detector reads it as such (--genre news reads it as news prose). Prints precision,
 * recall and F1 of the "Yes" class, the same at 0.5 (even odds), and the detector's reliability on
 * the file. Speech is read at the threshold `npm run train:claims` chose on CT24 train split into
 * blocks of debates (threshold.ts), news at the extractor's CLAIM_THRESHOLD; --threshold overrides.
 * CT24 dev was used to choose the detector's settings; ct24-checkworthy-dev-test.tsv was never used
 * to train or tune anything: it is the out-of-domain figure.
 * Usage: npm run eval:checkworthy [-- FILE.tsv] [-- --threshold T] [-- --genre speech|news] [-- --verbose]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CLAIM_THRESHOLD, extractClaims } from "../lib/extract";
import { parseCheckworthyTsv } from "../lib/extract/detector/dataset";
import { shippedDetector } from "../lib/extract/detector";
import type { Genre } from "../lib/extract/detector/features";
import { formatReliability, reliability } from "../lib/extract/detector/train";
import { f1At } from "../lib/extract/detector/threshold";
import { sentenceScores } from "./claims-dev";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const valueOf = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const genre: Genre = valueOf("--genre") === "news" ? "news" : "speech";
const detector = shippedDetector();
/** News is read at the extractor's threshold; speech at the one train:claims chose on held-out debates. */
const defaultThreshold = genre === "speech" ? (detector.model.speechThreshold ?? CLAIM_THRESHOLD) : CLAIM_THRESHOLD;
const threshold = Number(valueOf("--threshold") ?? defaultThreshold);
const optionValues = new Set([valueOf("--threshold"), valueOf("--genre")]);
const file = args.find((a) => !a.startsWith("--") && !optionValues.has(a)) ?? path.resolve(root, "../shared/datasets/ct24-checkworthy-dev.tsv");
if (!Number.isFinite(threshold)) {
  process.stderr.write("eval-checkworthy: --threshold needs a number\n");
  process.exit(2);
}

let content: string;
try {
  content = readFileSync(file, "utf8");
} catch {
  process.stderr.write(`eval-checkworthy: cannot read ${file}\n`);
  process.exit(2);
}

const rows = parseCheckworthyTsv(content);
const scorer = (c: Parameters<typeof detector.score>[0]): number => detector.score(c, genre);
let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
const mistakes: string[] = [];
for (const row of rows) {
  const predicted = extractClaims(row.text, { threshold, scorer }).length > 0;
  if (predicted && row.label) tp++;
  else if (predicted) fp++;
  else if (row.label) fn++;
  else tn++;
  if (verbose && predicted !== row.label) mistakes.push(`${row.label ? "FN" : "FP"} ${row.text}`);
}
const points = sentenceScores(rows, detector, genre);
const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
if (verbose) process.stdout.write(`${mistakes.join("\n")}\n\n`);
process.stdout.write(
  [
    `CT24 check-worthiness: ${path.basename(file)}, ${rows.length} sentences (${tp + fn} Yes); detector read as ${genre}, threshold ${threshold}`,
    `predicted Yes ${tp + fp}: TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`,
    `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    `at 0.5 (even odds): F1 ${f1At(points, 0.5).toFixed(3)}`,
    "reliability (a sentence's probability is its best candidate clause's):",
    formatReliability(reliability(points)),
  ].join("\n") + "\n",
);
