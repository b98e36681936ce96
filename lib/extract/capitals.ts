import { isCalendarWord } from "./calendar";
import { isPlaceWord } from "./names";

/** Lines this long in capitals are shouted prose, not an acronym or a short label. */
const MIN_WORDS = 4;

/** No lower-case letter, and at least `minWords` words in capitals. */
export function isInCapitals(s: string, minWords: number): boolean {
  return !/\p{Ll}/u.test(s) && (s.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= minWords;
}

/** Prose in capitals ends as a sentence does; a headline or a label in capitals is left as it is. */
function isShouted(line: string): boolean {
  return /[.!?]["”’)]?\s*$/.test(line.slice(-4)) && isInCapitals(line, MIN_WORDS);
}

/** `s` in lower case, every character keeping its length ("İ" lower-cases to two code units: it keeps its case), so offsets stay valid. */
export function lowerKeepingLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  return Array.from(s, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join("");
}

/**
 * A line in capitals in sentence case: its first letter, places, nationalities, days and months
 * keep their capital. Every character keeps its length, so offsets stay valid.
 */
export function toSentenceCase(line: string): string {
  let first = true;
  return line.replace(/\p{L}+/gu, (word) => {
    const lower = lowerKeepingLength(word);
    const keep = first || isPlaceWord(lower) || isCalendarWord(lower);
    first = false;
    return keep ? word.charAt(0) + lower.slice(1) : lower;
  });
}

/**
 * The text with every paragraph of prose written in capitals in sentence case, so that the
 * engine's cues, which read case, see a sentence; offsets into the result are offsets into the text.
 */
export function lowerShoutedParagraphs(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (isShouted(line)) {
      parts.push(text.slice(copied, lineStart), toSentenceCase(line));
      copied = lineEnd;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}
