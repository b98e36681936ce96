import type { ClassifyInput } from "../classify";
import { EVENT_VERB, IRREGULAR_PAST } from "../cues";
import { CLAIM_TYPES, type ClaimType, type Span } from "../types";

/**
 * What the type model reads of a claim: what the engine passes to `classify`, what the rules made of
 * it, and the type the engine would carry over to it from the claim before it.
 */
export interface TypeInput extends ClassifyInput {
  /** The rules' score per type (`scoreTypes`). */
  ruleScores: Readonly<Record<ClaimType, number>>;
  /** The rules' answer (`classify`), before any carrying over. */
  ruleType: ClaimType;
  /**
   * The type the engine would give the claim if the rules left it "other": the claim before it in
   * the same sentence or paragraph, or the item before it in a list; null when there is none.
   */
  carry: ClaimType | null;
  /**
   * The sentence the claim stands in, as `sentenceAround` cuts it: its other words tell what the
   * clause alone may not ("…, the highest since the war began" after a toll; "in the first round of
   * the vote" around a share).
   */
  sentence: string;
}

/**
 * What the type model reads of a claim, from what the rules were given and made of it, in training
 * and in the engine alike. Written out field by field: spreading `input` into a new object with the
 * further fields cost V8 (Node 20) about a microsecond a field, 8% of the engine's instructions over
 * the corpus.
 */
export function typeInputOf(input: ClassifyInput, rules: { type: ClaimType; scores: Readonly<Record<ClaimType, number>> }, carry: ClaimType | null, sentence: string): TypeInput {
  return { clause: input.clause, units: input.units, givingContext: input.givingContext, tradeContext: input.tradeContext, ruleScores: rules.scores, ruleType: rules.type, carry, sentence };
}

/** How far the sentence is read on each side of the claim (characters). */
const SENTENCE_REACH = 240;

/**
 * What the type model reads of a claim's sentence: the sentence, cut to `SENTENCE_REACH` characters
 * on each side of the claim, so that the claims of an endless sentence are typed in time linear in it.
 */
export function sentenceAround(text: string, sentence: Span, claim: Span): string {
  return text.slice(Math.max(sentence.start, claim.start - SENTENCE_REACH), Math.min(sentence.end, claim.end + SENTENCE_REACH));
}

export interface TypeFeatureSink {
  add(bucket: number, value: number): void;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the characters of `s`, continuing from `h`. */
function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The hash of a feature's key: FNV-1a, then a final mix of the bits. */
const hash = (s: string): number => mix(feed(FNV_OFFSET, s));

const WORD_PREFIX = feed(FNV_OFFSET, "w:");
const SENTENCE_WORD_PREFIX = feed(FNV_OFFSET, "s:");
const PAIR_PREFIX = feed(FNV_OFFSET, "b:");
/** "b:^ ": the pair that opens a clause. */
const OPENING_PAIR = feed(PAIR_PREFIX, "^ ");
const SPACE = 32;
const ZERO = 48;

const isDigit = (c: number): boolean => c >= ZERO && c <= 57;

/** Which keys `visitWords` gives: the words' prefix, whether word pairs too, and each key's value. */
interface WordKeys {
  prefix: number;
  pairs: boolean;
  value: number;
}

const CLAUSE_WORDS: WordKeys = { prefix: WORD_PREFIX, pairs: true, value: 1 };

/**
 * Visits the words and word pairs of a clause as "w:<word>" and "b:<previous> <word>" (the first
 * word's previous is "^"), or with other `keys`: the runs of [a-z0] in `clause.toLowerCase()` with
 * each number and its separators ("1,200.5") folded to "0". One pass over the clause that builds no
 * string: FNV runs over characters in order, so each key's hash continues from its prefix's, and the
 * state of "b:<word> " is kept for the pair after it.
 */
function visitWords(clause: string, mask: number, sink: TypeFeatureSink, keys: WordKeys = CLAUSE_WORDS): void {
  const lower = clause.toLowerCase();
  const n = lower.length;
  let pair = OPENING_PAIR;
  let word = 0;
  let next = 0;
  let both = 0;
  let inWord = false;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i++);
    if (c >= ZERO && c <= 57) {
      c = ZERO;
      while (isDigit(lower.charCodeAt(i))) i++;
      while ((lower.charCodeAt(i) === 46 || lower.charCodeAt(i) === 44) && isDigit(lower.charCodeAt(i + 1))) {
        i += 2;
        while (isDigit(lower.charCodeAt(i))) i++;
      }
    } else if (c < 97 || c > 122) {
      if (inWord) {
        sink.add(mix(word) & mask, keys.value);
        if (keys.pairs) sink.add(mix(both) & mask, keys.value);
        pair = Math.imul(next ^ SPACE, FNV_PRIME);
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      word = keys.prefix;
      next = PAIR_PREFIX;
      both = pair;
      inWord = true;
    }
    word = Math.imul(word ^ c, FNV_PRIME);
    next = Math.imul(next ^ c, FNV_PRIME);
    both = Math.imul(both ^ c, FNV_PRIME);
  }
  if (inWord) {
    sink.add(mix(word) & mask, keys.value);
    if (keys.pairs) sink.add(mix(both) & mask, keys.value);
  }
}

