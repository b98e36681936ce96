import { ruleClassify, speaksOfGiving, speaksOfTrade } from "../classify";
import { splitSentences } from "../sentences";
import { CLAIM_TYPES, type ClaimType } from "../types";
import type { TypeExample } from "./train";

export interface TypedArticle {
  text: string;
  claims: readonly { start: number; end: number; quote: string; type: string; figures: readonly { unit: string | null }[] }[];
}

const isType = (t: string): t is ClaimType => (CLAIM_TYPES as readonly string[]).includes(t);

/**
 * One example per gold claim: its quote and units as the engine would pass them to `classify`, the
 * giving and trade context of its sentence, and what the rules make of it.
 */
export function typeExamples(articles: readonly TypedArticle[]): TypeExample[] {
  const out: TypeExample[] = [];
  for (const article of articles) {
    const sentences = splitSentences(article.text);
    let si = 0;
    const claims = [...article.claims].sort((a, b) => a.start - b.start);
    for (const claim of claims) {
      if (!isType(claim.type)) continue;
      while (si < sentences.length - 1 && (sentences[si]?.end ?? 0) <= claim.start) si++;
      const s = sentences[si];
      const sentence = s && s.start <= claim.start ? article.text.slice(s.start, Math.max(s.end, claim.end)) : claim.quote;
      const input = { clause: claim.quote, units: claim.figures.map((f) => f.unit), givingContext: speaksOfGiving(sentence), tradeContext: speaksOfTrade(sentence) };
      const rules = ruleClassify(input);
      out.push({ input: { ...input, ruleScores: rules.scores, ruleType: rules.type }, type: claim.type });
    }
  }
  return out;
}
