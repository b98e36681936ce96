/**
 * Writes lib/extract/common-words.json: the words that running text writes in lower case, from the
 * 447-article news corpus and CT24 train (../shared/datasets/). A word counts when it is written in
 * lower case at least twice and capitalised inside a sentence at most a tenth as often ("officials",
 * "inflation"; not "Russia", "Monday", or "President", which is mostly a title). Statements lower the
 * first word of a clause after "X said" only if it is common: "Analysts said inflation rose", never
 * "Analysts said tesla shares rose". Deterministic: the same data gives the same bytes.
 * Usage: npm run build:common-words [-- --check]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const datasets = path.resolve(root, "../shared/datasets");
const out = path.join(root, "lib/extract/common-words.json");
const MIN_LOWER = 2;
const MAX_CAPITALISED_SHARE = 0.1;

const texts = [
  ...readFileSync(path.join(datasets, "ukraine-news-447.jsonl"), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { text: string }).text),
  ...readFileSync(path.join(datasets, "ct24-checkworthy-train.tsv"), "utf8").trim().split("\n").slice(1).map((line) => line.split("\t")[1] ?? ""),
];

const lower = new Map<string, number>();
const capitalisedInside = new Map<string, number>();
const add = (counts: Map<string, number>, word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
for (const text of texts) {
  // A capital after a sentence's end or a quotation mark may be the sentence's own, so only one after
  // a word or a comma counts as a name's.
  let insideSentence = false;
  for (const match of text.matchAll(/(\p{L}+(?:['’-]\p{L}+)*)|([.!?:;"“”\n])|(,)/gu)) {
    const word = match[1];
    if (word !== undefined) {
      const lowered = word.toLowerCase();
      if (word === lowered) add(lower, lowered);
      else if (insideSentence) add(capitalisedInside, lowered);
    }
    insideSentence = match[2] === undefined;
  }
}
const words = [...lower]
  .filter(([word, count]) => count >= MIN_LOWER && (capitalisedInside.get(word) ?? 0) <= count * MAX_CAPITALISED_SHARE)
  .map(([word]) => word)
  .sort();
const file = `${JSON.stringify({ format: "claimdesk-common-words/1", source: "ukraine-news-447.jsonl and ct24-checkworthy-train.tsv", words: words.join(" ") })}\n`;

if (process.argv.includes("--check")) {
  const same = readFileSync(out, "utf8") === file;
  process.stdout.write(`build:common-words: ${same ? "same bytes" : "differs from the committed file"}\n`);
  process.exit(same ? 0 : 1);
}
writeFileSync(out, file);
process.stdout.write(`build:common-words: wrote ${words.length} words to ${path.relative(root, out)}\n`);
