import { AUXILIARY, CONDITIONAL, EVENT_VERB, FUTURE_OR_INTENT, IMPERATIVE_OPENING, IRREGULAR_PAST, NARRATIVE_PRESENT, OPINION, PRESENT_FACT } from "./cues";
import type { ScannedFigure } from "./figures";

/** A figure that makes a clause checkable: a count, amount or share, not a duration or a stray "one". */
export function isClaimFigure(f: ScannedFigure): boolean {
  if (f.duration) return false;
  if (f.value === null) return true;
  if (f.qualifier !== null && f.qualifier !== "exact") return true;
  if (f.unit === "share" || f.unit === "percent") return true;
  return /\d/.test(f.text) || f.value >= 2;
}

function firstIndex(re: RegExp, s: string): number {
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** Participles that read as adjectives or modals after "is"/"are" ("is expected to", "are based"). */
const NOT_EVENT_PARTICIPLES = new Set(
  "expected supposed scheduled planned obliged obligated determined committed prepared concerned interested involved based located called needed used allowed required designed aimed intended".split(" "),
);
const BEFORE_VERB = new Set("has have had was were been is are it he she they".split(" "));
const BETWEEN_ADVERBS = new Set("also already reportedly recently repeatedly now since then later just previously".split(" "));

/**
 * Index of the first regular past form used as a verb, not as an adjective before a noun ("the
 * armed forces"): it must follow an auxiliary, a pronoun, a plural or a name.
 */
function regularPastAt(clause: string): number {
  const re = /[A-Za-z]+/g;
  let prev = "";
  let prevPrev = "";
  for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
    const w = m[0];
    if (w.length >= 5 && w.endsWith("ed") && w === w.toLowerCase() && !NOT_EVENT_PARTICIPLES.has(w)) {
      const subject = BETWEEN_ADVERBS.has(prev) ? prevPrev : prev;
      const lower = subject.toLowerCase();
      if (BEFORE_VERB.has(lower) || (lower.endsWith("s") && lower.length > 2) || (subject !== lower && subject.length > 1)) return m.index;
    }
    prevPrev = prev;
    prev = w;
  }
  return -1;
}

/** Vague magnitudes with nothing specific to check ("caused huge damage"). */
const VAGUE_CLAIM = /\b(huge|enormous|great|significant|serious|massive|heavy|considerable|tremendous|vast|untold|immense) (damage|losses|harm|impact|pressure|blow|cost|costs|suffering|destruction)\b/;

/** Promotional boilerplate of news sites. */
const BOILERPLATE = /\b(newsletter|subscribe|sign up|follow us|join us|click here|read more|advertisement)\b/;

export interface ClauseFeatures {
  figure: boolean;
  event: boolean;
  past: boolean;
  narrative: boolean;
  entity: boolean;
  futureFirst: boolean;
  opinion: boolean;
  conditional: boolean;
  imperative: boolean;
  vague: boolean;
  words: number;
}

export function clauseFeatures(clause: string, clauseStart: number, figures: ScannedFigure[]): ClauseFeatures {
  const lower = clause.toLowerCase();
  const figure = figures.find(isClaimFigure);
  const eventAt = firstIndex(EVENT_VERB, lower);
  const presentAt = firstIndex(PRESENT_FACT, lower);
  const pastAt = Math.max(regularPastAt(clause), AUXILIARY.test(lower) ? firstIndex(IRREGULAR_PAST, lower) : -1);
  const narrativeAt = firstIndex(NARRATIVE_PRESENT, lower);
  const evidence = [eventAt, presentAt, pastAt, narrativeAt, figure ? figure.start - clauseStart : -1].filter((i) => i >= 0);
  const futureAt = firstIndex(FUTURE_OR_INTENT, lower);
  return {
    figure: figure !== undefined,
    event: eventAt >= 0 || presentAt >= 0,
    past: pastAt >= 0,
    narrative: narrativeAt >= 0,
    // A name after the first word: something specific to check.
    entity: /\s[A-Z][a-z]/.test(clause) || figure !== undefined,
    // A modal before the first fact governs it: "will send 10 tanks" is a pledge, not a delivery.
    futureFirst: futureAt >= 0 && (evidence.length === 0 || futureAt < Math.min(...evidence)),
    opinion: OPINION.test(lower),
    conditional: CONDITIONAL.test(lower),
    imperative: IMPERATIVE_OPENING.test(lower) || BOILERPLATE.test(lower),
    vague: figure === undefined && VAGUE_CLAIM.test(lower),
    words: clause.split(/\s+/).length,
  };
}

/** Check-worthiness of one clause in [0, 1]. */
export function scoreClause(clause: string, clauseStart: number, figures: ScannedFigure[]): number {
  const f = clauseFeatures(clause, clauseStart, figures);
  let score = 0.2;
  if (f.figure) score += 0.45;
  // A reported event needs someone or something specific to check ("Russia", "Kharkiv", a figure).
  if (f.event) score += f.entity ? 0.35 : 0.15;
  else if (f.past || f.narrative) score += f.entity ? 0.3 : 0.15;
  if (f.futureFirst) score -= 0.5;
  if (f.opinion) score -= 0.4;
  if (f.conditional) score -= 0.5;
  if (f.imperative) score -= 0.5;
  if (f.vague) score -= 0.3;
  if (f.words < 4) score -= 0.3;
  return Math.min(1, Math.max(0, Math.round(score * 1000) / 1000));
}
