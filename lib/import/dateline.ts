import { parseDatedHeader } from "@/lib/extract";

// "(MENAFN- UkrinForm)": the syndication tag names the outlet that wrote the story.
const MENAFN = /^\(MENAFN\s*-\s*([^()\n]{2,40}?)\s*\)/;
// "KYIV (Wire) —", "MINSK, 24 April (BelTA) –", "Dubai, United Arab Emirates (CNN)-": a place in
// capitals or title case, an optional date, the agency in brackets, then a dash.
const DATELINE = /^[A-Z][\p{L}.' -]{1,40}(?:,[\p{L}\d .'-]{1,40})?\s*\(([^()\n]{2,40}?)\)\s*[-–—]/u;
const LINES_TO_LOOK_AT = 3;

/** How many characters a dateline takes at the start of `line` (0 when it has none), so a headline can skip it. */
export function datelineLength(line: string): number {
  const match = MENAFN.exec(line) ?? DATELINE.exec(line);
  return match ? match[0].length : 0;
}

/** The outlet named by a dateline at the start of the article, when there is one. */
export function findDatelineOutlet(text: string): string | undefined {
  const header = parseDatedHeader(text);
  const body = header ? text.slice(header.bodyStart) : text;
  const lines = body.slice(0, 600).split(/\n/).map((line) => line.trim()).filter(Boolean).slice(0, LINES_TO_LOOK_AT);
  for (const line of lines) {
    const match = MENAFN.exec(line) ?? DATELINE.exec(line);
    if (match?.[1]) return match[1].trim();
  }
  return undefined;
}
