/** Lines this long in capitals are shouted prose, not an acronym or a short label. */
const MIN_WORDS = 4;

/** Prose in capitals ends as a sentence does; a headline or a label in capitals is left as it is. */
function isShouted(line: string): boolean {
  return /[.!?]["”’)]?\s*$/.test(line.slice(-4)) && !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= MIN_WORDS;
}

/**
 * The text with every paragraph written in capitals in lower case, its first letter kept, so that
 * the engine's cues, which read case, see a sentence. Every character keeps its length, so offsets
 * into the result are offsets into the text.
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
      let lowered = "";
      let first = true;
      for (const ch of line) {
        const letter = /\p{L}/u.test(ch);
        const lower = ch.toLowerCase();
        lowered += (first && letter) || lower.length !== ch.length ? ch : lower;
        if (letter) first = false;
      }
      parts.push(text.slice(copied, lineStart), lowered);
      copied = lineEnd;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}
