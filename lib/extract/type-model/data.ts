import { isOffTopic, ruleClassify, speaksOfGiving, speaksOfTrade } from "../classify";
import { splitSentences } from "../sentences";
import { CLAIM_TYPES, type ClaimType } from "../types";
import { sentenceAround, typeInputOf } from "./features";
import type { TypeExample } from "./train";

export interface TypedArticle {
  text: string;
  claims: readonly { start: number; end: number; quote: string; type: string; figures: readonly { unit: string | null }[] }[];
}

const isType = (t: string): t is ClaimType => (CLAIM_TYPES as readonly string[]).includes(t);

/**
 * One example per gold claim, read from its quote: its units, its sentence and that sentence's
 * giving and trade context, what the rules make of it, and what it would carry over from the gold
 * claim before it (typed by the rules, as the engine types the claim before it) in the same sentence
 * or paragraph.
 */
export function quoteTypeExamples(articles: readonly TypedArticle[]): TypeExample[] {
  const out: TypeExample[] = [];
  for (const article of articles) {
    const sentences = splitSentences(article.text);
    let si = 0;
    let previous: { start: number; end: number; type: ClaimType } | null = null;
    const claims = [...article.claims].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const claim of claims) {
      while (si < sentences.length - 1 && (sentences[si]?.end ?? 0) <= claim.start) si++;
      const s = sentences[si];
      const inSentence = s !== undefined && s.start <= claim.start;
      const span = inSentence ? { start: s.start, end: Math.max(s.end, claim.end) } : null;
      const sentence = span ? article.text.slice(span.start, span.end) : claim.quote;
      const around = span ? sentenceAround(article.text, span, claim) : claim.quote;
      const input = { clause: claim.quote, units: claim.figures.map((f) => f.unit), givingContext: speaksOfGiving(sentence), tradeContext: speaksOfTrade(sentence) };
      const rules = ruleClassify(input);
      const sameSentence: boolean = previous !== null && inSentence && previous.start >= s.start;
      const carry: ClaimType | null = previous !== null && (sameSentence || !article.text.slice(previous.end, claim.start).includes("\n")) ? previous.type : null;
      const type: ClaimType = rules.type === "other" && carry !== null && !isOffTopic(claim.quote) ? carry : rules.type;
      previous = { start: claim.start, end: claim.end, type };
      if (isType(claim.type)) out.push({ input: typeInputOf(input, rules, carry, around), type: claim.type });
    }
  }
  return out;
}
