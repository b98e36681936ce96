import { extractFigures, HYPHENS, word } from "./figures";
import { TENS_WORDS, UNITS_WORDS } from "./numbers";
import { type Token, tokenize } from "./tokens";
import type { ExtractedFigure, Span } from "./types";

/**
 * The figures a claim of `text` carries: the quantity parser's and the claim-only ones
 * (`claimOnlyFigures`), as the engine gives them; for a span a person edits.
 */
export function extractClaimFigures(text: string): ExtractedFigure[] {
  return withClaimOnlyFigures(extractFigures(text), claimOnlyFigures(text, tokenize(text, 0)), { start: 0, end: text.length });
}

/**
 * `figures` (a claim's, in text order) with the claim-only figures of `extra` (in text order) that
 * lie inside `span` and overlap none of them, in text order. Linear in both lists within the span.
 */
export function withClaimOnlyFigures(figures: ExtractedFigure[], extra: readonly ExtractedFigure[], span: Span): ExtractedFigure[] {
  let lo = 0;
  let hi = extra.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (extra[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= extra.length || extra[lo]!.start >= span.end) return figures;
  const merged: ExtractedFigure[] = [];
  let p = 0;
  for (let i = lo; i < extra.length && extra[i]!.start < span.end; i++) {
    const f = extra[i]!;
    if (f.end > span.end) continue;
    while (p < figures.length && figures[p]!.end <= f.start) merged.push(figures[p++]!);
    const next = figures[p];
    if (!next || next.start >= f.end) merged.push({ ...f });
  }
  while (p < figures.length) merged.push(figures[p++]!);
  return merged;
}

/**
 * Quantities that a claim carries as figures although the quantity parser leaves them out: vote
 * tallies and scores ("passed it 79-18", "beat Korea 45-42"), ages ("the 67-year-old", "was 44 years
 * old", "at the age of 18") and durations written as adjectives ("a two-year sentence", "a 100-year
 * agreement"). The quantity benchmark counts none of them (tests/fixtures/quantities/GUIDELINES.md),
 * but a claim's figures are every quantity of the fact it states (claims-dev/GUIDELINES.md), and
 * there these are what is checked: the tally of the vote, the age or the length of the term.
 */
export function claimOnlyFigures(text: string, tokens: Token[]): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  let k = 0;
  while (k < tokens.length) {
    const found = mayStart(tokens[k]) ? (tallyAt(tokens, k) ?? ageAt(tokens, k) ?? adjectiveDurationAt(tokens, k)) : null;
    if (!found) {
      k++;
      continue;
    }
    for (const figure of found.figures) out.push(placed(text, tokens, figure));
    k = found.to;
  }
  return out;
}

interface Found {
  figures: { from: number; to: number; value: number; unit: string | null }[];
  /** Token index past the whole phrase, where the scan goes on. */
  to: number;
}

/** A hyphen glued to the tokens on both sides: "79-18", "two-year". */
function joinsAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t !== undefined && next !== undefined && !t.spaced && !next.spaced && HYPHENS.has(t.text);
}

function smallInteger(t: Token | undefined): number | null {
  return t !== undefined && t.kind === "num" && /^\d{1,3}$/.test(t.text) ? Number(t.text) : null;
}

/** The words a phrase of claimOnlyFigures can open with: number words and "age", in one set so that each word of an article is looked up once. */
const OPENING_WORDS = new Set(["age", ...UNITS_WORDS.keys(), ...TENS_WORDS.keys()]);

/** Whether a phrase of claimOnlyFigures can open at this token: a number, a number word or "age". */
function mayStart(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.kind === "num" || (t.kind === "word" && OPENING_WORDS.has(t.lower));
}

/** "67", "seven", "twenty-five": a whole number of up to three digits or in words, and the token past it. */
function numberAt(tokens: Token[], k: number): { value: number; to: number } | null {
  const t = tokens[k];
  if (t === undefined || t.kind === "punct") return null;
  if (t.kind === "num") {
    const digits = smallInteger(t);
    return digits === null ? null : { value: digits, to: k + 1 };
  }
  const unit = UNITS_WORDS.get(t.lower);
  if (unit !== undefined) return unit > 0 ? { value: unit, to: k + 1 } : null;
  const tens = TENS_WORDS.get(t.lower);
  if (tens === undefined) return null;
  const ones = joinsAt(tokens, k + 1) ? UNITS_WORDS.get(word(tokens, k + 2)) : undefined;
  return ones !== undefined && ones > 0 && ones < 10 ? { value: tens + ones, to: k + 3 } : { value: tens, to: k + 1 };
}

