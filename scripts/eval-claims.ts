/**
 * Scores extractClaims against the gold development set in tests/fixtures/claims-dev/.
 *
 * Two measurements side by side:
 * - plain: the shipped detector, which was trained on these very articles (in-sample, optimistic);
 * - cross-validated (--cv K, default 5): the articles split into K folds by article; for each fold a
 *   detector is trained on CT24 train plus the other folds, calibrated on its own training data, and
 *   measured on the held-out fold; the counts are pooled over the folds.
 * Articles whose file names start with `new-` (written after the engine's rules, never used to tune
 * them) are also reported on their own.
 *
 * Usage: npm run eval:claims [-- --cv K] [-- --threshold T] [-- --rules] [-- --verbose] [-- --json]
 *   --cv 0 skips the cross-validation; --rules scores the plain run with the hand-set rule formula
 *   (checkworthy.ts) that the detector replaced, for comparison.
 * The confusion matrix of types over matched claims is printed for the plain and cross-validated runs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CLAIM_THRESHOLD, extractClaims, isBareCommonNoun, textFaults } from "../lib/extract";
import { parseCheckworthyTsv, candidatesOf, isGoldCandidate } from "../lib/extract/detector/dataset";
import { Detector } from "../lib/extract/detector/model";
import type { Candidate } from "../lib/extract/detector/features";
import { scoreClause } from "../lib/extract/checkworthy";
import { buildExamples, trainFromExamples } from "../lib/extract/detector/recipe";
import { formatReliability, reliability } from "../lib/extract/detector/train";
import { FIXTURES, type GoldArticle, type Metrics, Scorer, foldsOf, formatConfusion, loadGold, metrics, tableHeader, tableRow, tableRule } from "./claims-dev";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");
function option(name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value)) {
    process.stderr.write(`eval-claims: ${name} needs a number\n`);
    process.exit(2);
  }
  return value;
}
const folds = Math.floor(option("--cv", 5));
const threshold = option("--threshold", CLAIM_THRESHOLD);
const rules = args.includes("--rules");
const ruleScorer = (c: Candidate): number => scoreClause(c.text, c.start, [...c.figures]);

const articles = loadGold();
if (articles.length === 0) {
  process.stderr.write(`eval-claims: no gold files in ${FIXTURES}\n`);
  process.exit(2);
}
const isNew = (a: GoldArticle): boolean => a.file.startsWith("new-");
const newCount = articles.filter(isNew).length;

/* Plain: the shipped detector. */
const plain = new Scorer(verbose);
const plainNew = new Scorer();
/** Claims whose quote or statement cannot stand alone, and speakers that name no one. */
const faults = new Map<string, number>();
const faultExamples: string[] = [];
const countFault = (name: string, example: string): void => {
  faults.set(name, (faults.get(name) ?? 0) + 1);
  if (verbose) faultExamples.push(`  ${name}: ${JSON.stringify(example.slice(0, 120))}`);
};
for (const article of articles) {
  const predicted = extractClaims(article.text, { threshold, ...(rules ? { scorer: ruleScorer } : {}) });
  for (const p of predicted) {
    for (const f of textFaults(p.text, "quote")) countFault(`quote ${f}`, p.text);
    for (const f of textFaults(p.statement, "statement")) countFault(`statement ${f}`, p.statement);
    if (p.speaker !== null && isBareCommonNoun(p.speaker)) countFault("speaker bare common noun", p.speaker);
  }
  plain.add(article, predicted);
  if (isNew(article)) plainNew.add(article, predicted);
}

/* The ceiling: a detector that knows the gold claims; what is left is lost to candidate clauses and spans. */
const ceiling = new Scorer();
for (const article of articles) ceiling.add(article, extractClaims(article.text, { scorer: (c) => (isGoldCandidate(c, article.claims) ? 1 : 0) }));

