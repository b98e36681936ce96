import { compareFigures, type FigureLike } from "./figures";
import { contentTokens, jaccard, namedEntities } from "./text";

export interface ComparableClaim {
  statement: string;
  type: string;
  figures: readonly FigureLike[];
}

/** At or above: shown in the related panel as possibly related. */
export const RELATED_THRESHOLD = 0.35;
/** At or above, with no conflicting figure: suggested for linking as the same claim. */
export const SAME_THRESHOLD = 0.75;

export type RelatedLevel = "same" | "related";

export interface RelatedScore {
  score: number;
  level: RelatedLevel | null;
  parts: { trigram: number; tokens: number; entities: number; figures: number | null; sameType: boolean; figureConflict: boolean };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * How close `candidate` is to `claim`: trigram similarity of the statements (from the database's
 * pg_trgm, so it matches what the index found), shared content words and named entities, the
 * same type, and agreeing figures. A candidate stating the same thing with another number is
 * at most "related": its check cannot be reused.
 */
export function scoreRelated(claim: ComparableClaim, candidate: ComparableClaim, trigram: number): RelatedScore {
  const tokens = jaccard(contentTokens(claim.statement), contentTokens(candidate.statement));
  const entitiesA = namedEntities(claim.statement);
  const entitiesB = namedEntities(candidate.statement);
  const entities = entitiesA.size + entitiesB.size === 0 ? tokens : jaccard(entitiesA, entitiesB);
  const figures = compareFigures(claim.figures, candidate.figures);
  const figureScore = figures.comparable === 0 ? null : figures.shared / figures.comparable;
  const sameType = claim.type === candidate.type;

  let score = 0.4 * trigram + 0.3 * tokens + 0.1 * entities + 0.1 * (sameType ? 1 : 0) + 0.1 * (figureScore ?? tokens);
  if (figures.conflict) score -= 0.1;
  score = Math.max(0, Math.min(1, score));

  const level: RelatedLevel | null =
    score >= SAME_THRESHOLD && !figures.conflict ? "same" : score >= RELATED_THRESHOLD ? "related" : null;
  return {
    score: round(score),
    level,
    parts: { trigram: round(trigram), tokens: round(tokens), entities: round(entities), figures: figureScore === null ? null : round(figureScore), sameType, figureConflict: figures.conflict },
  };
}

export interface Candidate<T> {
  item: T;
  claim: ComparableClaim;
  trigram: number;
}

/** Scores candidates, keeps those at least possibly related, best first (ties by trigram). */
export function rankRelated<T>(claim: ComparableClaim, candidates: readonly Candidate<T>[]): (RelatedScore & { item: T })[] {
  return candidates
    .map((candidate) => ({ ...scoreRelated(claim, candidate.claim, candidate.trigram), item: candidate.item }))
    .filter((scored) => scored.level !== null)
    .sort((a, b) => b.score - a.score || b.parts.trigram - a.parts.trigram);
}

/**
 * The words that find a claim's near-duplicates through the full-text index: the rarest of its
 * lexemes (by the planner's statistics; a lexeme missing from them is rarer than any listed),
 * longer first on ties. Numbers are left out so that the same claim with another figure is found.
 */
export function distinctiveLexemes(lexemes: readonly string[], frequency: ReadonlyMap<string, number>, count = 4): string[] {
  return [...new Set(lexemes)]
    .filter((lexeme) => lexeme.length >= 3 && !/\d/.test(lexeme))
    .sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || b.length - a.length || a.localeCompare(b))
    .slice(0, count);
}

/**
 * tsqueries that find candidates, narrowest first: statements with all the distinctive words,
 * then those sharing any two of them (or the one word there is).
 */
export function candidateQueries(lexemes: readonly string[]): string[] {
  const quoted = lexemes.map((lexeme) => `'${lexeme.replace(/'/g, "''")}'`);
  if (quoted.length <= 1) return quoted;
  const pairs: string[] = [];
  quoted.forEach((a, i) => quoted.slice(i + 1).forEach((b) => pairs.push(`(${a} & ${b})`)));
  return quoted.length === 2 ? [pairs[0]!] : [quoted.join(" & "), pairs.join(" | ")];
}
