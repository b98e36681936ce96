import { extractClaims } from "../extract";
import type { Span } from "../types";
import { type Candidate, type FeatureOptions, featurize } from "./features";
import type { Example } from "./train";

/**
 * Training data for the detector, built the way the engine will see it: the candidate clauses the
 * engine proposes for a text (after its structural rules: headlines, questions and attributions
 * that only refer back are never candidates), each labelled from the gold data.
 */

/** Every candidate clause the engine would score in a text, in order. */
export function candidatesOf(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A threshold no score reaches: the engine scores every candidate and keeps none.
  extractClaims(text, {
    threshold: 2,
    scorer: (c) => {
      out.push(c);
      return 0;
    },
  });
  return out;
}

/* CT24 files: a header row, tab-separated fields, fields possibly wrapped in double quotes with
   doubled quotes inside (never tabs or newlines). */
export interface CheckworthyRow {
  id: string;
  text: string;
  label: boolean;
}

function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

export function parseCheckworthyTsv(content: string): CheckworthyRow[] {
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines.shift() ?? "").split("\t").map((h) => h.trim().toLowerCase());
  const idAt = header.indexOf("sentence_id");
  const textAt = header.indexOf("text");
  const labelAt = header.indexOf("class_label");
  return lines.map((line) => {
    const cells = line.split("\t");
    return {
      id: cells[idAt] ?? "",
      text: unquote(cells[textAt] ?? ""),
      label: (cells[labelAt] ?? "").trim().toLowerCase() === "yes",
    };
  });
}

export interface GoldArticle {
  id: string;
  text: string;
  claims: Span[];
}

/** Share of the shorter span that two spans have in common. */
function coverage(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}

/** A candidate is a claim when half of it, or half of a gold claim, lies in the other. */
export function isGoldCandidate(c: Candidate, gold: readonly Span[]): boolean {
  const span = { start: c.start, end: c.start + c.text.length };
  return gold.some((g) => coverage(span, g) >= 0.5);
}

export interface DataOptions {
  features: FeatureOptions;
  /** Weight of one news (development set) candidate relative to one CT24 sentence. */
  newsWeight: number;
}

/** CT24 debates: every candidate of a sentence takes the sentence's label, the weight shared among them. */
export function ct24Examples(rows: readonly CheckworthyRow[], options: DataOptions): Example[] {
  const out: Example[] = [];
  for (const row of rows) {
    const candidates = candidatesOf(row.text);
    // Sentence ids run through each debate: blocks of 500 keep neighbouring sentences in one fold.
    const group = `ct24:${Math.floor(Number(row.id) / 500) || row.id}`;
    for (const c of candidates) {
      out.push({ x: featurize(c, options.features, "speech"), y: row.label ? 1 : 0, weight: 1 / candidates.length, group, genre: "speech" });
    }
  }
  return out;
}

export function newsExamples(articles: readonly GoldArticle[], options: DataOptions): Example[] {
  const out: Example[] = [];
  for (const article of articles) {
    for (const c of candidatesOf(article.text)) {
      out.push({ x: featurize(c, options.features, "news"), y: isGoldCandidate(c, article.claims) ? 1 : 0, weight: options.newsWeight, group: `news:${article.id}`, genre: "news" });
    }
  }
  return out;
}
