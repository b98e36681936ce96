/**
 * Scores extractClaims against the gold development set in tests/fixtures/claims-dev/.
 *
 * Two measurements side by side:
 * - plain: the shipped detector and type model, which were trained on these very articles (in-sample,
 *   optimistic);
 * - cross-validated (--cv K, default 5): the articles split into K folds by article; for each fold a
 *   detector is trained on CT24 train plus the other folds, calibrated on its own training data, a
 *   type model is trained on the other folds' gold claims, and both are measured on the held-out
 *   fold; the counts are pooled over the folds.
 * Each part of the set is also reported on its own (see `PARTS`): the original articles, on which
 * the rules were first designed; `new-*` and `held-*`, written or chosen later and held out until
 * their misses were studied, and `blind-*` likewise; `unseen-*`, labelled blind and held out from all
 * rule design since, and `fresh-*` (other topics: earnings, elections, floods, courts, health, transport,
 * inflation, migration, a press release, a live blog), labelled blind on 2026-12-02 and never studied.
 *
 * Usage: npm run eval:claims [-- --cv K] [-- --threshold T] [-- --train-fraction F] [-- --rules] [-- --type-rules | --type-compare] [-- --verbose] [-- --verbose-cv] [-- --json]
 *   --cv 0 skips the cross-validation; --rules scores the plain run with the hand-set rule formula
 *   (checkworthy.ts) that the detector replaced, for comparison; --train-fraction F trains each
 *   fold's detector on that share of the other folds' articles (a fixed draw by id), so a few runs
 *   draw the learning curve: whether more labelled articles would help; --type-rules types every
 *   claim by the rules of classify.ts alone, without the type model; --type-compare also types the
 *   cross-validated claims by the rules alone and prints type accuracy per part, rules beside model.
 * The confusion matrix of types over matched claims is printed for the plain and cross-validated runs.
 */
import { CLAIM_THRESHOLD, isBareCommonNoun, textFaults } from "../lib/extract";
import { candidatesOf, isGoldCandidate } from "../lib/extract/detector/dataset";
import { Detector } from "../lib/extract/detector/model";
import type { Candidate } from "../lib/extract/detector/features";
import { scoreClause } from "../lib/extract/checkworthy";
import { buildExamples, trainFromExamples } from "../lib/extract/detector/recipe";
import { foldOf, formatReliability, reliability } from "../lib/extract/detector/train";
import { type ClaimTyper, typeByModel, typeByRules } from "../lib/extract/type-model";
import { roundTripTypeModel } from "../lib/extract/type-model/model";
import { trainTypeModel } from "../lib/extract/type-model/train";
import { FIXTURES, fmt, isStudied, typeExamplesOf, type Metrics, PARTS, type Part, partOf, Scorer, foldsOf, formatConfusion, extractArticle, loadGold, metrics, readCt24, type StatementMetrics, statementHeader, statementMetrics, statementRow, tableHeader, tableRow, tableRule } from "./claims-dev";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
/** --verbose-cv: lists the cross-validated run's misses (studied parts only), what a new article would meet. */
const verboseCv = args.includes("--verbose-cv");
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
const trainFraction = option("--train-fraction", 1);
const rules = args.includes("--rules");
/** --type-rules: every claim typed by the rules alone; the shipped type model and the folds' ones are not used. */
const typeRules = args.includes("--type-rules");
/** --type-compare: the cross-validated claims typed also by the rules alone, side by side with the folds' type models. */
const typeCompare = args.includes("--type-compare") && !typeRules;
/** The typer of the plain and ceiling runs: the shipped type model unless --type-rules. */
const plainTyper: { typer?: ClaimTyper } = typeRules ? { typer: typeByRules } : {};
const ruleScorer = (c: Candidate): number => scoreClause(c.text, c.start, [...c.figures]);

const articles = loadGold();
if (articles.length === 0) {
  process.stderr.write(`eval-claims: no gold files in ${FIXTURES}\n`);
  process.exit(2);
}
const parts = PARTS.filter((part) => articles.some((a) => partOf(a) === part.name));
const countOf = (part: Part): number => articles.filter((a) => partOf(a) === part).length;

