/**
 * How far two labellers agree on the claims of the same articles, beside how far the engine agrees
 * with each of them there. tests/fixtures/claims-agreement/ holds a second labelling of some
 * development-set articles (same file names and format), made from GUIDELINES.md by people who saw
 * neither the first labels nor the engine. What two careful people reach is the most a score
 * against one of them can mean: a target above it measures one labeller's habits, not skill.
 * The engine is run with a detector and a type model trained without these articles, as on new text.
 * Usage: npm run eval:agreement [-- --json]
 */
import path from "node:path";
import type { ExtractedClaim } from "../lib/extract";
import { Detector } from "../lib/extract/detector/model";
import { buildExamples, trainFromExamples } from "../lib/extract/detector/recipe";
import { typeByModel } from "../lib/extract/type-model";
import { roundTripTypeModel } from "../lib/extract/type-model/model";
import { trainTypeModel } from "../lib/extract/type-model/train";
import { extractArticle, typeExamplesOf, type GoldArticle, type GoldClaim, loadGold, match, type Metrics, metrics, PARTS, partOf, readCt24, Scorer, statementHeader, statementMetrics, statementRow, tableHeader, tableRow } from "./claims-dev";

const root = path.resolve(import.meta.dirname, "..");
const asJson = process.argv.includes("--json");

const first = loadGold();
const second = loadGold(path.join(root, "tests/fixtures/claims-agreement"));
const firstByFile = new Map(first.map((a) => [a.file, a]));
const pairs = second.map((b) => {
  const a = firstByFile.get(b.file);
  if (!a || a.text !== b.text) {
    process.stderr.write(`eval-agreement: ${b.file} is not an article of the development set with the same text\n`);
    process.exit(2);
  }
  return { first: a, second: b };
});
if (pairs.length === 0) {
  process.stderr.write("eval-agreement: no second labelling in tests/fixtures/claims-agreement\n");
  process.exit(2);
}

/** A labeller's claims in the shape the scorer compares with gold. */
function asExtracted(claims: readonly GoldClaim[]): ExtractedClaim[] {
  return claims.map((c) => ({
    start: c.start,
    end: c.end,
    text: c.quote,
    statement: c.statement ?? c.quote,
    type: c.type as ExtractedClaim["type"],
    score: 1,
    speaker: c.speaker,
    figures: c.figures.map((f) => ({ start: 0, end: 0, text: "", value: f.value, unit: f.unit, qualifier: f.qualifier as ExtractedClaim["figures"][number]["qualifier"], low: null, high: null, kind: "level", direction: null, period: null, refDate: null })),
  }));
}

const rows = readCt24("ct24-checkworthy-train.tsv", "eval-agreement");
const labelled = new Set(pairs.map((p) => `news:${p.first.id}`));
const examples = buildExamples(rows, first);
const detector = new Detector(trainFromExamples([...examples.ct24, ...examples.news.filter((e) => !labelled.has(e.group))]));
/** Types, likewise, from a type model trained without the articles labelled twice. */
const labelledFiles = new Set(pairs.map((p) => p.first.file));
const typer = typeByModel(roundTripTypeModel(trainTypeModel(first.filter((a) => !labelledFiles.has(a.file)).flatMap(typeExamplesOf))));

type Comparison = "second labeller vs first" | "engine vs first labeller" | "engine vs second labeller";
const COMPARISONS: Comparison[] = ["second labeller vs first", "engine vs first labeller", "engine vs second labeller"];
const scorers = new Map<Comparison, { all: Scorer; byPart: Map<string, Scorer> }>(COMPARISONS.map((c) => [c, { all: new Scorer(), byPart: new Map() }]));
const add = (comparison: Comparison, reference: GoldArticle, claims: ExtractedClaim[]): void => {
  const s = scorers.get(comparison);
  if (!s) return;
  s.all.add(reference, claims);
  const part = partOf(reference);
  if (!s.byPart.has(part)) s.byPart.set(part, new Scorer());
  s.byPart.get(part)?.add(reference, claims);
};

for (const pair of pairs) {
  const engine = extractArticle(pair.first, { scorer: (c) => detector.score(c), typer });
  add("second labeller vs first", pair.first, asExtracted(pair.second.claims));
  add("engine vs first labeller", pair.first, engine);
  add("engine vs second labeller", pair.second, engine);
}

/**
 * Cohen's kappa of the two labellers' types on the claims both marked: agreement beyond what their
 * type frequencies alone would give.
 */
function typeKappa(): number | null {
  const counts = new Map<string, { a: number; b: number }>();
  let same = 0;
  let n = 0;
  for (const pair of pairs) {
    for (const [gi, pi] of match(pair.first.claims, asExtracted(pair.second.claims))) {
      const a = pair.first.claims[gi]?.type;
      const b = pair.second.claims[pi]?.type;
      if (!a || !b) continue;
      n++;
      if (a === b) same++;
      for (const [type, side] of [[a, "a"], [b, "b"]] as const) {
        const c = counts.get(type) ?? { a: 0, b: 0 };
        c[side]++;
        counts.set(type, c);
      }
    }
  }
  if (n === 0) return null;
  let chance = 0;
  for (const c of counts.values()) chance += (c.a / n) * (c.b / n);
  return chance === 1 ? null : (same / n - chance) / (1 - chance);
}

const parts = PARTS.filter((part) => pairs.some((p) => partOf(p.first) === part.name));
const kappa = typeKappa();
if (asJson) {
  const out: Record<string, { overall: Metrics; parts: Record<string, Metrics> }> = {};
  for (const [name, s] of scorers) out[name] = { overall: metrics(s.all.overall), parts: Object.fromEntries([...s.byPart].map(([part, p]) => [part, metrics(p.overall)])) };
  process.stdout.write(`${JSON.stringify({ articles: pairs.length, comparisons: out, typeKappa: kappa }, null, 2)}\n`);
} else {
  const width = 36;
  const lines = [
    `claims-agreement: ${pairs.length} articles labelled twice (${parts.map((part) => `${part.label} ${pairs.filter((p) => partOf(p.first) === part.name).length}`).join(", ")}); the engine's detector and type model are trained without them`,
    "the first named is scored as the prediction, the second as gold (F1 is the same either way round)",
    tableHeader("", width),
  ];
  for (const [name, s] of scorers) {
    lines.push(tableRow(name, metrics(s.all.overall), width));
    for (const part of parts) {
      const p = s.byPart.get(part.name);
      if (p) lines.push(tableRow(`  ${part.label}`, metrics(p.overall), width));
    }
  }
  lines.push(`type agreement of the two labellers beyond chance (Cohen's kappa, matched claims): ${kappa === null ? "-" : kappa.toFixed(3)}`);
  lines.push("", statementHeader("statements", width));
  for (const [name, s] of scorers) lines.push(statementRow(name, statementMetrics(s.all.statements), width));
  process.stdout.write(`${lines.join("\n")}\n`);
}
