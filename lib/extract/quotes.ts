import type { Span } from "./types";

/** Quotes left open longer than this are treated as stray marks, not as quoted speech. */
const MAX_QUOTE_LENGTH = 4000;

/** The characters findQuotes acts on. */
const MARK_OR_BREAK = /[\n‘’″“”"]/g;

/**
 * Finds quoted passages (the span includes the quotation marks). News quotes may run over
 * paragraph breaks, with or without a reopening mark, so a quote stays open until it closes, a
 * new one opens, or it grows implausibly long. One forward pass: linear in the text length.
 */
export function findQuotes(text: string, from = 0): Span[] {
  const quotes: Span[] = [];
  let openAt = -1;
  let lastParagraphEnd = -1;
  const closeOpen = (at: number): void => {
    if (openAt >= 0 && at > openAt) quotes.push({ start: openAt, end: at });
    openAt = -1;
  };
  for (let i = from; i < text.length; i++) {
    // Only quotation marks and line breaks matter: jump to the next one instead of testing every character.
    MARK_OR_BREAK.lastIndex = i;
    const found = MARK_OR_BREAK.exec(text);
    if (found === null) break;
    i = found.index;
    const ch = found[0];
    if (ch === "\n") {
      if (openAt >= 0 && i - openAt > MAX_QUOTE_LENGTH) closeOpen(lastParagraphEnd > openAt ? lastParagraphEnd : i);
      lastParagraphEnd = i;
      continue;
    }
    if (ch === "‘" && text[i + 1] === "‘") {
      // Doubled single marks used as double quotes: ‘‘…’’.
      if (openAt >= 0) closeOpen(lastParagraphEnd > openAt ? lastParagraphEnd : i);
      openAt = i;
      i++;
    } else if (ch === "’" && text[i + 1] === "’") {
      if (openAt >= 0) closeOpen(i + 2);
      i++;
    } else if (ch === "″") {
      if (openAt >= 0) closeOpen(i + 1);
    } else if (ch === "“") {
      // A new opening mark while one is open: news style reopens a quote on each paragraph.
      if (openAt >= 0) closeOpen(lastParagraphEnd > openAt ? lastParagraphEnd : i);
      openAt = i;
    } else if (ch === "”") {
      if (openAt >= 0) closeOpen(i + 1);
    } else if (ch === '"') {
      if (openAt >= 0 && text[openAt] === '"' && !(lastParagraphEnd > openAt && isOpeningPosition(text, i))) {
        closeOpen(i + 1);
      } else {
        if (openAt >= 0) closeOpen(lastParagraphEnd > openAt ? lastParagraphEnd : i);
        openAt = i;
      }
    }
  }
  if (openAt >= 0) {
    const paragraphEnd = text.indexOf("\n", openAt);
    closeOpen(paragraphEnd < 0 ? text.length : paragraphEnd);
  }
  return quotes;
}

/** A straight quote at the start of a paragraph opens a new quote rather than closing one. */
function isOpeningPosition(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
  return j < 0 || text[j] === "\n";
}
