import { readFileSync } from "node:fs";
import { extractFigures } from "../lib/extract";

const file = process.argv[2];
let text: string;
try {
  if (!file) throw new Error("usage: npm run figures -- FILE");
  text = readFileSync(file, "utf8");
} catch (error) {
  process.stderr.write(`figures: cannot read ${file ?? "(no file given)"}: ${error instanceof Error ? error.message : String(error)}\n`.replace(/\n(?!$)/g, " "));
  process.exit(2);
}

const figures = extractFigures(text);
process.stdout.write(`${JSON.stringify({ figures })}\n`);
