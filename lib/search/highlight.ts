/** Control characters that cannot occur in stored text (the search strips them), marking matches in ts_headline output. */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";
export const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;
export const ARTICLE_HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "`;

export interface HighlightPart {
  text: string;
  match: boolean;
}

/** Splits a marked headline into plain and matched parts, so pages render matches without raw HTML. */
export function splitHighlight(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let current = "";
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_STOP) {
      if (current) parts.push({ text: current, match });
      current = "";
      match = ch === HIGHLIGHT_START;
    } else {
      current += ch;
    }
  }
  if (current) parts.push({ text: current, match });
  return parts;
}
