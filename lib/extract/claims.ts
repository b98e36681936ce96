import { type Attribution, findAttribution } from "./attribution";
import { classify } from "./classify";
import { scoreClause } from "./checkworthy";
import { type ScannedFigure, scanFigures } from "./figures";
import { parseDatedHeader } from "./header";
import { type NameMention, collectNames } from "./names";
import { findQuotes } from "./quotes";
import { splitSentences } from "./sentences";
import { type QuoteSpeaker, SpeakerContext } from "./speakers";
import { type Token, tokenize } from "./tokens";
import type { ExtractedClaim, ExtractedFigure, Span } from "./types";

/** Below this check-worthiness score a candidate clause is not reported as a claim. */
export const CLAIM_THRESHOLD = 0.5;

const QUOTE_CHARS = new Set(['"', "“", "”", "‘", "’", "'", "«", "»"]);
const LEADING_MARKS = new Set(["-", "–", "—", "•", ">", "*", "·"]);
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…", " ", "\t", "\n", "\r", "\u00a0", "-", "–", "—"]);
const LEADING_CONNECTIVES = /^(and|but|however|meanwhile|moreover|furthermore|also|still|yet|so|in addition|additionally|besides|indeed|in fact|now|then|thus|therefore|hence)\b[,]?\s+/i;
/** Words that may join the items of a list; "or" is left out: "35%, or 8.9 million people" restates. */
const LIST_JOINERS = new Set([",", "and", "as", "well", "plus", "including", "while"]);
const CLAUSE_BREAKS =
  /;|,\s+(?:and|but|while|whereas|with)\s+|\s+while\s+|\s+whereas\s+|,\s+(?=(?:killing|wounding|injuring|leaving|forcing|destroying|damaging)\b)|\s+and\s+(?=(?:killing|wounding|injuring|leaving|destroying|damaging)\b)/g;

/** Participles that may close a list item ("five people killed and 18 injured"). */
const ITEM_PARTICIPLES = new Set("killed injured wounded dead missing destroyed damaged captured arrested displaced evacuated detained".split(" "));

interface Sentence extends Span {
  tokens: Token[];
  inQuote: boolean[];
  paragraph: number;
  headline: boolean;
}

interface Article {
  text: string;
  tokens: Token[];
  figures: ScannedFigure[];
  quotes: Span[];
  names: NameMention[];
  sentences: Sentence[];
}

function toPublicFigure(f: ScannedFigure): ExtractedFigure {
  return { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, low: f.low, high: f.high };
}

/** Narrows a span past quotation marks, whitespace, connectives and final punctuation. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  for (let guard = 0; guard < 4 && start < end; guard++) {
    while (start < end && (QUOTE_CHARS.has(text[start] ?? "") || LEADING_MARKS.has(text[start] ?? "") || /\s/.test(text[start] ?? ""))) start++;
    if (text[start] === "(") {
      // A leading source tag such as "(MENAFN- UkrinForm)".
      const close = text.indexOf(")", start);
      if (close > start && close < end && close - start < 60) {
        start = close + 1;
        continue;
      }
    }
    const lead = LEADING_CONNECTIVES.exec(text.slice(start, Math.min(end, start + 40)));
    if (lead && lead[0].length < end - start) {
      start += lead[0].length;
      continue;
    }
    break;
  }
  while (end > start && (TRAILING.has(text[end - 1] ?? "") || QUOTE_CHARS.has(text[end - 1] ?? ""))) end--;
  return { start, end };
}

function paragraphIsHeadline(text: string, from: number, to: number): boolean {
  const para = text.slice(from, to).trim();
  if (para === "") return false;
  const last = para[para.length - 1] ?? "";
  const words = para.split(/\s+/).length;
  if (/^(photo|image|credit|read also|read more|see also|source|follow|subscribe|video|watch)\b/i.test(para)) return true;
  return !/[.!?”"'’)…:]/.test(last) && words <= 25;
}

function prepare(text: string): Article {
  const header = parseDatedHeader(text);
  const bodyStart = header ? header.bodyStart : 0;
  const tokens = tokenize(text, bodyStart);
  const figures = scanFigures(text, tokens);
  const quotes = findQuotes(text, bodyStart);
  const names = collectNames(text, tokens);
  const spans = splitSentences(text);
  const sentences: Sentence[] = [];
  let t = 0;
  let q = 0;
  let paragraph = 0;
  let nextNewline = text.indexOf("\n", bodyStart);
  let paraStart = bodyStart;
  let paraHeadline: boolean | null = null;
  const firstLineEnd = header ? (text.indexOf("\n", bodyStart) + 1 || text.length) : -1;
  for (const span of spans) {
    while (nextNewline >= 0 && nextNewline < span.start) {
      paragraph++;
      paraStart = nextNewline + 1;
      paraHeadline = null;
      nextNewline = text.indexOf("\n", nextNewline + 1);
    }
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    const from = t;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < span.end) t++;
    const sentTokens = tokens.slice(from, t);
    const inQuote = sentTokens.map((tok) => {
      while (q < quotes.length && (quotes[q]?.end ?? 0) <= tok.start) q++;
      const quote = quotes[q];
      return quote !== undefined && tok.start > quote.start && tok.end < quote.end;
    });
    if (paraHeadline === null) {
      const paraEnd = text.indexOf("\n", span.start);
      paraHeadline = paragraphIsHeadline(text, paraStart, paraEnd < 0 ? text.length : paraEnd);
    }
    sentences.push({
      ...span,
      tokens: sentTokens,
      inQuote,
      paragraph,
      headline: span.start < firstLineEnd || paraHeadline,
    });
  }
  return { text, tokens, figures, quotes, names, sentences };
}

/** Figures whose number lies inside the span, in order. */
function figuresIn(figures: ScannedFigure[], span: Span, cursor: { i: number }): ScannedFigure[] {
  while (cursor.i > 0 && (figures[cursor.i - 1]?.end ?? 0) > span.start) cursor.i--;
  while (cursor.i < figures.length && (figures[cursor.i]?.end ?? 0) <= span.start) cursor.i++;
  const out: ScannedFigure[] = [];
  for (let i = cursor.i; i < figures.length; i++) {
    const f = figures[i];
    if (!f || f.start >= span.end) break;
    if (f.end <= span.end || f.start < span.end) out.push(f);
  }
  return out;
}

