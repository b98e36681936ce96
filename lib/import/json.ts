import { ENCODING_REASON, readLines, type Line } from "./lines";
import { recordToArticle } from "./record";
import type { ByteSource, ParseLimits, ParsedItem } from "./types";

// Room for the JSON around an article's text (field names, escapes) before a line is refused unread.
const lineCap = (limits: ParseLimits) => limits.maxArticleBytes * 2 + 64 * 1024;

function toItem(file: string, line: number, json: string, limits: ParseLimits): ParsedItem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, file, line, reason: `not valid JSON (${(error as Error).message.replace(/\s+in JSON at position.*$/, "")})` };
  }
  const result = recordToArticle(value, limits);
  return result.ok ? { ok: true, file, line, article: result.article } : { ok: false, file, line, reason: result.reason };
}

function lineProblem(file: string, line: Line, limits: ParseLimits): ParsedItem | null {
  if (line.tooLong) return { ok: false, file, line: line.number, reason: `line is over the limit of ${lineCap(limits)} bytes` };
  if (!line.valid) return { ok: false, file, line: line.number, reason: ENCODING_REASON };
  return null;
}

/** JSON Lines: one article object per line; blank lines are skipped. */
export async function* parseJsonLines(file: string, source: ByteSource, limits: ParseLimits): AsyncGenerator<ParsedItem> {
  for await (const line of readLines(source, lineCap(limits))) {
    const problem = lineProblem(file, line, limits);
    if (problem) {
      yield problem;
      continue;
    }
    if (line.text.trim() === "") continue;
    yield toItem(file, line.number, line.text, limits);
  }
}

/**
 * A .json file: an array of article objects, or objects one after another (a single object is the
 * simplest case). Elements are cut out of the stream one at a time, so a large array is never
 * held as objects all at once; each is reported at the line where it starts.
 */
export async function* parseJsonDocument(file: string, source: ByteSource, limits: ParseLimits): AsyncGenerator<ParsedItem> {
  const cap = lineCap(limits);
  let mode: "start" | "array" | "objects" | "end" = "start";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = "";
  let elementLine = 0;
  let elementBad: string | null = null;
  let lastLine = 0;
  // Depth at which elements sit: inside the array's brackets, or at the top for a sequence of objects.
  const base = () => (mode === "array" ? 1 : 0);
  const emit = (): ParsedItem | null => {
    const text = element.trim();
    const bad = elementBad;
    element = "";
    elementBad = null;
    if (!text) return null;
    if (bad) return { ok: false, file, line: elementLine, reason: bad };
    return toItem(file, elementLine, text, limits);
  };

  for await (const line of readLines(source, cap)) {
    lastLine = line.number;
    if (line.tooLong || !line.valid) {
      // The structure of the rest cannot be trusted past a line we could not read.
      yield lineProblem(file, line, limits)!;
      return;
    }
    const text = `${line.text}\n`;
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!;
      if (mode === "end") {
        if (!/\s/.test(char)) {
          yield { ok: false, file, line: line.number, reason: "unexpected text after the end of the JSON array" };
          return;
        }
        continue;
      }
      if (mode === "start") {
        if (/\s/.test(char)) continue;
        mode = char === "[" ? "array" : "objects";
        if (mode === "array") {
          depth = 1;
          continue;
        }
      }
      const atBase = depth === base() && !inString;
      if (atBase && /\s/.test(char) && element === "") continue;
      if (atBase && mode === "array" && (char === "," || char === "]")) {
        const item = emit();
        if (item) yield item;
        else if (char === ",") {
          yield { ok: false, file, line: line.number, reason: "not valid JSON (empty array element)" };
          return;
        }
        if (char === "]") mode = "end";
        continue;
      }
      if (element === "") elementLine = line.number;
      element += char;
      if (element.length > cap && !elementBad) elementBad = `record is over the limit of ${cap} bytes`;
      if (elementBad) element = element.slice(-1);
      if (inString) {
        if (escaped) escaped = false;
        else if (char === "\\") escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === '"') inString = true;
      else if (char === "{" || char === "[") depth++;
      else if (char === "}" || char === "]") {
        depth--;
        if (depth < base()) {
          yield { ok: false, file, line: line.number, reason: "not valid JSON (unbalanced brackets)" };
          return;
        }
        if (mode === "objects" && depth === 0) {
          const item = emit();
          if (item) yield item;
        }
      }
    }
  }
  if (mode === "array") yield { ok: false, file, line: lastLine, reason: "not valid JSON (the array is not closed)" };
  else if (element.trim()) {
    const item = emit();
    if (item) yield item;
  }
}