/** Words of a vote: a tally beside them counts votes; elsewhere it is the score of a game. */
const VOTE_WORDS = new Set("vote votes voted voting ballot passed approved adopted rejected ratified endorsed backed".split(" "));
const VOTE_VERBS = new Set("passed approved adopted rejected defeated voted carried backed".split(" "));

/** "68-30", "271–152", "passed by 141 to 5": the winning side first, so never a range or a date. */
function tallyAt(tokens: Token[], k: number): Found | null {
  const first = smallInteger(tokens[k]);
  if (first === null) return null;
  const prev = tokens[k - 1];
  // "Su-25-30", "A-10-3": a model name, not a tally.
  if (prev && !tokens[k]!.spaced && (prev.kind === "word" || HYPHENS.has(prev.text))) return null;
  const byVote = word(tokens, k - 1) === "by" && VOTE_VERBS.has(word(tokens, k - 2)) && word(tokens, k + 1) === "to";
  const secondAt = joinsAt(tokens, k + 1) || byVote ? k + 2 : -1;
  const second = smallInteger(tokens[secondAt]);
  if (second === null || second > first) return null;
  const after = tokens[secondAt + 1];
  // "6-3-1", "5-0s": part of a longer code.
  if (after && !after.spaced && (after.kind !== "punct" || HYPHENS.has(after.text))) return null;
  const unit = byVote || voteBefore(tokens, k) ? "votes" : null;
  return {
    figures: [
      { from: k, to: k + 1, value: first, unit },
      { from: secondAt, to: secondAt + 1, value: second, unit },
    ],
    to: secondAt + 1,
  };
}

/** A vote word earlier in the sentence: "The Senate passed it 79-18", "by a vote of 68-30". */
function voteBefore(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 12); i--) {
    const t = tokens[i]!;
    if (t.text === "." || t.text === ";") return false;
    if (VOTE_WORDS.has(t.lower)) return true;
  }
  return false;
}

const AGE_UNITS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days"]);
/** Words after "the 67-year-old" that show it stands for the person: a verb or a function word follows, not the noun it describes. */
const AFTER_AGE_AS_NOUN = new Set("was is were are has had have will would who whom whose and or but said says told of in from at on with as for to".split(" "));

/**
 * An age told as a fact of the person: "was 44 years old", "at the age of 18", "the 67-year-old was",
 * "she was a 7-year-old girl". An age that only describes someone as a modifier ("a 53-year-old
 * woman was wounded") is left out, as the labellers mostly left it.
 */
function ageAt(tokens: Token[], k: number): Found | null {
  if (word(tokens, k) === "age" && word(tokens, k - 1) === "the" && word(tokens, k - 2) === "at" && word(tokens, k + 1) === "of") {
    const n = numberAt(tokens, k + 2);
    return n ? { figures: [{ from: k + 2, to: n.to, value: n.value, unit: "years" }], to: n.to } : null;
  }
  const n = numberAt(tokens, k);
  if (!n) return null;
  const hyphened = joinsAt(tokens, n.to);
  const unitAt = hyphened ? n.to + 1 : n.to;
  const unit = word(tokens, unitAt);
  if (!AGE_UNITS.has(unit)) return null;
  const old = hyphened ? joinsAt(tokens, unitAt + 1) && word(tokens, unitAt + 2) === "old" : word(tokens, unitAt + 1) === "old";
  if (!old) return null;
  if (hyphened && !predicative(tokens, k) && !standsAsNoun(tokens[unitAt + 3])) return null;
  const plural = unit.endsWith("s") ? unit : `${unit}s`;
  return { figures: [{ from: k, to: unitAt + 2 + (hyphened ? 1 : 0), value: n.value, unit: plural }], to: unitAt + (hyphened ? 3 : 2) };
}