/** Splits a clause into sub-clauses at ";" and ", and/but/while" when each side can stand alone. */
function clauses(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const parts: Span[] = [];
  let last = 0;
  CLAUSE_BREAKS.lastIndex = 0;
  for (let m = CLAUSE_BREAKS.exec(slice); m !== null; m = CLAUSE_BREAKS.exec(slice)) {
    parts.push({ start: span.start + last, end: span.start + m.index });
    last = m.index + m[0].length;
  }
  parts.push({ start: span.start + last, end: span.end });
  return parts;
}

interface Item {
  figure: ScannedFigure;
  start: number;
  end: number;
  /** Token index just past the item, participles included. */
  after: number;
}

/**
 * A list of quantities ("300,000 people, hundreds of aircraft and thousands of tanks"): figures
 * whose counted phrases follow one another, joined only by commas and "and"/"or".
 */
function quantityList(tokens: Token[], figures: ScannedFigure[], allTokens: Token[]): Item[] {
  const usable = figures.filter((f) => !f.duration);
  if (usable.length < 2) return [];
  const indexOf = new Map<number, number>();
  tokens.forEach((tok, i) => indexOf.set(tok.start, i));
  let best: Item[] = [];
  let run: Item[] = [];
  for (const f of usable) {
    let after = f.unitTo;
    while (ITEM_PARTICIPLES.has(allTokens[after]?.lower ?? "") && after < f.unitTo + 2) after++;
    const item: Item = { figure: f, start: f.start, end: allTokens[after - 1]?.end ?? f.end, after };
    const prev = run[run.length - 1];
    if (prev) {
      const from = indexOf.get(allTokens[prev.after]?.start ?? -1);
      const to = indexOf.get(f.start) ?? indexOf.get(allTokens[f.coreFrom]?.start ?? -1);
      let joined = from !== undefined && to !== undefined && to > from && to - from <= 3;
      if (joined && from !== undefined && to !== undefined) {
        for (let k = from; k < to; k++) {
          if (!LIST_JOINERS.has(tokens[k]?.lower ?? "")) joined = false;
        }
      }
      if (!joined) {
        if (run.length > best.length) best = run;
        run = [];
      }
    }
    run.push(item);
  }
  if (run.length > best.length) best = run;
  return best.length >= 2 ? best : [];
}

/** The quote that holds most of the content, if any; quotes are sorted and do not overlap. */
function quoteCovering(quotes: QuoteSpeaker[], from: number, content: Span): QuoteSpeaker | null {
  for (let i = from; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q || q.span.start >= content.end) break;
    const overlap = Math.min(q.span.end, content.end) - Math.max(q.span.start, content.start);
    if (overlap > (content.end - content.start) / 2) return q;
  }
  return null;
}

