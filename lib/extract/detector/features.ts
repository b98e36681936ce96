import { isClaimFigure, ruleScore } from "../checkworthy";
import { AUXILIARY, CONDITIONAL, EVENT_VERB, FUTURE_OR_INTENT, IMPERATIVE_OPENING, IRREGULAR_PAST, NARRATIVE_PRESENT, OPINION, PRESENT_FACT } from "../cues";
import type { ScannedFigure } from "../figures";
import { isPlaceWord } from "../names";
import { Lexicon, phrasesOf } from "./lexicon";

/**
 * What the detector sees of one candidate clause: its text, the figures the engine found in it
 * (article coordinates) and where it sits in the article.
 */
export interface Candidate {
  text: string;
  /** Offset of the clause in its article; figures are placed relative to the same text. */
  start: number;
  figures: readonly ScannedFigure[];
  /** The clause is the content of a reported statement ("X said ...", "according to X"). */
  attributed: boolean;
  /** The clause is inside quotation marks. */
  quoted: boolean;
}

/** The kind of text: news prose (the engine's input) or transcribed speech (CT24 debates). */
export type Genre = "news" | "speech";

export interface FeatureOptions {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Character n-gram lengths inside words (with word-boundary marks); empty for none. */
  charGrams: readonly number[];
  /**
   * Every feature also gets a copy for the genre of the text, so that the model learns what is
   * common to both genres and what is particular to each (Daumé's feature augmentation).
   */
  genreCopies: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { bits: 18, charGrams: [], genreCopies: true };

/** Where hashed features go: collected for training, or summed against weights when scoring. */
export interface FeatureSink {
  /** A feature by its 32-bit hash, with its value. */
  add(hash: number, value: number): void;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NS_WORD = 0x11;
const NS_BIGRAM = 0x22;
const NS_CHAR = 0x33;
const NS_CUE = 0x44;
const GENRE_SEEDS: Record<Genre, number> = { news: 0x5bd1e995, speech: 0x27d4eb2f };

function fnv(s: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads a hash over all bits; the top bit then gives the feature's sign. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mix(a: number, b: number): number {
  return finish((a ^ Math.imul(b, 0x9e3779b1)) >>> 0);
}

/** Cue names are few: their hashes are computed once. */
const cueHashes = new Map<string, number>();
function cue(name: string): number {
  let h = cueHashes.get(name);
  if (h === undefined) {
    h = fnv(name, NS_CUE);
    if (cueHashes.size < 10_000) cueHashes.set(name, h);
  }
  return h;
}

/**
 * The hashes of a family of cues named "prefix:value" ("words:3", "fig:kind:count"), by value: the
 * values are a few words and small numbers, and looking them up spares building each cue's name
 * for every candidate.
 */
function cueFamily(prefix: string): (value: string | number) => number {
  const hashes = new Map<string | number, number>();
  return (value) => {
    let h = hashes.get(value);
    if (h === undefined) {
      h = cue(`${prefix}:${value}`);
      if (hashes.size < 1_000) hashes.set(value, h);
    }
    return h;
  };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(code: number, text: string, i: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return WORD_CHAR.test(text[i] ?? "");
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export interface ClauseWords {
  /** Lower-cased words with digits folded into a shape ("1,200" → "0,000"), and "?", "!", "%", "$", "€", "£", ":", quote marks. */
  words: string[];
  /** Words after the first that open with a capital: names of people, places and bodies. */
  capitalised: number;
  /** An all-capitals word of two letters or more (acronyms: "NATO", "EU"). */
  acronym: boolean;
}

const MARKS = new Map<number, string>([
  [63, "?"],
  [33, "!"],
  [37, "%"],
  [36, "$"],
  [0x20ac, "€"],
  [0xa3, "£"],
  [58, ":"],
  [34, '"'],
  [0x201c, '"'],
  [0x201d, '"'],
]);

/** One linear pass over the clause. */
export function clauseWords(text: string): ClauseWords {
  const words: string[] = [];
  let capitalised = 0;
  let acronym = false;
  const n = text.length;
  const lower = text.toLowerCase();
  // Lower-casing can change the length of some scripts' text; then words are lower-cased one by one.
  const aligned = lower.length === n;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // A space, the commonest character between words, is no mark.
    if (code === 32) {
      i++;
      continue;
    }
    if (!isWordCode(code, text, i)) {
      const mark = MARKS.get(code);
      if (mark !== undefined) words.push(mark);
      i++;
      continue;
    }
    const start = i;
    let digits = false;
    let upper = 0;
    i++;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i), text, i)) i++;
      const c = text.charCodeAt(i);
      // "don't", "Russia's"; "1,200" and "5.3" stay one word.
      if ((c === 39 || c === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1), text, i + 1)) i++;
      else if ((c === 44 || c === 46) && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) i++;
      else break;
    }
    let curlyApostrophe = false;
    for (let k = start; k < i; k++) {
      const c = text.charCodeAt(k);
      if (isDigitCode(c)) digits = true;
      else if (c >= 65 && c <= 90) upper++;
      else if (c === 0x2019) curlyApostrophe = true;
    }
    const first = text.charCodeAt(start);
    if (words.length > 0 && first >= 65 && first <= 90) capitalised++;
    if (upper >= 2 && upper === i - start) acronym = true;
    let w = aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
    if (curlyApostrophe) w = w.replace(/’/g, "'");
    if (digits) w = w.replace(/\d+/g, (d) => (d.length > 3 ? "0000" : "0".repeat(d.length)));
    words.push(w);
  }
  return { words, capitalised, acronym };
}

