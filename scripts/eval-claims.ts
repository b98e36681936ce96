/**
 * Scores extractClaims against the gold development set in tests/fixtures/claims-dev/.
 * Usage: npm run eval:claims [-- --verbose] [-- --json]
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { CLAIM_TYPES, type ExtractedClaim, extractClaims, isBareCommonNoun, textFaults } from "../lib/extract";

interface GoldFigure {
  value: number | null;
  unit: string | null;
  qualifier: string | null;
}

interface GoldClaim {
  start: number;
  end: number;
  quote: string;
  type: string;
  speaker: string | null;
  statement?: string;
  figures: GoldFigure[];
}

interface GoldArticle {
  id: string;
  text: string;
  claims: GoldClaim[];
}

interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  /** Matches counted by predicted type, for per-type precision. */
  predMatched: number;
  typeRight: number;
  figures: number;
  figuresRight: number;
  speakerRight: number;
}

const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "tests/fixtures/claims-dev");
const verbose = process.argv.includes("--verbose");
const asJson = process.argv.includes("--json");

function emptyTally(): Tally {
  return { gold: 0, predicted: 0, matched: 0, predMatched: 0, typeRight: 0, figures: 0, figuresRight: 0, speakerRight: 0 };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** One-to-one matching of overlapping spans, greedily by intersection over union. */
function match(gold: GoldClaim[], predicted: ExtractedClaim[]): [number, number][] {
  const pairs: { g: number; p: number; iou: number; inter: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const inter = overlap(g, p);
      if (inter > 0) pairs.push({ g: gi, p: pi, inter, iou: inter / (Math.max(g.end, p.end) - Math.min(g.start, p.start)) });
    });
  });
  pairs.sort((a, b) => b.iou - a.iou || b.inter - a.inter);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    out.push([pair.g, pair.p]);
  }
  return out;
}