/* Cross-validation by article. */
interface CrossValidation {
  folds: number;
  all: Metrics;
  fresh: Metrics | null;
  /** The articles written before the engine's rules (not `new-*`), on which rules were designed. */
  original: Metrics;
  confusion: Scorer["confusion"];
  reliability: ReturnType<typeof reliability>;
}
function crossValidate(k: number): CrossValidation {
  let rows;
  try {
    rows = parseCheckworthyTsv(readFileSync(path.resolve(root, "../shared/datasets/ct24-checkworthy-train.tsv"), "utf8"));
  } catch {
    process.stderr.write("eval-claims: cannot read ../shared/datasets/ct24-checkworthy-train.tsv for the cross-validation\n");
    process.exit(2);
  }
  const fold = foldsOf(articles, k);
  const examples = buildExamples(rows, articles);
  const byArticle = new Map<string, number>(articles.map((a, i) => [`news:${a.id}`, fold[i] ?? 0]));
  const all = new Scorer();
  const fresh = new Scorer();
  const original = new Scorer();
  const points: { p: number; y: 0 | 1 }[] = [];
  for (let f = 0; f < k; f++) {
    const training = [...examples.ct24, ...examples.news.filter((e) => byArticle.get(e.group) !== f)];
    const detector = new Detector(trainFromExamples(training));
    const scorer = (c: Candidate): number => detector.score(c);
    articles.forEach((article, i) => {
      if (fold[i] !== f) return;
      const predicted = extractClaims(article.text, { threshold, scorer });
      all.add(article, predicted);
      if (isNew(article)) fresh.add(article, predicted);
      else original.add(article, predicted);
      for (const c of candidatesOf(article.text)) points.push({ p: detector.score(c), y: isGoldCandidate(c, article.claims) ? 1 : 0 });
    });
  }
  return { folds: k, all: metrics(all.overall), fresh: newCount > 0 ? metrics(fresh.overall) : null, original: metrics(original.overall), confusion: all.confusion, reliability: reliability(points) };
}
const cv = folds >= 2 ? crossValidate(Math.min(folds, articles.length)) : null;

const typeRows: [string, Metrics][] = [...plain.byType.entries()].filter(([, t]) => t.gold + t.predicted > 0).map(([k, t]) => [k, metrics(t)]);
const faultNames = ["quote dateline", "quote connector", "statement dateline", "statement connector", "statement lower case", "speaker bare common noun"];

if (asJson) {
  const result = {
    articles: articles.length,
    threshold,
    metrics: Object.fromEntries([...typeRows, ["overall", metrics(plain.overall)]]),
    new: newCount > 0 ? { articles: newCount, plain: metrics(plainNew.overall), crossValidated: cv?.fresh ?? null } : null,
    ceiling: metrics(ceiling.overall),
    crossValidated: cv ? { folds: cv.folds, overall: cv.all, original: cv.original, reliability: cv.reliability } : null,
    faults: Object.fromEntries(faults),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  if (verbose) process.stdout.write(`${plain.report.join("\n")}\n\n`);
  const out = [`claims-dev: ${articles.length} articles, threshold ${threshold}${rules ? ", plain run scored by the rule formula" : ""} (precision per predicted type, the rest per gold type)`, tableHeader("type")];
  for (const [name, m] of typeRows) out.push(tableRow(name, m));
  out.push(tableRule(), tableRow("overall", metrics(plain.overall)));
  const width = 30;
  out.push(
    "",
    "plain = the shipped detector, trained on these articles; cross-validated = trained without the article's fold;",
    "ceiling = a detector that accepts exactly the candidate clauses holding a gold claim (the rest is lost to candidates and spans)",
    tableHeader("overall", width),
  );
  out.push(tableRow(`${rules ? "rules" : "plain"} (${articles.length})`, metrics(plain.overall), width));
  if (cv) out.push(tableRow(`cross-validated, ${cv.folds} folds`, cv.all, width));
  if (cv && newCount > 0) out.push(tableRow(`not new-* cross-validated`, cv.original, width));
  if (newCount > 0) {
    out.push(tableRow(`new-* ${rules ? "rules" : "plain"} (${newCount})`, metrics(plainNew.overall), width));
    if (cv?.fresh) out.push(tableRow("new-* cross-validated", cv.fresh, width));
  }
  out.push(tableRow("ceiling (gold candidates)", metrics(ceiling.overall), width));
  out.push("", "types of matched claims, plain (rules):", formatConfusion(plain.confusion));
  if (cv) out.push("", "types of matched claims, cross-validated:", formatConfusion(cv.confusion));
  if (cv) out.push("", "reliability of the cross-validated detector on held-out candidate clauses:", formatReliability(cv.reliability));
  out.push("", `faults (claims that cannot stand alone): ${faultNames.map((f) => `${f} ${faults.get(f) ?? 0}`).join(", ")}`);
  if (verbose) out.push(...faultExamples);
  process.stdout.write(`${out.join("\n")}\n`);
}