const EVENT = 1;
const NARRATIVE = 2;
const IRREGULAR = 4;
const FUTURE = 8;
const OPINION_CUE = 16;
const AUX = 32;
const CONDITION = 64;
const IMPERATIVE = 128;
const FIRST_PERSON = 256;
const SECOND_PERSON = 512;
const HEDGE = 1024;
const COMPARATIVE = 2048;
const GIVING = 4096;
const AID = 8192;
const NEGATION = 16384;
const VAGUE = 32768;
const NP_OPENING = 65536;

const words = (list: string): string[][] => list.split(" ").map((w) => [w]);

/** The engine's cue lists, and a few of the checkworthy rules' word lists, as one lexicon. */
const LEXICON = new Lexicon()
  .add(EVENT, phrasesOf(EVENT_VERB))
  .add(EVENT, phrasesOf(PRESENT_FACT))
  .add(NARRATIVE, phrasesOf(NARRATIVE_PRESENT))
  .add(IRREGULAR, phrasesOf(IRREGULAR_PAST))
  .add(FUTURE, phrasesOf(FUTURE_OR_INTENT))
  .add(OPINION_CUE, phrasesOf(OPINION))
  .add(AUX, phrasesOf(AUXILIARY))
  .add(CONDITION, phrasesOf(CONDITIONAL))
  .add(IMPERATIVE, phrasesOf(IMPERATIVE_OPENING))
  .add(FIRST_PERSON, words("i i'm i've i'd i'll me my we we're we've we'd we'll our us"))
  .add(SECOND_PERSON, words("you you're you've your you'll"))
  .add(HEDGE, words("reportedly allegedly apparently possibly probably perhaps maybe likely unconfirmed believed estimated about around roughly nearly almost"))
  .add(COMPARATIVE, words("more less fewer most least highest lowest largest biggest smallest first only record ever never times percent doubled tripled half"))
  .add(GIVING, words("give giving send sending provide providing deliver delivering supply supplying donate donating allocate allocating transfer transferring fund funding pledge pledged promised committed commit announced approve approved"))
  .add(AID, words("aid assistance package funding weapons ammunition equipment missiles vehicles tanks drones loan loans grant grants support"))
  .add(NEGATION, words("not never no didn't hasn't haven't wasn't weren't isn't aren't"))
  .add(VAGUE, words("huge enormous great significant serious massive heavy considerable tremendous vast untold immense"))
  .add(NP_OPENING, words("the a an several two three four five six seven eight nine ten dozens hundreds thousands"));