/**
 * The rules' "other" when cue words of a topic outside the types chose it (sport, disease, a poll),
 * read apart from the "other" they give a clause without any cue: in the studied gold, clauses
 * without cues are mostly `event` (149 of 344) and seldom `other` (88), those the cues chose mostly
 * `other` (39 of 57); under one key the model learnt to overrule both ("Ukraine won 19 medals").
 */
const OTHER_BY_CUE = "other:cued";

function ruleKey(input: TypeInput): string {
  return input.ruleType === "other" && input.ruleScores.other > 0 ? OTHER_BY_CUE : input.ruleType;
}

/** A regular past form or participle ("resigned", "confirmed"): with the verbs of events, something done. */
const PAST_FORM = /\b[a-z]{3,}ed\b/;

/**
 * Whether the clause tells something done rather than a state ("Ivanov, 48, is one of Russia's 12
 * deputy defence ministers", "The G7 consists of ..."): the guideline's `event` is something that
 * happened, and a state with none of the topics is `other`; the words alone do not say that no verb
 * of action is there.
 */
export function tellsAnAction(clause: string): boolean {
  const lower = clause.toLowerCase();
  return EVENT_VERB.test(lower) || IRREGULAR_PAST.test(lower) || PAST_FORM.test(lower);
}

/** Kinds of unit, so that "soldiers" and "troops" share what they say about a claim's type. */
const UNIT_CLASSES: [string, RegExp][] = [
  ["people", /^(?:people|persons?|civilians?|soldiers?|troops|servicemen|children|men|women|residents|citizens|fighters|prisoners|pows|bodies|victims|mercenaries|personnel|officers|medics|journalists|deaths|casualties|dead|wounded)$/],
  ["arms", /^(?:tanks|aircraft|planes|jets|helicopters|drones|missiles|rockets|shells|vehicles|guns|howitzers|launchers|systems|ships|vessels|warships|boats|rounds|munitions|bombs|weapons|brigades|battalions|units|sorties|strikes|attacks|assaults)$/],
  ["shelter", /^(?:refugees|homes|houses|buildings|apartments|schools|hospitals|clinics|ambulances|families|households|shelters|evacuees|displaced)$/],
  ["money", /^(?:USD|EUR|GBP|UAH|RUB|AUD|CAD|CHF|JPY|CNY|PLN)$/],
  ["percent", /^percent$/],
  ["share", /^share$/],
  ["area", /^(?:km2|mi2|km|miles|hectares)$/],
  ["mass", /^(?:tonnes|tons|barrels|bcm)$/],
];

function unitClass(unit: string): string {
  for (const [name, re] of UNIT_CLASSES) if (re.test(unit)) return name;
  return "thing";
}

