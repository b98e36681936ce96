import { parseDatedHeader } from "@/lib/extract";
import { datelineLength } from "@/lib/import/dateline";

const TITLE_MAX = 140;

export interface DerivedFields {
  title: string;
  publishedAt?: Date;
}

/**
 * Title and date when the importer gave none: the dated plain-text format carries the date in its
 * first line, and the first line (or its first sentence) reads as a headline.
 */
export function deriveArticleFields(text: string): DerivedFields {
  const header = parseDatedHeader(text);
  const body = header ? text.slice(header.bodyStart) : text;
  const opening = body.trim().split(/\r?\n/, 1)[0]?.trim() ?? "";
  const firstLine = opening.slice(datelineLength(opening)).trim();
  const firstSentence = firstLine.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? firstLine;
  const title = firstSentence.length > TITLE_MAX ? `${firstSentence.slice(0, TITLE_MAX - 1).trimEnd()}…` : firstSentence;
  return {
    title: title || "Untitled article",
    ...(header ? { publishedAt: new Date(`${header.date}T00:00:00Z`) } : {}),
  };
}