function loadGold(): GoldArticle[] {
  let files: string[];
  try {
    files = readdirSync(fixtures).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return files.map((f) => {
    const data = JSON.parse(readFileSync(path.join(fixtures, f), "utf8")) as GoldArticle;
    return { ...data, id: data.id ?? f };
  });
}

const articles = loadGold();
if (articles.length === 0) {
  process.stderr.write(`eval-claims: no gold files in ${fixtures}\n`);
  process.exit(2);
}

const overall = emptyTally();
const byType = new Map<string, Tally>(CLAIM_TYPES.map((t) => [t, emptyTally()]));
const tallyFor = (type: string): Tally => {
  let t = byType.get(type);
  if (!t) {
    t = emptyTally();
    byType.set(type, t);
  }
  return t;
};
const report: string[] = [];
/** Claims whose quote or statement cannot stand alone, and speakers that name no one. */
const faults = new Map<string, number>();
const faultExamples: string[] = [];
const countFault = (name: string, example: string): void => {
  faults.set(name, (faults.get(name) ?? 0) + 1);
  if (verbose) faultExamples.push(`  ${name}: ${JSON.stringify(example.slice(0, 120))}`);
};

for (const article of articles) {
  const predicted = extractClaims(article.text);
  for (const p of predicted) {
    for (const f of textFaults(p.text, "quote")) countFault(`quote ${f}`, p.text);
    for (const f of textFaults(p.statement, "statement")) countFault(`statement ${f}`, p.statement);
    if (p.speaker !== null && isBareCommonNoun(p.speaker)) countFault("speaker bare common noun", p.speaker);
  }
  const pairs = match(article.claims, predicted);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPred = new Set(pairs.map(([, p]) => p));
  for (const g of article.claims) {
    overall.gold++;
    tallyFor(g.type).gold++;
  }
  for (const p of predicted) {
    overall.predicted++;
    tallyFor(p.type).predicted++;
  }
  const lines: string[] = [];
  for (const [gi, pi] of pairs) {
    const g = article.claims[gi];
    const p = predicted[pi];
    if (!g || !p) continue;
    const tallies = [overall, tallyFor(g.type)];
    overall.predMatched++;
    tallyFor(p.type).predMatched++;
    const typeOk = g.type === p.type;
    const speakerOk = sameSpeaker(g.speaker, p.speaker);
    let figuresOk = 0;
    for (const gf of g.figures) {
      if (p.figures.some((pf) => sameValue(gf.value, pf.value))) figuresOk++;
    }
    for (const t of tallies) {
      t.matched++;
      if (typeOk) t.typeRight++;
      if (speakerOk) t.speakerRight++;
      t.figures += g.figures.length;
      t.figuresRight += figuresOk;
    }
    if (verbose && (!typeOk || !speakerOk || figuresOk < g.figures.length)) {
      const notes = [
        typeOk ? "" : `type ${p.type}≠${g.type}`,
        speakerOk ? "" : `speaker ${JSON.stringify(p.speaker)}≠${JSON.stringify(g.speaker)}`,
        figuresOk < g.figures.length ? `values [${p.figures.map((f) => f.value).join(", ")}] vs [${g.figures.map((f) => f.value).join(", ")}]` : "",
      ].filter(Boolean);
      lines.push(`  ~ ${JSON.stringify(g.quote.slice(0, 90))}: ${notes.join("; ")}`);
    }
  }
  if (verbose) {
    article.claims.forEach((g, i) => {
      if (!matchedGold.has(i)) lines.push(`  - MISS [${g.type}] ${JSON.stringify(g.quote.slice(0, 140))}`);
    });
    predicted.forEach((p, i) => {
      if (!matchedPred.has(i)) lines.push(`  + FP   [${p.type} ${p.score}] ${JSON.stringify(p.text.slice(0, 140))}`);
    });
    if (lines.length > 0) report.push(`${article.id}`, ...lines);
  }
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function metrics(t: Tally) {
  const precision = ratio(t.predMatched, t.predicted);
  const recall = ratio(t.matched, t.gold);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return {
    gold: t.gold,
    predicted: t.predicted,
    matched: t.matched,
    precision,
    recall,
    f1,
    typeAccuracy: ratio(t.typeRight, t.matched),
    valueAccuracy: ratio(t.figuresRight, t.figures),
    speakerAccuracy: ratio(t.speakerRight, t.matched),
  };
}

const rows: [string, ReturnType<typeof metrics>][] = [...byType.entries()].filter(([, t]) => t.gold + t.predicted > 0).map(([k, t]) => [k, metrics(t)]);
rows.push(["overall", metrics(overall)]);

if (asJson) {
  process.stdout.write(`${JSON.stringify({ articles: articles.length, metrics: Object.fromEntries(rows), faults: Object.fromEntries(faults) }, null, 2)}\n`);
} else {
  if (verbose) process.stdout.write(`${report.join("\n")}\n\n`);
  const fmt = (v: number | null): string => (v === null ? "   -" : v.toFixed(3));
  const header = ["type", "gold", "pred", "match", "prec", "recall", "F1", "type acc", "value acc", "speaker acc"];
  const widths = [13, 5, 5, 6, 6, 6, 6, 9, 10, 11];
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 8) : c.padStart(widths[i] ?? 8))).join(" ");
  const out = [`claims-dev: ${articles.length} articles (precision per predicted type, the rest per gold type)`, line(header)];
  for (const [name, m] of rows) {
    if (name === "overall") out.push("-".repeat(widths.reduce((a, b) => a + b + 1, 0)));
    out.push(line([name, String(m.gold), String(m.predicted), String(m.matched), fmt(m.precision), fmt(m.recall), fmt(m.f1), fmt(m.typeAccuracy), fmt(m.valueAccuracy), fmt(m.speakerAccuracy)]));
  }
  const faultNames = ["quote dateline", "quote connector", "statement dateline", "statement connector", "statement lower case", "speaker bare common noun"];
  out.push("", `faults (claims that cannot stand alone): ${faultNames.map((f) => `${f} ${faults.get(f) ?? 0}`).join(", ")}`);
  if (verbose) out.push(...faultExamples);
  process.stdout.write(`${out.join("\n")}\n`);
}
