/**
 * Scores the quantity parser against the gold sentences in tests/fixtures/quantities/*.jsonl.
 * Usage: npm run eval:quantities [-- --dir DIR] [-- --slice tune[,held-out,fresh]] [-- --verbose] [-- --json]
 * Every file is split by sentence id into a "tune" half and a "held-out" half, reported apart;
 * fresh.jsonl is a third slice, "fresh", labelled after the held-out half had been read several times
 * and committed before the parser first ran on it. --verbose lists the misses of the tune half only,
 * so the held-out and fresh slices stay unseen.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractFigures } from "../lib/extract";
import { type GoldSentence, type Miss, type Tally, addTally, emptyTally, halfOf, scoreSentence, scores } from "./quantity-score";

const root = path.resolve(import.meta.dirname, "..");
const dirArg = process.argv.indexOf("--dir");
const dir = path.resolve(root, dirArg >= 0 ? (process.argv[dirArg + 1] ?? "") : "tests/fixtures/quantities");
const verbose = process.argv.includes("--verbose");
const asJson = process.argv.includes("--json");
const sliceArg = process.argv.indexOf("--slice");
// While working on the parser, `--slice tune` scores the tune half alone, so no other figure is seen.
const wanted = new Set(sliceArg >= 0 ? (process.argv[sliceArg + 1] ?? "").split(",") : ["tune", "held-out", "fresh"]);

let files: string[];
try {
  files = readdirSync(dir).filter((name) => name.endsWith(".jsonl")).sort();
} catch {
  files = [];
}
if (files.length === 0) {
  process.stderr.write(`eval:quantities: no .jsonl gold files in ${dir}\n`);
  process.exit(2);
}

const HALVES = ["tune", "held-out", "fresh"] as const;
const FRESH_FILE = "fresh.jsonl";
const rows: { file: string; half: (typeof HALVES)[number]; tally: Tally }[] = [];
const tuneMisses: Miss[] = [];
for (const file of files) {
  const tallies = { tune: emptyTally(), "held-out": emptyTally(), fresh: emptyTally() };
  const lines = readFileSync(path.join(dir, file), "utf8").split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let sentence: GoldSentence;
    try {
      sentence = JSON.parse(line) as GoldSentence;
    } catch {
      process.stderr.write(`eval:quantities: ${file}:${index + 1}: not JSON, skipped\n`);
      return;
    }
    const half = file === FRESH_FILE ? "fresh" : halfOf(String(sentence.id));
    if (!wanted.has(half)) return;
    const misses: Miss[] = [];
    scoreSentence(sentence, extractFigures(sentence.text), tallies[half], misses);
    if (half === "tune") tuneMisses.push(...misses);
  });
  for (const half of HALVES) if (tallies[half].sentences > 0) rows.push({ file, half, tally: tallies[half] });
}
for (const half of HALVES) {
  const total = emptyTally();
  for (const row of rows) if (row.half === half) addTally(total, row.tally);
  if (total.sentences > 0) rows.push({ file: "all", half, tally: total });
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(rows.map((row) => ({ ...row, scores: scores(row.tally) })), null, 2)}\n`);
  process.exit(0);
}

if (verbose) {
  const show = (q: Miss["gold"]) => (q ? `"${q.text}" value=${q.value} low=${q.low} high=${q.high} unit=${q.unit} kind=${q.kind ?? "level"} dir=${q.direction ?? null} period=${q.period ?? null}` : "—");
  for (const miss of tuneMisses) {
    process.stdout.write(`[${miss.what}] ${miss.id}: ${miss.text}\n  gold: ${show(miss.gold)}\n  pred: ${show(miss.predicted)}\n`);
  }
  process.stdout.write("\n");
}

const header = ["file", "half", "sents", "gold", "pred", "match", "prec", "recall", "F1", "unit", "kind", "dir", "period"];
const table = rows.map(({ file, half, tally }) => {
  const s = scores(tally);
  return [file, half, tally.sentences, tally.gold, tally.predicted, tally.matched, s.precision, s.recall, s.f1, s.unit, s.kind, s.direction, s.period].map((cell) =>
    typeof cell === "number" && !Number.isInteger(cell) ? cell.toFixed(3) : String(cell),
  );
});
const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => row[column]!.length)));
const format = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
process.stdout.write(`${[format(header), ...table.map(format)].join("\n")}\n`);