/* Plain: the shipped detector. */
const plain = new Scorer(verbose);
const plainByPart = new Map<Part, Scorer>(parts.map((part) => [part.name, new Scorer()]));
/** Claims whose quote or statement cannot stand alone, and speakers that name no one. */
const faults = new Map<string, number>();
const faultExamples: string[] = [];
/** Faults are counted in every part, but like misses their examples are listed only for studied ones. */
const countFault = (name: string, example: string, listed: boolean): void => {
  faults.set(name, (faults.get(name) ?? 0) + 1);
  if (verbose && listed) faultExamples.push(`  ${name}: ${JSON.stringify(example.slice(0, 120))}`);
};
for (const article of articles) {
  const predicted = extractArticle(article, { threshold, ...plainTyper, ...(rules ? { scorer: ruleScorer } : {}) });
  const listed = isStudied(article);
  for (const p of predicted) {
    for (const f of textFaults(p.text, "quote")) countFault(`quote ${f}`, p.text, listed);
    for (const f of textFaults(p.statement, "statement")) countFault(`statement ${f}`, p.statement, listed);
    if (p.speaker !== null && isBareCommonNoun(p.speaker)) countFault("speaker bare common noun", p.speaker, listed);
  }
  plain.add(article, predicted);
  plainByPart.get(partOf(article))?.add(article, predicted);
}

const plainOf = (part: Part): Scorer => plainByPart.get(part) ?? new Scorer();

/* The ceiling: a detector that knows the gold claims; what is left is lost to candidate clauses and spans. */
const ceiling = new Scorer();
for (const article of articles) ceiling.add(article, extractArticle(article, { ...plainTyper, scorer: (c) => (isGoldCandidate(c, article.claims) ? 1 : 0) }));

/* Cross-validation by article. */
interface CrossValidation {
  folds: number;
  /** With --verbose-cv: the held-out folds' misses in studied articles. */
  report: string[];
  all: Metrics;
  byPart: Map<Part, Metrics>;
  confusion: Scorer["confusion"];
  reliability: ReturnType<typeof reliability>;
  statements: StatementMetrics;
  statementsByPart: Map<Part, StatementMetrics>;
  /** Gold claims the folds' type models were trained from, over all folds' articles (0 with --type-rules). */
  typeExamples: number;
  /** With --type-compare: the same folds with claims typed by the rules alone. */
  byRules: { all: Metrics; byPart: Map<Part, Metrics>; statements: StatementMetrics; confusion: Scorer["confusion"] } | null;
}
function crossValidate(k: number): CrossValidation {
  const rows = readCt24("ct24-checkworthy-train.tsv", "eval-claims");
  const fold = foldsOf(articles, k);
  const examples = buildExamples(rows, articles);
  const byArticle = new Map<string, number>(articles.map((a, i) => [`news:${a.id}`, fold[i] ?? 0]));
  const drawn = (group: string): boolean => trainFraction >= 1 || foldOf(group, 1000, 0x7eed) < trainFraction * 1000;
  const all = new Scorer(verboseCv);
  const byPart = new Map<Part, Scorer>(parts.map((part) => [part.name, new Scorer()]));
  const points: { p: number; y: 0 | 1 }[] = [];
  const typeExamples = typeRules ? [] : articles.map(typeExamplesOf);
  const rulesAll = new Scorer();
  const rulesByPart = new Map<Part, Scorer>(parts.map((part) => [part.name, new Scorer()]));
  for (let f = 0; f < k; f++) {
    // The type model too is trained on the other folds' articles only, and quantised as its file is.
    const typer = typeRules ? typeByRules : typeByModel(roundTripTypeModel(trainTypeModel(typeExamples.filter((_, i) => fold[i] !== f).flat())));
    const training = [...examples.ct24, ...examples.news.filter((e) => byArticle.get(e.group) !== f && drawn(e.group))];
    const detector = new Detector(trainFromExamples(training));
    const scorer = (c: Candidate): number => detector.score(c);
    articles.forEach((article, i) => {
      if (fold[i] !== f) return;
      const predicted = extractArticle(article, { threshold, scorer, typer });
      all.add(article, predicted);
      byPart.get(partOf(article))?.add(article, predicted);
      if (typeCompare) {
        const byRules = extractArticle(article, { threshold, scorer, typer: typeByRules });
        rulesAll.add(article, byRules);
        rulesByPart.get(partOf(article))?.add(article, byRules);
      }
      for (const c of candidatesOf(article.text)) points.push({ p: detector.score(c), y: isGoldCandidate(c, article.claims) ? 1 : 0 });
    });
  }
  const partMetrics = new Map<Part, Metrics>([...byPart].map(([part, scorer]) => [part, metrics(scorer.overall)]));
  const statementsByPart = new Map<Part, StatementMetrics>([...byPart].map(([part, scorer]) => [part, statementMetrics(scorer.statements)]));
  const byRules = typeCompare
    ? {
        all: metrics(rulesAll.overall),
        byPart: new Map<Part, Metrics>([...rulesByPart].map(([part, scorer]) => [part, metrics(scorer.overall)])),
        statements: statementMetrics(rulesAll.statements),
        confusion: rulesAll.confusion,
      }
    : null;
  const typeExampleCount = typeExamples.reduce((n, e) => n + e.length, 0);
  return { folds: k, report: all.report, all: metrics(all.overall), byPart: partMetrics, confusion: all.confusion, reliability: reliability(points), statements: statementMetrics(all.statements), statementsByPart, typeExamples: typeExampleCount, byRules };
}
const cv = folds >= 2 ? crossValidate(Math.min(folds, articles.length)) : null;