/** Words before a regular "-ed" form that make it a verb ("was destroyed", "they attacked"). */
const BEFORE_VERB = new Set(["has", "have", "had", "was", "were", "been", "is", "are", "it", "he", "she", "they", "also", "already", "reportedly"]);
const BE = new Set(["is", "are", "was", "were", "been"]);
/** "is under", "is home to", "was the largest": a copula that states a checkable fact. */
const COPULA_NEXT = new Set(["under", "located", "based", "home"]);
const COPULA_THE = new Set(["only", "last", "first", "largest", "biggest", "second", "third", "fourth", "fifth", "main", "sole", "top"]);

const WORD_BINS = [3, 5, 8, 12, 18, 25, 35, 50];
const CAPS_BINS = [1, 2, 4];

const WORDS_CUE = cueFamily("words");
const FIG_UNIT_CUE = cueFamily("fig:unit");
const FIG_QUALIFIER_CUE = cueFamily("fig:qual");
const FIG_KIND_CUE = cueFamily("fig:kind");
const FIG_PERIOD_CUE = cueFamily("fig:period");
const FIGS_CUE = cueFamily("figs");
const RULE_SCORE_CUE = cueFamily("rulescore");
const CAPS_CUE = cueFamily("caps");

function bin(n: number, edges: readonly number[]): number {
  let k = 0;
  while (k < edges.length && n >= (edges[k] ?? Infinity)) k++;
  return k;
}

function unitClass(f: ScannedFigure): string {
  const u = f.unit;
  if (u === null) return "none";
  if (u === "percent" || u === "share" || u === "percentage_points" || u === "times") return "share";
  if (u.length === 3 && u === u.toUpperCase()) return "money";
  if (/^(?:people|civilians|soldiers|troops|children|refugees|persons|residents|servicemen|personnel|men|women|fighters|prisoners|deaths|casualties|victims)$/.test(u)) return "people";
  if (/^(?:km2?|tonnes|hectares|miles|metres|meters|barrels|kilometres|kilometers)$/.test(u)) return "measure";
  return "thing";
}

/**
 * The engine's own cues as named features: figures and their kinds, the lexical cues of cues.ts
 * (reported events, past and narrative verbs, present facts, future and intent, opinion,
 * conditions, imperatives), attribution and quotation, capitalised names, persons, hedges, pledges,
 * length. One pass over the words.
 */
