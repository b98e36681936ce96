import { AUXILIARY, CONDITIONAL, EVENT_VERB, FUTURE_OR_INTENT, IMPERATIVE_OPENING, IRREGULAR_PAST, NARRATIVE_PRESENT, OPINION, PRESENT_FACT } from "./cues";
import type { ScannedFigure } from "./figures";
import { isPlaceWord } from "./names";

/** A figure that makes a clause checkable: a count, amount or share, not a duration or a stray "one". */
export function isClaimFigure(f: ScannedFigure): boolean {
  if (f.duration) return false;
  // "several villages", "a number of": recognised, but nothing specific to check.
  if (f.value === null && f.low === null && f.high === null) return false;
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

/** Irregular past forms that are not also common present or base forms ("put", "set", "read"). */
const IRREGULAR_PAST_WORDS = new Set(
  "took came went saw began fought gave kept met led paid ran sent spent stood struck won drew grew flew threw broke chose drove rose fell sold bought became stole hid froze spoke tore fled sank sprang dealt arose blew dug hung woke underwent withdrew overtook undertook lost left held built brought caught found".split(" "),
);

const NARRATIVE_GLOBAL = new RegExp(NARRATIVE_PRESENT.source, "g");
/** Words before a "-s" form that make it a plural noun ("missile strikes", "the attacks"). */
const NOUN_BEFORE = new Set("the a an these those its their his her our of missile air drone rocket recent further new such many several some two three four five and or latest".split(" "));
/** Words after a "-s" form that make it a plural noun ("attacks of", "strikes on", "reports were"). */
const NOUN_AFTER = new Set("of on in at against from by were are have had will would could can that which".split(" "));

/**
 * Index of the first third-person present verb that is not a plural noun in disguise, nor the
 * news connective "comes as/after" ("The statistic comes as the invasion enters its 68th day").
 */
function narrativeVerbAt(lower: string): number {
  NARRATIVE_GLOBAL.lastIndex = 0;
  for (let m = NARRATIVE_GLOBAL.exec(lower); m !== null; m = NARRATIVE_GLOBAL.exec(lower)) {
    const before = /([a-z’']+)\s+$/.exec(lower.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "";
    const after = /^\s+([a-z’']+)/.exec(lower.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1] ?? "";
    if (NOUN_BEFORE.has(before) || NOUN_AFTER.has(after)) continue;
    if (m[0] === "comes" && ["as", "after", "amid", "at", "just", "days", "weeks"].includes(after)) continue;
    return m.index;
  }
  return -1;
}

/** A negated report of what happened is as checkable as the event: "did not achieve", "have not been disrupted". */
const NEGATED_FACT = /\b(?:did not|didn't|has not|have not|had not|hasn't|haven't|was not|were not|wasn't|weren't) (?:yet |been |yet been )?(?:[a-z]+ed|achieve|receive|take|make|send|sign|meet|attend|reach|gain|lose|win|hold|give|provide)\b/;

/** Base verbs of events after a plural subject, as in timelines ("Ukrainian forces launch an offensive"). */
const PLURAL_PRESENT =
  /\b[a-z]{3,}s (?:also |now |then |again )?(?:launch|attempt to|capture|seize|advance|retreat|withdraw|shell|bomb|bombard|retake|liberate|encircle|surround|storm|repel|shoot down|hold out)\b/;

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
    const regular = w.length >= 5 && w.endsWith("ed") && !NOT_EVENT_PARTICIPLES.has(w);
    if ((regular || IRREGULAR_PAST_WORDS.has(w)) && w === w.toLowerCase()) {
      const subject = BETWEEN_ADVERBS.has(prev) || prev.endsWith("ly") ? prevPrev : prev;
      const lower = subject.toLowerCase();
      if (BEFORE_VERB.has(lower) || (lower.endsWith("s") && lower.length > 2) || (subject !== lower && subject.length > 1)) return m.index;
    }
    prevPrev = prev;
    prev = w;
  }
  return -1;
}

/**
 * Finite verb forms that state a present or past fact without naming an event verb: a progressive
 * ("are meeting", "is suspending", "has been targeting"), an existential ("there were explosions"),
 * or a copula with a specific complement ("is the last hospital", "was the fifth largest exporter",
 * "is under sanctions").
 */
const PROGRESSIVE = /\b(?:is|are|was|were|been) (?:now |also |still |already |reportedly )?(?!(?:going|trying|talking|waiting|hoping|thinking|looking|seeking|planning|preparing|considering|becoming|starting|beginning|continuing|calling|asking|urging|demanding|arguing|saying|telling|speaking|happening|playing|doing|getting|making|taking|facing|feeling|expecting|willing|watching|living|waging|matching|meeting strength|keeping)\b)[a-z]{3,}ing\b/;
/** A first- or second-person subject: the speaker's stance more often than a checkable fact. */
const PERSONAL = /(?:^|\s)(?:i|we|you|i'm|we're|you're|we've|i've)\s/;
const EXISTENTIAL = /\bthere (?:is|are|was|were|have been|has been) (?!no\b|nothing\b|little\b|much\b|a need\b|a (?:chance|risk|possibility|hope)\b)/;
const COPULA_FACT = /\b(?:is|are|was|were) (?:now |also |still )?(?:the (?:only|last|first|largest|biggest|second|third|fourth|fifth|main|sole|top)\b|one of the\b|under\b|in force\b|home to\b|located\b|based\b)/;

/**
 * A pledge of support with something concrete to check: a giving verb with a figure or a named
 * package of aid ("plans to give 400 vehicles", "will send the largest package"). The issue counts
 * aid "given, pledged or delivered", so the modal does not make it a mere intention.
 */
const GIVING_VERB = /\b(?:give|giving|send|sending|provide|providing|deliver|delivering|supply|supplying|donate|donating|allocate|allocating|transfer|transferring|fund|funding|pledge|pledged|promised|committed|commit|announced|approve|approved)\b/;
const AID_OBJECT = /\b(?:aid|assistance|package|funding|weapons|ammunition|equipment|missiles|vehicles|tanks|drones|loans?|grants?|support)\b/;

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
  statement: boolean;
  pledge: boolean;
  personal: boolean;
  thirdPerson: boolean;
  words: number;
}

export function clauseFeatures(clause: string, clauseStart: number, figures: ScannedFigure[]): ClauseFeatures {
  const lower = clause.toLowerCase();
  const figure = figures.find(isClaimFigure);
  const eventAt = firstIndex(EVENT_VERB, lower);
  const presentAt = firstIndex(PRESENT_FACT, lower);
  const pastAt = Math.max(regularPastAt(clause), AUXILIARY.test(lower) ? firstIndex(IRREGULAR_PAST, lower) : -1);
  const narrativeAt = Math.max(narrativeVerbAt(lower), firstIndex(PLURAL_PRESENT, lower));
  const evidence = [eventAt, presentAt, pastAt, narrativeAt, figure ? figure.start - clauseStart : -1].filter((i) => i >= 0);
  const futureAt = firstIndex(FUTURE_OR_INTENT, lower);
  return {
    figure: figure !== undefined,
    event: eventAt >= 0 || presentAt >= 0 || NEGATED_FACT.test(lower),
    past: pastAt >= 0,
    narrative: narrativeAt >= 0,
    // A name after the first word: something specific to check.
    // Acronyms count ("the EBU ruled"), and so does a place or nationality opening the clause
    // ("Ukraine was the fifth largest exporter", "Russian operators are transferring grain").
    entity: /\s[A-Z][A-Za-z]/.test(clause) || figure !== undefined || isPlaceWord((/^[A-Z][a-z]+/.exec(clause)?.[0] ?? "").toLowerCase()),
    // A modal before the first fact governs it: "will send 10 tanks" is a pledge, not a delivery.
    futureFirst: futureAt >= 0 && (evidence.length === 0 || futureAt <= Math.min(...evidence)),
    opinion: OPINION.test(lower),
    conditional: CONDITIONAL.test(lower),
    imperative: IMPERATIVE_OPENING.test(lower) || BOILERPLATE.test(lower),
    vague: figure === undefined && VAGUE_CLAIM.test(lower),
    personal: PERSONAL.test(` ${lower} `),
    // A noun-phrase subject ("a 53-year-old woman", "civil infrastructure", "power lines").
    thirdPerson: /^(?:the|a|an|several|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b/.test(lower) || /\d/.test(clause),
    pledge: GIVING_VERB.test(lower) && AID_OBJECT.test(lower) && (figure !== undefined || /\bpackage\b/.test(lower)),
    statement: !PERSONAL.test(` ${lower} `) && !/^(?:it|this|that) (?:is|was)\b/.test(lower) && (PROGRESSIVE.test(lower) || EXISTENTIAL.test(lower) || COPULA_FACT.test(lower) ),
    words: clause.split(/\s+/).length,
  };
}

/** Check-worthiness of one clause in [0, 1] by the hand-set rules (the detector uses it as a feature). */
export function scoreClause(clause: string, clauseStart: number, figures: ScannedFigure[]): number {
  return ruleScore(clauseFeatures(clause, clauseStart, figures));
}

export function ruleScore(f: ClauseFeatures): number {
  let score = 0.2;
  if (f.figure) score += 0.45;
  // A reported event needs someone or something specific to check ("Russia", "Kharkiv", a figure).
  // Without a name, a reported event is still specific when told in the third person ("a
  // 53-year-old woman was wounded"); in the first or second person it is mostly a speaker's stance.
  if (f.event) score += f.entity ? 0.35 : f.personal || !f.thirdPerson ? 0.15 : 0.3;
  else if (f.past || f.narrative) score += f.entity ? 0.3 : f.personal || !f.thirdPerson ? 0.15 : 0.3;
  else if (f.statement) score += f.entity ? 0.3 : 0.15;
  if (f.futureFirst) score -= f.pledge ? (f.figure ? 0 : 0.1) : 0.5;
  if (f.pledge && !f.event && !f.past) score += 0.2;
  if (f.opinion) score -= 0.4;
  if (f.conditional) score -= 0.5;
  if (f.imperative) score -= 0.5;
  if (f.vague) score -= 0.3;
  if (f.words < 4) score -= 0.3;
  return Math.min(1, Math.max(0, Math.round(score * 1000) / 1000));
}
