export type SpanCheck = { ok: true; quote: string } | { ok: false; fields: Record<string, string[]> };

/** A claim's span must lie inside the article and cover some text; its quote always comes from the article. */
export function checkSpan(text: string, start: number, end: number): SpanCheck {
  if (!Number.isInteger(start) || start < 0 || start >= text.length) {
    return { ok: false, fields: { start: [`start must be between 0 and ${Math.max(text.length - 1, 0)}`] } };
  }
  if (!Number.isInteger(end) || end <= start || end > text.length) {
    return { ok: false, fields: { end: [`end must be after start and at most ${text.length}`] } };
  }
  const quote = text.slice(start, end);
  if (quote.trim() === "") return { ok: false, fields: { end: ["the span covers only whitespace"] } };
  return { ok: true, quote };
}

/** Narrows a span so it neither starts nor ends on whitespace (selections often grab a trailing space). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** The quote with some article text either side, for reading a claim in context. */
export function contextAround(text: string, start: number, end: number, chars = 240) {
  const from = Math.max(0, start - chars);
  const to = Math.min(text.length, end + chars);
  return {
    before: `${from > 0 ? "…" : ""}${text.slice(from, start)}`,
    quote: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? "…" : ""}`,
  };
}
