import { readFileSync } from "node:fs";
import { extractClaims } from "../lib/extract";

const file = process.argv[2];
let text: string;
try {
  if (!file) throw new Error("usage: npm run claims -- FILE");
  text = readFileSync(file, "utf8");
} catch (error) {
  process.stderr.write(`claims: cannot read ${file ?? "(no file given)"}: ${error instanceof Error ? error.message : String(error)}\n`.replace(/\n(?!$)/g, " "));
  process.exit(2);
}

const claims = extractClaims(text).map((c) => ({
  start: c.start,
  end: c.end,
  text: c.text,
  statement: c.statement,
  type: c.type,
  score: c.score,
  speaker: c.speaker,
  figures: c.figures.map((f) => ({ start: f.start, end: f.end, value: f.value, unit: f.unit, qualifier: f.qualifier, kind: f.kind, direction: f.direction, period: f.period, refDate: f.refDate })),
}));
process.stdout.write(`${JSON.stringify({ claims })}\n`);