const typeRows: [string, Metrics][] = [...plain.byType.entries()].filter(([, t]) => t.gold + t.predicted > 0).map(([k, t]) => [k, metrics(t)]);
const faultNames = ["quote dateline", "quote connector", "statement dateline", "statement connector", "statement lower case", "statement no subject", "speaker bare common noun"];

if (asJson) {
  const result = {
    articles: articles.length,
    threshold,
    trainFraction,
    types: typeRules ? "rules" : "type model",
    metrics: Object.fromEntries([...typeRows, ["overall", metrics(plain.overall)]]),
    parts: Object.fromEntries(
      parts.map((part) => [part.name, { articles: countOf(part.name), plain: metrics(plainOf(part.name).overall), crossValidated: cv?.byPart.get(part.name) ?? null }]),
    ),
    ceiling: metrics(ceiling.overall),
    crossValidated: cv ? { folds: cv.folds, overall: cv.all, reliability: cv.reliability } : null,
    statements: {
      plain: statementMetrics(plain.statements),
      crossValidated: cv?.statements ?? null,
      parts: Object.fromEntries(parts.map((part) => [part.name, { plain: statementMetrics(plainOf(part.name).statements), crossValidated: cv?.statementsByPart.get(part.name) ?? null }])),
    },
    faults: Object.fromEntries(faults),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  if (verbose) {
    const unlisted = PARTS.filter((part) => !part.studied && countOf(part.name) > 0).map((part) => part.label);
    const note = unlisted.length > 0 ? `(misses of ${unlisted.join(", ")} are not listed: that part is never studied)\n` : "";
    process.stdout.write(`${plain.report.join("\n")}\n${note}\n`);
  }
  if (verboseCv && cv) process.stdout.write(`misses of the cross-validated run (each article scored by the folds trained without it):\n${cv.report.join("\n")}\n\n`);
  const out = [`claims-dev: ${articles.length} articles, threshold ${threshold}${rules ? ", plain run scored by the rule formula" : ""}${typeRules ? ", types by the rules alone" : ""}${trainFraction < 1 ? `, each fold's detector trained on ${trainFraction} of the other folds' articles` : ""} (precision per predicted type, the rest per gold type)`, tableHeader("type")];
  for (const [name, m] of typeRows) out.push(tableRow(name, m));
  out.push(tableRule(), tableRow("overall", metrics(plain.overall)));
  const width = 30;
  out.push(
    "",
    `plain = the shipped detector${typeRules ? "" : " and type model"}, trained on these articles; cross-validated = trained without the article's fold;`,
    "ceiling = a detector that accepts exactly the candidate clauses holding a gold claim (the rest is lost to candidates and spans);",
    "parts: original = ds-* and seed-* (rules first designed on them), new-*, held-* and blind-* (studied since), unseen-* and fresh-* (labelled blind, never studied; fresh-* are ten articles on other topics written on 2026-12-02)",
    tableHeader("overall", width),
  );
  out.push(tableRow(`${rules ? "rules" : "plain"} (${articles.length})`, metrics(plain.overall), width));
  if (cv) out.push(tableRow(`cross-validated, ${cv.folds} folds`, cv.all, width));
  for (const part of parts) {
    out.push(tableRow(`${part.label} ${rules ? "rules" : "plain"} (${countOf(part.name)})`, metrics(plainOf(part.name).overall), width));
    const crossValidated = cv?.byPart.get(part.name);
    if (crossValidated) out.push(tableRow(`${part.label} cross-validated`, crossValidated, width));
  }
  out.push(tableRow("ceiling (gold candidates)", metrics(ceiling.overall), width));
  out.push("", "statements of matched claims against the labellers' (word F1; speaker named where gold has one; none invented where it has none; gold's months and years kept):", statementHeader("statements", width));
  out.push(statementRow(`${rules ? "rules" : "plain"} (${articles.length})`, statementMetrics(plain.statements), width));
  if (cv) out.push(statementRow(`cross-validated, ${cv.folds} folds`, cv.statements, width));
  for (const part of parts) {
    out.push(statementRow(`${part.label} ${rules ? "rules" : "plain"}`, statementMetrics(plainOf(part.name).statements), width));
    const crossValidated = cv?.statementsByPart.get(part.name);
    if (crossValidated) out.push(statementRow(`${part.label} cross-validated`, crossValidated, width));
  }
  const typedBy = typeRules ? "rules" : "type model";
  out.push("", `types of matched claims, plain (${typedBy}):`, formatConfusion(plain.confusion));
  if (cv) out.push("", `types of matched claims, cross-validated (${typeRules ? "rules" : "each fold's type model"}):`, formatConfusion(cv.confusion));
  if (cv?.byRules) {
    const { byRules } = cv;
    const same = (a: Metrics, b: Metrics): boolean => a.gold === b.gold && a.predicted === b.predicted && a.matched === b.matched && a.valueAccuracy === b.valueAccuracy && a.speakerAccuracy === b.speakerAccuracy;
    const rows: [string, Metrics, Metrics][] = [[`all (${articles.length})`, byRules.all, cv.all]];
    for (const part of parts) {
      const r = byRules.byPart.get(part.name);
      const m = cv.byPart.get(part.name);
      if (r && m) rows.push([`${part.label} (${countOf(part.name)})`, r, m]);
    }
    out.push("", `cross-validated type accuracy, rules alone vs a type model trained per fold on the other folds (${cv.typeExamples} examples over all folds' articles):`);
    out.push(`  ${"".padEnd(16)}${"matched".padStart(8)}${"rules".padStart(8)}${"model".padStart(8)}${"change".padStart(8)}  claims, values, speakers unchanged`);
    for (const [name, r, m] of rows) {
      const change = r.typeAccuracy !== null && m.typeAccuracy !== null ? `${m.typeAccuracy >= r.typeAccuracy ? "+" : ""}${(100 * (m.typeAccuracy - r.typeAccuracy)).toFixed(1)}` : "-";
      out.push(`  ${name.padEnd(16)}${String(r.matched).padStart(8)}${fmt(r.typeAccuracy).padStart(8)}${fmt(m.typeAccuracy).padStart(8)}${change.padStart(8)}  ${same(r, m) ? "yes" : "NO"}`);
    }
    const statementsSame = JSON.stringify(byRules.statements) === JSON.stringify(cv.statements);
    out.push(`  statements of matched claims unchanged: ${statementsSame ? "yes" : "NO"}`, "", "types of matched claims, cross-validated, rules alone:", formatConfusion(byRules.confusion));
  }
  if (cv) out.push("", "reliability of the cross-validated detector on held-out candidate clauses:", formatReliability(cv.reliability));
  out.push("", `faults (claims that cannot stand alone): ${faultNames.map((f) => `${f} ${faults.get(f) ?? 0}`).join(", ")}`);
  if (verbose) out.push(...faultExamples);
  process.stdout.write(`${out.join("\n")}\n`);
}
