export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** The spans covering this piece of text, innermost (latest-starting) last. */
  spanIds: string[];
}

/**
 * Cuts the text at every span boundary so overlapping spans can each be highlighted. Text before
 * `from` (a header token that is not article text) gets no segment; offsets stay into the whole text.
 */
export function segmentText(length: number, spans: readonly Span[], from = 0): Segment[] {
  const valid = spans.filter((span) => span.start >= from && span.end <= length && span.start < span.end);
  const cuts = new Set<number>([from, length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const spanIds = valid
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.start - b.start)
      .map((span) => span.id);
    segments.push({ start, end, spanIds });
  }
  return segments;
}