function addCues(c: Candidate, cw: ClauseWords, add: (hash: number) => void): void {
  const { words } = cw;
  add(cue("bias"));
  let seen = 0;
  let eventAt = -1;
  let futureAt = -1;
  let pastEd = false;
  let progressive = false;
  let existential = false;
  let copula = false;
  let prev = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const cues = LEXICON.at(words, i);
    if (cues !== 0) {
      if (cues & (EVENT | NARRATIVE) && eventAt < 0) eventAt = i;
      if (cues & FUTURE && futureAt < 0) futureAt = i;
      seen |= i === 0 ? cues : cues & ~(CONDITION | IMPERATIVE | NP_OPENING);
    }
    if (!pastEd && w.length >= 5 && w.endsWith("ed") && (BEFORE_VERB.has(prev) || (prev.length > 3 && prev.endsWith("s")))) {
      pastEd = true;
      if (eventAt < 0) eventAt = i;
    }
    const afterBe = BE.has(prev);
    if (afterBe && w.length > 5 && w.endsWith("ing")) progressive = true;
    if (prev === "there" && BE.has(w)) existential = true;
    if (afterBe && (COPULA_NEXT.has(w) || (w === "the" && COPULA_THE.has(words[i + 1] ?? "")) || (w === "one" && words[i + 1] === "of"))) copula = true;
    prev = w;
  }
  const event = eventAt >= 0 || (seen & IRREGULAR && seen & AUX) !== 0;
  if (seen & EVENT) add(cue("cue:event"));
  if (seen & NARRATIVE) add(cue("cue:narrative"));
  if (seen & IRREGULAR) add(cue(seen & AUX ? "cue:irregular-past+aux" : "cue:irregular-past"));
  if (pastEd) add(cue("cue:past-ed"));
  if (progressive) add(cue("cue:progressive"));
  if (existential) add(cue("cue:existential"));
  if (copula) add(cue("cue:copula"));
  const futureFirst = futureAt >= 0 && (eventAt < 0 || futureAt <= eventAt);
  if (futureAt >= 0) add(cue(futureFirst ? "cue:future-first" : "cue:future-after"));
  if (seen & OPINION_CUE) add(cue("cue:opinion"));
  if (seen & CONDITION) add(cue("cue:conditional"));
  if (seen & IMPERATIVE) add(cue("cue:imperative"));
  if (seen & NP_OPENING) add(cue("cue:np-opening"));
  if (seen & NEGATION) add(cue("cue:negation"));
  if (seen & VAGUE) add(cue("cue:vague"));
  if (seen & GIVING && seen & AID) add(cue("cue:pledge"));
  add(WORDS_CUE(bin(words.length, WORD_BINS)));

  let claimFigures = 0;
  for (const fig of c.figures) {
    if (!isClaimFigure(fig)) {
      add(cue("fig:minor"));
      continue;
    }
    claimFigures++;
    add(FIG_UNIT_CUE(unitClass(fig)));
    add(FIG_QUALIFIER_CUE(fig.qualifier ?? "vague"));
    if (fig.value === null) add(cue("fig:novalue"));
    add(FIG_KIND_CUE(fig.kind));
    if (fig.direction !== null) add(cue("fig:direction"));
    if (fig.period !== null) add(FIG_PERIOD_CUE(fig.period));
    if (fig.refDate !== null) add(cue("fig:dated"));
  }
  add(FIGS_CUE(Math.min(claimFigures, 3)));
  if (claimFigures > 0) {
    if (futureFirst) add(cue(seen & GIVING ? "fig+pledge" : "fig+future-first"));
    if (event) add(cue("fig+event"));
  }

  // The hand-set rule score of checkworthy.ts, over these cues: its thresholds carry interactions a linear model cannot form.
  const personal = (seen & (FIRST_PERSON | SECOND_PERSON)) !== 0;
  const rule = ruleScore({
    figure: claimFigures > 0,
    event: (seen & EVENT) !== 0 || (seen & NEGATION) !== 0,
    past: pastEd || (seen & IRREGULAR && seen & AUX) !== 0,
    narrative: (seen & NARRATIVE) !== 0,
    entity: cw.capitalised > 0 || cw.acronym || claimFigures > 0 || isPlaceWord(words[0] ?? ""),
    futureFirst,
    opinion: (seen & OPINION_CUE) !== 0,
    conditional: (seen & CONDITION) !== 0,
    imperative: (seen & IMPERATIVE) !== 0,
    vague: claimFigures === 0 && (seen & VAGUE) !== 0,
    statement: !personal && (progressive || existential || copula),
    pledge: (seen & GIVING) !== 0 && (seen & AID) !== 0 && claimFigures > 0,
    personal,
    thirdPerson: (seen & NP_OPENING) !== 0 || claimFigures > 0,
    words: words.length,
  });
  add(RULE_SCORE_CUE(Math.round(rule * 10)));

  if (c.attributed) add(cue("ctx:attributed"));
  if (c.quoted) add(cue("ctx:quoted"));
  if (c.attributed && c.quoted) add(cue("ctx:attributed+quoted"));
  add(CAPS_CUE(bin(cw.capitalised, CAPS_BINS)));
  if (cw.acronym) add(cue("acronym"));
  const named = cw.capitalised > 0 || cw.acronym;
  if (event) add(cue(named ? "event+name" : claimFigures > 0 ? "event+figure" : "event-alone"));
  const first = (seen & FIRST_PERSON) !== 0;
  const second = (seen & SECOND_PERSON) !== 0;
  if (first) add(cue("person:first"));
  if (second) add(cue("person:second"));
  if (!first && !second) add(cue(named || claimFigures > 0 ? "style:report" : "person:third"));
  if (seen & HEDGE) add(cue("hedge"));
  if (seen & COMPARATIVE) add(cue("comparative"));
  if (words.includes("?")) add(cue("question"));
  const lead = c.text.charCodeAt(0);
  if (lead >= 65 && lead <= 90) add(cue("shape:capital-start"));
  else if (lead >= 97 && lead <= 122) add(cue("shape:lower-start"));
  else if (isDigitCode(lead)) add(cue("shape:digit-start"));
}