/** "she was a 7-year-old girl", "he is 12-year-old": an age said of the subject. */
function predicative(tokens: Token[], k: number): boolean {
  const before = word(tokens, k - 1) === "a" || word(tokens, k - 1) === "an" ? k - 2 : k - 1;
  return ["was", "is", "am", "were", "are"].includes(word(tokens, before));
}

/** "the 67-year-old was", "as an 11-year-old following": no noun after the age, which names the person. */
function standsAsNoun(next: Token | undefined): boolean {
  if (!next || next.kind !== "word") return true;
  return next.text === next.lower && (AFTER_AGE_AS_NOUN.has(next.lower) || /(?:ed|ing)$/.test(next.lower));
}

const ADJECTIVE_TIME_UNITS = new Set(["day", "week", "month", "year", "decade", "hour", "minute"]);
/** "a 25-year high", "a six-month peak": a record over a period, which dates the level rather than measuring a duration. */
const RECORD_NOUNS = new Set("high highs low lows peak peaks record best worst".split(" "));
/**
 * "a two-day summit", "three-day talks": how long a gathering lasted sets the scene of what was
 * said or decided there; the labellers left it out each time it came.
 */
const GATHERING_NOUNS = new Set("summit summits meeting meetings talks visit visits trip tour conference session sessions forum gathering festival ceremony".split(" "));
/** Words that end the noun phrase after a duration adjective: "a 10-year sentence for treasury fraud". */
const PHRASE_ENDS = new Set("for of in on at to with and or by from that which who as was were is are has have had".split(" "));
/** Debt named by its maturity: "10-year bonds", "the two-year Treasury yield". */
const MATURITY_NOUNS = new Set("bond bonds yield yields gilt gilts note notes treasury treasuries bund bunds bill bills debt paper swap swaps".split(" "));

/**
 * "10-year French government bonds", "the 10-year yield": the maturity names a kind of debt, as
 * "Nord Stream 2" names a pipeline; a fact about the bonds is about their yield or price, not how
 * long they run. The maturity noun ends the noun phrase after the adjective, a few words on.
 */
function namesMaturity(tokens: Token[], i: number): boolean {
  for (let n = i; n < i + 4; n++) {
    const t = tokens[n];
    if (!t || t.kind !== "word" || PHRASE_ENDS.has(t.lower)) return false;
    if (MATURITY_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "in a 24-hour period", "over the 10-day window": the duration is a window for another figure. */
const WINDOW_BEFORE = new Set(["in", "over", "during", "within", "past", "last", "next", "previous", "first"]);

/** "a two-year sentence", "a 100-year partnership", "the six-month deployment": how long the thing lasts. */
function adjectiveDurationAt(tokens: Token[], k: number): Found | null {
  const n = numberAt(tokens, k);
  if (!n || !joinsAt(tokens, n.to)) return null;
  const unit = word(tokens, n.to + 1);
  if (!ADJECTIVE_TIME_UNITS.has(unit)) return null;
  const after = tokens[n.to + 2];
  // "-old" is an age; "-long" and the like join a further word to the adjective.
  if (after && !after.spaced) return null;
  const noun = word(tokens, n.to + 2);
  if (RECORD_NOUNS.has(noun) || GATHERING_NOUNS.has(noun) || namesMaturity(tokens, n.to + 2)) return null;
  const determinerAt = ["a", "an", "the"].includes(word(tokens, k - 1)) ? k - 2 : k - 1;
  if (WINDOW_BEFORE.has(word(tokens, determinerAt)) || WINDOW_BEFORE.has(word(tokens, k - 1))) return null;
  return { figures: [{ from: k, to: n.to + 2, value: n.value, unit: `${unit}s` }], to: n.to + 2 };
}

function placed(text: string, tokens: Token[], f: { from: number; to: number; value: number; unit: string | null }): ExtractedFigure {
  const start = tokens[f.from]!.start;
  const end = tokens[f.to - 1]!.end;
  return {
    start,
    end,
    text: text.slice(start, end),
    value: f.value,
    unit: f.unit,
    qualifier: "exact",
    low: f.value,
    high: f.value,
    kind: "level",
    direction: null,
    period: null,
    refDate: null,
  };
}