function cleanStatement(s: string): string {
  return s.replace(/[“”"]/g, "").replace(/\s+/g, " ").trim();
}

export function extractClaimsUnsafe(text: string): ExtractedClaim[] {
  const article = prepare(text);
  const speakers = new SpeakerContext(text, article.tokens, article.names);
  const attributions: (Attribution | null)[] = [];
  const sentenceSpeakers: (string | null)[] = [];
  for (const s of article.sentences) {
    const attribution = findAttribution(text, s.tokens, s.inQuote, s.start, s.end);
    attributions.push(attribution);
    sentenceSpeakers.push(speakers.resolve(attribution, s.start));
    speakers.observe(s.tokens, s.inQuote, sentenceSpeakers[sentenceSpeakers.length - 1] ?? null, s.start, s.end);
  }
  const quoteSpeakers = speakers.quoteSpeakers(article.quotes, article.sentences, attributions, sentenceSpeakers);

  const claims: ExtractedClaim[] = [];
  const cursor = { i: 0 };
  let frameSpeaker: { paragraph: number; speaker: string } | null = null;
  let qi = 0;
  article.sentences.forEach((s, index) => {
    const attribution = attributions[index] ?? null;
    let speaker = sentenceSpeakers[index] ?? null;
    if (attribution?.refersBack && speaker !== null) {
      for (let c = claims.length - 1; c >= 0; c--) {
        const claim = claims[c];
        if (!claim || claim.start < (article.sentences[index - 1]?.start ?? 0)) break;
        if (claim.speaker === null) claim.speaker = speaker;
      }
    }
    if (s.headline || attribution?.refersBack) return;
    let content: Span = attribution ? { start: attribution.contentStart, end: attribution.contentEnd } : { start: s.start, end: s.end };
    while (qi < quoteSpeakers.length && (quoteSpeakers[qi]?.span.end ?? 0) <= content.start) qi++;
    const inside = quoteCovering(quoteSpeakers, qi, content);
    if (inside) {
      content = { start: Math.max(content.start, inside.span.start + 1), end: Math.min(content.end, inside.span.end - 1) };
      speaker = inside.speaker ?? speaker;
    } else if (!attribution && frameSpeaker && frameSpeaker.paragraph === s.paragraph) {
      speaker = frameSpeaker.speaker;
    }
    if (attribution && speaker !== null && attribution.frame) {
      frameSpeaker = { paragraph: s.paragraph, speaker };
    } else if (frameSpeaker && frameSpeaker.paragraph !== s.paragraph) {
      frameSpeaker = null;
    }
    content = trimSpan(text, content);
    if (content.end - content.start < 8) return;
    const isQuestion = text.slice(s.start, s.end).trimEnd().replace(/[”"’)]+$/, "").endsWith("?");
    if (isQuestion) return;

    for (const part of clauses(text, content)) {
      const clause = trimSpan(text, part);
      if (clause.end - clause.start < 8) continue;
      const figures = figuresIn(article.figures, clause, cursor);
      const clauseText = text.slice(clause.start, clause.end);
      const score = scoreClause(clauseText, clause.start, figures);
      if (score < CLAIM_THRESHOLD) continue;
      const lower = clauseText.toLowerCase();
      const clauseTokens = s.tokens.filter((tok) => tok.start >= clause.start && tok.end <= clause.end);
      const items = quantityList(clauseTokens, figures, article.tokens);
      if (items.length >= 2) {
        const first = items[0];
        const lastItem = items[items.length - 1];
        if (!first || !lastItem) continue;
        const prefix = text.slice(clause.start, first.start);
        const suffix = text.slice(lastItem.end, clause.end);
        items.forEach((item, k) => {
          const start = k === 0 ? clause.start : item.start;
          const itemText = text.slice(item.start, item.end);
          claims.push({
            start,
            end: item.end,
            text: text.slice(start, item.end),
            statement: cleanStatement(prefix + itemText + suffix),
            type: classify({ clause: (prefix + itemText + suffix).toLowerCase(), units: [item.figure.unit] }),
            score,
            speaker,
            figures: [toPublicFigure(item.figure)],
          });
        });
        continue;
      }
      claims.push({
        start: clause.start,
        end: clause.end,
        text: clauseText,
        statement: cleanStatement(clauseText),
        type: classify({ clause: lower, units: figures.filter((f) => !f.duration).map((f) => f.unit) }),
        score,
        speaker,
        figures: figures.map(toPublicFigure),
      });
    }
  });
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
