/**
 * The gold development set in tests/fixtures/claims-dev/ and how extracted claims are scored against
 * it; shared by eval-claims and train-claims.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { CLAIM_TYPES, type ClaimType, type ExtractedClaim, type ExtractOptions, extractClaims } from "../lib/extract";
import { parsePublishedDate } from "../lib/import/dates";
import { type CheckworthyRow, candidatesOf, isGoldCandidate, parseCheckworthyTsv } from "../lib/extract/detector/dataset";
import { Detector } from "../lib/extract/detector/model";
import { buildExamples, RECIPE, type Recipe, trainFromExamples } from "../lib/extract/detector/recipe";
import { foldOf } from "../lib/extract/detector/train";
import type { Genre } from "../lib/extract/detector/features";
import { quoteTypeExamples } from "../lib/extract/type-model/data";
import type { TypeInput } from "../lib/extract/type-model/features";
import type { TypeExample } from "../lib/extract/type-model/train";
import type { ClaimTyper } from "../lib/extract/type-model";

export interface GoldFigure {
  value: number | null;
  unit: string | null;
  qualifier: string | null;
}

export interface GoldClaim {
  start: number;
  end: number;
  quote: string;
  type: string;
  speaker: string | null;
  statement?: string;
  figures: GoldFigure[];
}

export interface GoldArticle {
  id: string;
  /** "shared/datasets/ukraine-news-447.jsonl#<id>", "shared/seeds/<file>" or "written". */
  source?: string;
  /** File name in the fixtures folder. */
  file: string;
  text: string;
  claims: GoldClaim[];
}

/**
 * Parts of the development set, by file name, reported on their own: how a part does depends on
 * whether the engine's rules were designed on it. A part that is not `studied` is the measure of new
 * text, so `--verbose` never lists its misses.
 */
export const PARTS = [
  { name: "original", label: "original", studied: true },
  { name: "new", label: "new-*", studied: true },
  { name: "held", label: "held-*", studied: true },
  { name: "blind", label: "blind-*", studied: true },
  { name: "unseen", label: "unseen-*", studied: false },
  { name: "fresh", label: "fresh-*", studied: false },
] as const;
export type Part = (typeof PARTS)[number]["name"];

export function partOf(article: GoldArticle): Part {
  if (article.file.startsWith("unseen-")) return "unseen";
  if (article.file.startsWith("fresh-")) return "fresh";
  if (article.file.startsWith("blind-")) return "blind";
  if (article.file.startsWith("held-")) return "held";
  if (article.file.startsWith("new-")) return "new";
  return "original";
}

export function isStudied(article: GoldArticle): boolean {
  const part = partOf(article);
  return PARTS.some((p) => p.name === part && p.studied);
}

