import { readFileSync } from "node:fs";
import path from "node:path";

/** The 447 news articles' texts from ../shared/datasets, and their size in bytes; exits with 2 when the file is missing. */
export function newsCorpus(bench: string): { texts: string[]; bytes: number } {
  const file = path.resolve(import.meta.dirname, "../../shared/datasets/ukraine-news-447.jsonl");
  let texts: string[];
  try {
    texts = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    process.stderr.write(`${bench}: cannot read ${file}\n`);
    process.exit(2);
  }
  return { texts, bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0) };
}

/** `--passes N` from the command line, or the default. */
export function passesOption(fallback: number): number {
  const at = process.argv.indexOf("--passes");
  return at >= 0 ? Math.max(1, Number(process.argv[at + 1]) || fallback) : fallback;
}
