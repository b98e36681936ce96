/**
 * Scoring of predicted quantities against gold ones (tests/fixtures/quantities/GUIDELINES.md):
 * pure, so that the rules of a match are tested on their own.
 */
export interface ScoredQuantity {
  start: number;
  end: number;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier?: string | null;
  kind?: string | null;
  direction?: string | null;
  period?: string | null;
  refDate?: string | null;
}

export interface GoldSentence {
  id: string;
  text: string;
  quantities: ScoredQuantity[];
}

export interface Tally {
  sentences: number;
  gold: number;
  predicted: number;
  matched: number;
  unitRight: number;
  kindRight: number;
  directionRight: number;
  periodRight: number;
}

export interface Miss {
  id: string;
  text: string;
  /** "missed" (gold not found), "spurious" (predicted, not in gold), or the attribute that disagrees. */
  what: "missed" | "spurious" | "unit" | "kind" | "direction" | "period";
  gold: ScoredQuantity | null;
  predicted: ScoredQuantity | null;
}

const TOLERANCE = 0.005;

export function emptyTally(): Tally {
  return { sentences: 0, gold: 0, predicted: 0, matched: 0, unitRight: 0, kindRight: 0, directionRight: 0, periodRight: 0 };
}

function overlaps(a: ScoredQuantity, b: ScoredQuantity): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Spans overlap and the value agrees within 0.5%, or both have no value and the same low and high. */
export function quantitiesMatch(gold: ScoredQuantity, predicted: ScoredQuantity): boolean {
  if (!overlaps(gold, predicted)) return false;
  if (gold.value !== null || predicted.value !== null) return close(gold.value, predicted.value);
  return close(gold.low, predicted.low) && close(gold.high, predicted.high);
}

/** Units compare case-insensitively for nouns ("Soldiers" = "soldiers"); codes are upper case anyway. */
function sameUnit(a: string | null, b: string | null): boolean {
  return (a ?? "").toLowerCase() === (b ?? "").toLowerCase();
}

/** Adds one sentence to the tally: each gold quantity matches at most one prediction, in text order. */
export function scoreSentence(sentence: GoldSentence, predicted: readonly ScoredQuantity[], tally: Tally, misses: Miss[]): void {
  tally.sentences++;
  tally.gold += sentence.quantities.length;
  tally.predicted += predicted.length;
  const used = new Set<number>();
  const miss = (what: Miss["what"], gold: ScoredQuantity | null, prediction: ScoredQuantity | null) =>
    misses.push({ id: sentence.id, text: sentence.text, what, gold, predicted: prediction });
  for (const gold of sentence.quantities) {
    const index = predicted.findIndex((candidate, i) => !used.has(i) && quantitiesMatch(gold, candidate));
    if (index < 0) {
      miss("missed", gold, null);
      continue;
    }
    used.add(index);
    const match = predicted[index]!;
    tally.matched++;
    if (sameUnit(gold.unit, match.unit)) tally.unitRight++;
    else miss("unit", gold, match);
    if ((gold.kind ?? "level") === (match.kind ?? "level")) tally.kindRight++;
    else miss("kind", gold, match);
    if ((gold.direction ?? null) === (match.direction ?? null)) tally.directionRight++;
    else miss("direction", gold, match);
    if ((gold.period ?? null) === (match.period ?? null)) tally.periodRight++;
    else miss("period", gold, match);
  }
  predicted.forEach((prediction, i) => {
    if (!used.has(i)) miss("spurious", null, prediction);
  });
}

export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  unit: number;
  kind: number;
  direction: number;
  period: number;
}

export function scores(tally: Tally): Scores {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(tally.matched, tally.predicted);
  const recall = ratio(tally.matched, tally.gold);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    unit: ratio(tally.unitRight, tally.matched),
    kind: ratio(tally.kindRight, tally.matched),
    direction: ratio(tally.directionRight, tally.matched),
    period: ratio(tally.periodRight, tally.matched),
  };
}

/**
 * Which half a sentence belongs to, by a hash of its id: rules are tuned on misses of the
 * "tune" half only, and the "held-out" half is reported without ever showing its misses.
 */
export function halfOf(id: string): "tune" | "held-out" {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 2 === 0 ? "tune" : "held-out";
}