export interface Tally {
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

export const FIXTURES = path.resolve(import.meta.dirname, "../tests/fixtures/claims-dev");
const DATASETS = path.resolve(import.meta.dirname, "../../shared/datasets");

const CORPUS = path.join(DATASETS, "ukraine-news-447.jsonl");
let corpusDays: Map<string, string> | undefined;

/** Publication days of the corpus rows, read from their `date` field by the same parser as an import. */
function readCorpusDays(): Map<string, string> {
  const days = new Map<string, string>();
  for (const line of readFileSync(CORPUS, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const row = JSON.parse(line) as { id: string; date?: string };
    const published = row.date ? parsePublishedDate(row.date) : null;
    if (published) days.set(row.id, published.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * An article's claims as the product extracts them: an import of the corpus records each row's
 * `date` as the article's publication, and the engine resolves "on Tuesday" to it. Written
 * articles and seeds have no such record.
 */
export function extractArticle(article: GoldArticle, options: ExtractOptions = {}): ExtractedClaim[] {
  const corpusId = article.source?.startsWith("shared/datasets/ukraine-news-447.jsonl#") ? article.source.split("#")[1] : undefined;
  const publishedOn = corpusId ? (corpusDays ??= readCorpusDays()).get(corpusId) : undefined;
  return extractClaims(article.text, { ...options, publishedOn });
}

/** A CT24 split from ../shared/datasets; without it the script stops with a message naming the file. */
export function readCt24(file: string, script: string): CheckworthyRow[] {
  const where = path.join(DATASETS, file);
  try {
    return parseCheckworthyTsv(readFileSync(where, "utf8"));
  } catch {
    process.stderr.write(`${script}: cannot read ${where}\n`);
    process.exit(2);
  }
}

export function emptyTally(): Tally {
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
export function match(gold: GoldClaim[], predicted: ExtractedClaim[]): [number, number][] {
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

export function loadGold(dir = FIXTURES): GoldArticle[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return files.map((f) => {
    const data = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Omit<GoldArticle, "file">;
    return { ...data, id: data.id ?? f, file: f };
  });
}

/**
 * How the statements of matched claims compare with the labellers' statements: word F1 (lower-cased
 * runs of letters and digits, as a bag), whether the speaker is named in it, and whether a date
 * (month name or four-digit year) of the gold statement is kept.
 */
export interface StatementTally {
  matched: number;
  /** Sum over matched claims of the statement word F1. */
  wordF1: number;
  /** Matched claims with a gold speaker, and those whose statement names the predicted speaker. */
  spoken: number;
  speakerNamed: number;
  /** Matched claims without a gold speaker, and those whose statement names no speaker. */
  unspoken: number;
  speakerNotInvented: number;
  /** Matched claims whose gold statement holds a date, and those whose statement holds every one of them. */
  dated: number;
  dateKept: number;
}

export function emptyStatementTally(): StatementTally {
  return { matched: 0, wordF1: 0, spoken: 0, speakerNamed: 0, unspoken: 0, speakerNotInvented: 0, dated: 0, dateKept: 0 };
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function wordF1(predicted: string, gold: string): number {
  const p = words(predicted);
  const g = words(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const left = new Map<string, number>();
  for (const w of g) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of p) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Words that make a speaker a body rather than a person, whose last word alone would not name it. */
const BODY_WORDS = /\b(?:ministry|office|council|service|mission|agency|department|staff|command|commission|committee|institute|government|army|military|navy|police|forces?|guard|bank|fund|parliament|assembly|administration|embassy|union|nations|states|spokesperson|officials?|authorities|media|news|times|post|press)\b/i;

/** A person's name: two to four capitalised words, none of them naming a body. */
function isPersonName(speaker: string): boolean {
  const parts = speaker.trim().split(/\s+/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((w) => /^\p{Lu}/u.test(w)) && !BODY_WORDS.test(speaker);
}

export function namesSpeaker(text: string, speaker: string): boolean {
  const statement = text.replace(/’/g, "'");
  speaker = speaker.replace(/’/g, "'");
  const has = (name: string): boolean => new RegExp(`(?:^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu").test(statement);
  if (has(speaker.trim())) return true;
  const last = speaker.trim().split(/\s+/).pop() ?? "";
  return isPersonName(speaker) && last.length > 1 && has(last);
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_WORD = /\b(?:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|((?:19|20)\d\d)\b)/g;

/** The months ("m3") and years ("2024") a text names. */
export function datesIn(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(DATE_WORD)) out.add(m[1] ? `m${MONTH_NAMES.indexOf(m[1].slice(0, 3).toLowerCase()) + 1}` : (m[2] ?? ""));
  return out;
}

export function scoreStatement(into: StatementTally, gold: GoldClaim, predicted: ExtractedClaim): void {
  const goldStatement = gold.statement ?? gold.quote;
  into.matched++;
  into.wordF1 += wordF1(predicted.statement, goldStatement);
  const named = predicted.speaker !== null && namesSpeaker(predicted.statement, predicted.speaker);
  if (gold.speaker !== null) {
    into.spoken++;
    if (named) into.speakerNamed++;
  } else {
    into.unspoken++;
    if (!named) into.speakerNotInvented++;
  }
  const goldDates = datesIn(goldStatement);
  if (goldDates.size > 0) {
    into.dated++;
    const kept = datesIn(predicted.statement);
    if ([...goldDates].every((d) => kept.has(d))) into.dateKept++;
  }
}

export interface StatementMetrics {
  matched: number;
  wordF1: number | null;
  speakerNamed: number | null;
  speakerNotInvented: number | null;
  dateKept: number | null;
}

export function statementMetrics(t: StatementTally): StatementMetrics {
  return {
    matched: t.matched,
    wordF1: ratio(t.wordF1, t.matched),
    speakerNamed: ratio(t.speakerNamed, t.spoken),
    speakerNotInvented: ratio(t.speakerNotInvented, t.unspoken),
    dateKept: ratio(t.dateKept, t.dated),
  };
}

const STATEMENT_HEADER = ["", "match", "word F1", "speaker named", "no invented", "date kept"];
const STATEMENT_WIDTHS = [13, 6, 8, 14, 12, 10];

export function statementHeader(first: string, firstWidth: number): string {
  return tableLine([first, ...STATEMENT_HEADER.slice(1)], firstWidth, STATEMENT_WIDTHS);
}

export function statementRow(name: string, m: StatementMetrics, firstWidth: number): string {
  return tableLine([name, String(m.matched), fmt(m.wordF1), fmt(m.speakerNamed), fmt(m.speakerNotInvented), fmt(m.dateKept)], firstWidth, STATEMENT_WIDTHS);
}

/** Tallies per type (gold type, or predicted type for precision) and overall, for a set of articles. */
export class Scorer {
  readonly overall = emptyTally();
  readonly statements = emptyStatementTally();
  readonly byType = new Map<string, Tally>(CLAIM_TYPES.map((t) => [t, emptyTally()]));
  readonly report: string[] = [];
  /** Matched claims counted by gold type, then predicted type. */
  readonly confusion = new Map<string, Map<string, number>>();

  constructor(private readonly verbose = false) {}

  private tallyFor(type: string): Tally {
    let t = this.byType.get(type);
    if (!t) {
      t = emptyTally();
      this.byType.set(type, t);
    }
    return t;
  }

  add(article: GoldArticle, predicted: ExtractedClaim[]): void {
    const { overall } = this;
    const pairs = match(article.claims, predicted);
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPred = new Set(pairs.map(([, p]) => p));
    for (const g of article.claims) {
      overall.gold++;
      this.tallyFor(g.type).gold++;
    }
    for (const p of predicted) {
      overall.predicted++;
      this.tallyFor(p.type).predicted++;
    }
    const lines: string[] = [];
    const listed = this.verbose && isStudied(article);
    for (const [gi, pi] of pairs) {
      const g = article.claims[gi];
      const p = predicted[pi];
      if (!g || !p) continue;
      const tallies = [overall, this.tallyFor(g.type)];
      overall.predMatched++;
      this.tallyFor(p.type).predMatched++;
      const typeOk = g.type === p.type;
      const row = this.confusion.get(g.type) ?? new Map<string, number>();
      row.set(p.type, (row.get(p.type) ?? 0) + 1);
      this.confusion.set(g.type, row);
      const speakerOk = sameSpeaker(g.speaker, p.speaker);
      scoreStatement(this.statements, g, p);
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
      if (listed && (!typeOk || !speakerOk || figuresOk < g.figures.length)) {
        const notes = [
          typeOk ? "" : `type ${p.type}≠${g.type}`,
          speakerOk ? "" : `speaker ${JSON.stringify(p.speaker)}≠${JSON.stringify(g.speaker)}`,
          figuresOk < g.figures.length ? `values [${p.figures.map((f) => f.value).join(", ")}] vs [${g.figures.map((f) => f.value).join(", ")}]` : "",
        ].filter(Boolean);
        lines.push(`  ~ ${JSON.stringify(g.quote.slice(0, 90))}: ${notes.join("; ")}`);
      }
    }
    if (listed) {
      article.claims.forEach((g, i) => {
        if (!matchedGold.has(i)) lines.push(`  - MISS [${g.type}] ${JSON.stringify(g.quote.slice(0, 140))}`);
      });
      predicted.forEach((p, i) => {
        if (!matchedPred.has(i)) lines.push(`  + FP   [${p.type} ${p.score}] ${JSON.stringify(p.text.slice(0, 140))}`);
      });
      if (lines.length > 0) this.report.push(`${article.id}`, ...lines);
    }
  }
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export interface Metrics {
  gold: number;
  predicted: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  typeAccuracy: number | null;
  valueAccuracy: number | null;
  speakerAccuracy: number | null;
}

export function metrics(t: Tally): Metrics {
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

export const fmt = (v: number | null): string => (v === null ? "   -" : v.toFixed(3));

const HEADER = ["", "gold", "pred", "match", "prec", "recall", "F1", "type acc", "value acc", "speaker acc"];
const WIDTHS = [13, 5, 5, 6, 6, 6, 6, 9, 10, 11];

export function tableLine(cells: string[], firstWidth = WIDTHS[0] ?? 13, widths: readonly number[] = WIDTHS): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(firstWidth) : c.padStart(widths[i] ?? 8))).join(" ");
}

export function tableHeader(first: string, firstWidth = WIDTHS[0] ?? 13): string {
  return tableLine([first, ...HEADER.slice(1)], firstWidth);
}

export function tableRow(name: string, m: Metrics, firstWidth = WIDTHS[0] ?? 13): string {
  return tableLine([name, String(m.gold), String(m.predicted), String(m.matched), fmt(m.precision), fmt(m.recall), fmt(m.f1), fmt(m.typeAccuracy), fmt(m.valueAccuracy), fmt(m.speakerAccuracy)], firstWidth);
}

export function tableRule(firstWidth = WIDTHS[0] ?? 13): string {
  return "-".repeat(WIDTHS.slice(1).reduce((a, b) => a + b + 1, firstWidth));
}

/** Sentence-level "Yes": the engine finds a claim in the sentence, i.e. its best candidate reaches the threshold. */
export function sentenceScores(rows: readonly CheckworthyRow[], detector: Detector, genre: Genre = "speech"): { p: number; y: 0 | 1 }[] {
  return rows.map((row) => ({ p: Math.max(0, ...candidatesOf(row.text).map((c) => detector.score(c, genre))), y: row.label ? 1 : 0 }));
}

/**
 * CT24 train split into blocks of debates: sentence ids run through the debates, so blocks of 3,000
 * ids keep whole debates together, and a block scored by a detector trained on the others is read
 * as a new debate would be (CT24 dev, drawn from the same debates as train, overstates that).
 */
export const DEBATE_BLOCKS = 4;
export const debateBlockOf = (id: string): number => Math.floor(Number(id) / 3000) % DEBATE_BLOCKS;

/** Out-of-block sentence scores on CT24 train: each block scored by a detector trained on the other blocks and the development set. */
export function debateBlockScores(rows: readonly CheckworthyRow[], articles: readonly GoldArticle[], recipe: Recipe = RECIPE): { p: number; y: 0 | 1 }[] {
  const points: { p: number; y: 0 | 1 }[] = [];
  for (let block = 0; block < DEBATE_BLOCKS; block++) {
    const examples = buildExamples(rows.filter((r) => debateBlockOf(r.id) !== block), articles, recipe);
    const detector = new Detector(trainFromExamples([...examples.ct24, ...examples.news], recipe));
    points.push(...sentenceScores(rows.filter((r) => debateBlockOf(r.id) === block), detector));
  }
  return points;
}

/**
 * Folds by article for cross-validation: articles ordered by a hash of their id, then dealt out in
 * turn, so folds are balanced, do not depend on file order, and mostly keep their articles when files are added.
 */
export function foldsOf(articles: readonly { id: string }[], k: number): number[] {
  const order = articles.map((a, i) => ({ i, h: foldOf(a.id, 1 << 30, 0x5eed) })).sort((a, b) => a.h - b.h || a.i - b.i);
  const fold = new Array<number>(articles.length).fill(0);
  order.forEach(({ i }, rank) => {
    fold[i] = rank % k;
  });
  return fold;
}

/** The confusion matrix of types over matched claims: a row per gold type, a column per predicted type. */
export function formatConfusion(confusion: ReadonlyMap<string, ReadonlyMap<string, number>>): string {
  const types = [...CLAIM_TYPES] as string[];
  for (const [g, row] of confusion) for (const t of [g, ...row.keys()]) if (!types.includes(t)) types.push(t);
  const short = (t: string): string => t.slice(0, 5);
  const lines = [`  ${"gold \\ pred".padEnd(13)}${types.map((t) => short(t).padStart(6)).join("")}   acc`];
  for (const g of types) {
    const row = confusion.get(g);
    if (!row) continue;
    let total = 0;
    for (const n of row.values()) total += n;
    const right = row.get(g) ?? 0;
    lines.push(`  ${g.padEnd(13)}${types.map((t) => String(row.get(t) ?? 0).padStart(6)).join("")}  ${total > 0 ? (right / total).toFixed(3) : "  -  "}`);
  }
  return lines.join("\n");
}

/**
 * Training examples for the type model from one article: each gold claim that the engine finds (with
 * a detector that accepts exactly the gold candidates), as the engine passes it to the type model,
 * with the gold type; and each gold claim's own quote, so that claims the engine misses still teach.
 */
export function typeExamplesOf(article: GoldArticle): TypeExample[] {
  const inputs = new Map<string, TypeInput>();
  const typer: ClaimTyper = (input, rules, span) => {
    inputs.set(`${span.start}:${span.end}`, input);
    return rules;
  };
  const predicted = extractArticle(article, { scorer: (c) => (isGoldCandidate(c, article.claims) ? 1 : 0), typer });
  const out: TypeExample[] = [];
  for (const [gi, pi] of match(article.claims, predicted)) {
    const g = article.claims[gi];
    const p = predicted[pi];
    const input = p ? inputs.get(`${p.start}:${p.end}`) : undefined;
    if (g && input && (CLAIM_TYPES as readonly string[]).includes(g.type)) out.push({ input, type: g.type as ClaimType });
  }
  return [...out, ...quoteTypeExamples([article])];
}
