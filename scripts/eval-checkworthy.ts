/**
 * Check-worthiness on CT24 (debate sentences): a sentence is predicted "Yes" when extractClaims
 * finds any claim in it. Prints precision, recall and F1 of the "Yes" class.
 * Usage: npm run eval:checkworthy [-- FILE.tsv] [-- --verbose]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "../lib/extract";

/* CT24 files: a header row, tab-separated fields, fields possibly wrapped in double quotes with
   doubled quotes inside (never tabs or newlines). */
interface CheckworthyRow {
  id: string;
  text: string;
  label: boolean;
}

function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

function parseCheckworthyTsv(content: string): CheckworthyRow[] {
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines.shift() ?? "").split("\t").map((h) => h.trim().toLowerCase());
  const idAt = header.indexOf("sentence_id");
  const textAt = header.indexOf("text");
  const labelAt = header.indexOf("class_label");
  return lines.map((line) => {
    const cells = line.split("\t");
    return {
      id: cells[idAt] ?? "",
      text: unquote(cells[textAt] ?? ""),
      label: (cells[labelAt] ?? "").trim().toLowerCase() === "yes",
    };
  });
}

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const file = args.find((a) => !a.startsWith("--")) ?? path.resolve(root, "../shared/datasets/ct24-checkworthy-dev.tsv");

let content: string;
try {
  content = readFileSync(file, "utf8");
} catch {
  process.stderr.write(`eval-checkworthy: cannot read ${file}\n`);
  process.exit(2);
}

const rows = parseCheckworthyTsv(content);
let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
const mistakes: string[] = [];
for (const row of rows) {
  const predicted = extractClaims(row.text).length > 0;
  if (predicted && row.label) tp++;
  else if (predicted) fp++;
  else if (row.label) fn++;
  else tn++;
  if (verbose && predicted !== row.label) mistakes.push(`${row.label ? "FN" : "FP"} ${row.text}`);
}
const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
if (verbose) process.stdout.write(`${mistakes.join("\n")}\n\n`);
process.stdout.write(
  [
    `CT24 check-worthiness: ${path.basename(file)}, ${rows.length} sentences (${tp + fn} Yes)`,
    `predicted Yes ${tp + fp}: TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`,
    `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
  ].join("\n") + "\n",
);