/** The hashes of "<prefix><name>" for the names a group of features takes; others are hashed when met. */
function keyTable(prefix: string, names: readonly string[]): (name: string) => number {
  const table = new Map(names.map((name) => [name, hash(`${prefix}${name}`)]));
  return (name) => table.get(name) ?? hash(`${prefix}${name}`);
}

const UNIT_KINDS = [...UNIT_CLASSES.map(([name]) => name), "thing"];
const FIRST_UNIT_KIND = keyTable("uc1:", UNIT_KINDS);
const UNIT_KIND = keyTable("uc:", UNIT_KINDS);
const RULE = keyTable("rule:", [...CLAIM_TYPES, OTHER_BY_CUE]);
const RULE_SCORE = keyTable("rs:", CLAIM_TYPES);
const CARRY = keyTable("carry:", [...CLAIM_TYPES, "none"]);
const FIXED = keyTable("", ["bias", "u:bare", "u:none", "ctx:giving", "ctx:trade", "lead", "stative"]);

/**
 * Scales of the feature groups: those of the first type model (2026-11-30), and the sentence's words
 * (2026-12-02), chosen on the studied parts by cross-validation: pooled type accuracy 0.767 without
 * them, 0.769 / 0.772 / 0.769 / 0.765 at 0.25 / 0.5 / 0.75 / 1.
 */
export const TYPE_FEATURE_SCALES = { ruleType: 5, score: 1 / 5, scoreCap: 15, sentence: 0.5 };

/** The sentence's words, unpaired and at a lower scale than the clause's own. */
const SENTENCE_WORDS: WordKeys = { prefix: SENTENCE_WORD_PREFIX, pairs: false, value: TYPE_FEATURE_SCALES.sentence };

/**
 * Visits the features of a claim, each as a hashed bucket (mod 2^bits) with a value: the words and
 * word pairs of its clause (lower-cased, numbers folded to "0"), the words of its sentence, its units
 * and their kinds, the sentence's giving and trade context, the rules' answer (their "other" by cue
 * apart), per-type scores and the lead of the best score over the second, the type it would carry
 * over, and whether the clause tells no action. Linear in the clause's and the sentence's length.
 */
export function visitTypeFeatures(input: TypeInput, bits: number, sink: TypeFeatureSink): void {
  const mask = (1 << bits) - 1;
  sink.add(FIXED("bias") & mask, 1);
  visitWords(input.clause, mask, sink);
  visitWords(input.sentence, mask, sink, SENTENCE_WORDS);
  let units = 0;
  for (const unit of input.units) {
    if (unit === null) continue;
    const kind = unitClass(unit);
    if (units++ === 0) {
      sink.add(hash(`u1:${unit}`) & mask, 1);
      sink.add(FIRST_UNIT_KIND(kind) & mask, 1);
    }
    sink.add(UNIT_KIND(kind) & mask, 1);
  }
  if (units === 0) sink.add(FIXED(input.units.length > 0 ? "u:bare" : "u:none") & mask, 1);
  if (input.givingContext) sink.add(FIXED("ctx:giving") & mask, 1);
  if (input.tradeContext) sink.add(FIXED("ctx:trade") & mask, 1);
  sink.add(RULE(ruleKey(input)) & mask, TYPE_FEATURE_SCALES.ruleType);
  let best = 0;
  let second = 0;
  for (const [type, score] of Object.entries(input.ruleScores)) {
    if (!(score > 0)) continue;
    sink.add(RULE_SCORE(type) & mask, Math.min(score, TYPE_FEATURE_SCALES.scoreCap) * TYPE_FEATURE_SCALES.score);
    if (score > best) {
      second = best;
      best = score;
    } else if (score > second) second = score;
  }
  sink.add(FIXED("lead") & mask, Math.min(best - second, TYPE_FEATURE_SCALES.scoreCap) * TYPE_FEATURE_SCALES.score);
  sink.add(CARRY(input.carry ?? "none") & mask, 1);
  if (!tellsAnAction(input.clause)) sink.add(FIXED("stative") & mask, 1);
}