/** The word hashes of the clause's two ends, for the first and last bigrams. */
const SENTENCE_START = fnv("<s>", NS_WORD);
const SENTENCE_END = fnv("</s>", NS_WORD);

/**
 * Feeds the hashed features of one candidate to a sink: the cues, word unigrams and bigrams (scaled
 * by one over the square root of the clause's length, so that a long clause does not outvote a
 * short one by length alone) and, if asked, character n-grams. With genre copies each feature is
 * given twice: as itself and as itself-in-this-genre.
 */
export function visitFeatures(c: Candidate, options: FeatureOptions, genre: Genre, sink: FeatureSink): void {
  const seed = options.genreCopies ? GENRE_SEEDS[genre] : 0;
  const add = (hash: number, value: number): void => {
    sink.add(hash, value);
    if (seed !== 0) sink.add((hash ^ seed) >>> 0, value);
  };
  const cw = clauseWords(c.text);
  addCues(c, cw, (hash) => add(hash, 1));

  const { words } = cw;
  const scale = 1 / Math.sqrt(Math.max(1, words.length));
  let prev = SENTENCE_START;
  for (const w of words) {
    const h = fnv(w, NS_WORD);
    add(h, scale);
    add(mix(prev ^ NS_BIGRAM, h), scale);
    prev = h;
  }
  add(mix(prev ^ NS_BIGRAM, SENTENCE_END), scale);

  if (options.charGrams.length > 0) {
    let count = 0;
    for (const w of words) if (w.length >= 2) for (const n of options.charGrams) count += Math.max(0, w.length + 3 - n);
    const charScale = 1 / Math.sqrt(Math.max(1, count));
    for (const w of words) {
      if (w.length < 2) continue;
      const padded = ` ${w} `;
      for (const n of options.charGrams) {
        for (let i = 0; i + n <= padded.length; i++) {
          let h = (FNV_OFFSET ^ NS_CHAR ^ n) >>> 0;
          for (let k = i; k < i + n; k++) {
            h ^= padded.charCodeAt(k);
            h = Math.imul(h, FNV_PRIME);
          }
          add(h >>> 0, charScale);
        }
      }
    }
  }
}

/** Sparse feature vector: bucket indices and signed values (the hash's top bit gives the sign). */
export interface FeatureVector {
  index: Int32Array;
  value: Float32Array;
  length: number;
}

/** Collects features into a vector, for training. */
export function featurize(c: Candidate, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS, genre: Genre = "news"): FeatureVector {
  const mask = (1 << options.bits) - 1;
  const index: number[] = [];
  const value: number[] = [];
  visitFeatures(c, options, genre, {
    add(hash, v) {
      const h = finish(hash);
      index.push(h & mask);
      value.push(h & 0x80000000 ? -v : v);
    },
  });
  return { index: Int32Array.from(index), value: Float32Array.from(value), length: index.length };
}
