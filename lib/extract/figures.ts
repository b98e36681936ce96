import { WEEKDAY_WORDS } from "./calendar";
import { parseDatedHeader } from "./header";
import {
  DENOMINATORS,
  FOLD_WORDS,
  IRREGULAR_COUNT_NOUNS,
  MONTHS,
  MULTIPLE_BEFORE_DETERMINER,
  MULTIPLE_VERBS,
  SCALE_WORDS,
  SHORT_SCALES,
  SINGULAR_COUNT_NOUNS,
  TENS_WORDS,
  TIME_UNITS,
  UNITS_WORDS,
  VAGUE_WORDS,
  parseDigits,
  superscriptNumber,
  tidy,
} from "./numbers";
import { figureContexts } from "./quantity-context";
import { type Token, isCapitalized, tokenize } from "./tokens";
import type { ExtractedFigure, Qualifier } from "./types";
import {
  AIRCRAFT_MODEL,
  AMOUNT_SUBJECTS,
  CHINESE_WORDS,
  CURRENCY_PREFIXES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  JAPANESE_WORDS,
  LENGTH_BEFORE,
  LENGTH_CONTEXT,
  MAKERS,
  MEASURE_ABBREVIATIONS,
  MEASURE_WORDS,
  MEN_PLURAL,
  MODEL_TYPES,
  MONEY_VERBS,
  NOT_MEN_PLURALS,
  PHYSICAL_NOUNS,
  PLURAL_ACRONYM,
  pluralNoun,
} from "./units";

/** A figure together with facts the claim layer needs but the public shape does not carry. */
export interface ScannedFigure extends ExtractedFigure {
  /** Token index range of the number itself (without qualifier and unit). */
  coreFrom: number;
  coreTo: number;
  /** Token index just past the unit noun, or past the number when there is no unit. */
  unitTo: number;
  /** A duration ("three days"): a quantity, but not what a claim is about. */
  duration: boolean;
}

interface Core {
  from: number;
  to: number;
  value: number | null;
  low: number | null;
  high: number | null;
  scaled: boolean;
  vague: boolean;
  unit: string | null;
  /** "sixfold", "tripled", "three times". */
  multiple?: boolean;
}

/** Words of a qualifier between "by" and a share: "by about a third", "by more than a quarter". */
const SHARE_QUALIFIER_WORDS = new Set("about around roughly approximately nearly almost some just more less than over under".split(" "));

const QUALIFIER_PHRASES: [string[], Qualifier][] = [
  [["in", "excess", "of"], "more_than"],
  [["upwards", "of"], "more_than"],
  [["more", "than"], "more_than"],
  [["greater", "than"], "more_than"],
  [["just", "over"], "more_than"],
  [["well", "over"], "more_than"],
  [["over"], "more_than"],
  [["above"], "more_than"],
  [["exceeding"], "more_than"],
  [["no", "fewer", "than"], "at_least"],
  [["no", "less", "than"], "at_least"],
  [["a", "minimum", "of"], "at_least"],
  [["at", "least"], "at_least"],
  [["an", "estimated"], "about"],
  [["an", "approximate"], "about"],
  [["estimated"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["roughly"], "about"],
  [["approximately"], "about"],
  [["some"], "about"],
  [["circa"], "about"],
  [["just", "shy", "of"], "nearly"],
  [["just", "under"], "nearly"],
  [["just", "below"], "nearly"],
  [["close", "to"], "nearly"],
  [["nearly"], "nearly"],
  [["almost"], "nearly"],
  [["as", "many", "as"], "up_to"],
  [["as", "much", "as"], "up_to"],
  [["a", "maximum", "of"], "up_to"],
  [["up", "to"], "up_to"],
  [["less", "than"], "less_than"],
  [["fewer", "than"], "less_than"],
  [["under"], "less_than"],
  [["below"], "less_than"],
];

/**
 * The qualifier phrases by their last word, in the order of QUALIFIER_PHRASES: every token that may
 * start a figure is asked for its qualifier, and only phrases ending in the word before it can match.
 */
const QUALIFIER_PHRASES_BY_LAST = new Map<string, [string[], Qualifier][]>();
for (const entry of QUALIFIER_PHRASES) {
  const last = entry[0][entry[0].length - 1] ?? "";
  QUALIFIER_PHRASES_BY_LAST.set(last, [...(QUALIFIER_PHRASES_BY_LAST.get(last) ?? []), entry]);
}

/** Words that end the noun phrase after a number: its head noun must come before them. */
const NP_STOP = new Set(
  (
    "of in on at to from for by with and or but as than that which who whom whose this these those the a an " +
    "was were is are be been being has have had will would could should may might can did do does not " +
    "since during after before per into onto over under about across along near against among between " +
    "said says told according including while when where if its their his her our your my it they he she we i"
  ).split(" "),
);

const YEAR_CONTEXT = new Set(["in", "since", "of", "by", "until", "till", "from", "to", "and", "before", "after", "early", "late", "mid", "summer", "winter", "spring", "autumn", "fall", "year", "during"]);

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

export const HYPHENS = new Set(["-", "–", "—"]);

/** The lower-cased word at token `i`, or "" for a number, punctuation or past the end. */
export function word(tokens: Token[], i: number): string {
  const t = tokens[i];
  return t && t.kind === "word" ? t.lower : "";
}

function glued(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && !t.spaced;
}

function isHyphenAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && !t.spaced && HYPHENS.has(t.text);
}

/** Number words: "seven", "twenty-five", "three hundred", "two million", "a dozen". */
function wordNumber(tokens: Token[], k: number): { value: number; to: number; scaled: boolean } | null {
  let total = 0;
  let current = 0;
  let j = k;
  let any = false;
  let scaled = false;
  let last: "unit" | "tens" | "hundred" | "scale" | null = null;
  const first = word(tokens, k);
  if (first === "a" || first === "an") {
    const next = word(tokens, k + 1);
    if (next === "dozen") return { value: 12, to: k + 2, scaled: false };
    if (next !== "hundred" && next !== "thousand" && next !== "million" && next !== "billion" && next !== "trillion") return null;
    current = 1;
    j = k + 1;
    last = "unit";
  }
  while (j < tokens.length) {
    const w = word(tokens, j);
    const unit = UNITS_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    if (unit !== undefined && last !== "unit" && (last !== "tens" || unit < 10)) {
      current += unit;
      last = "unit";
    } else if (tens !== undefined && last !== "unit" && last !== "tens") {
      current += tens;
      last = "tens";
    } else if (w === "hundred" && (last === "unit" || last === "tens")) {
      current = current * 100;
      last = "hundred";
    } else if ((w === "thousand" || w === "million" || w === "billion" || w === "trillion") && last !== null && last !== "scale") {
      total += current * (SCALE_WORDS.get(w) ?? 1);
      current = 0;
      scaled = true;
      last = "scale";
    } else if (w === "and" && (last === "unit" || last === "tens") && word(tokens, j + 1) === "a" && word(tokens, j + 2) === "half") {
      // "one and a half shells", "two and a half million people".
      current += 0.5;
      last = "unit";
      j += 3;
      continue;
    } else if (w === "dozen" && last === "unit") {
      current *= 12;
      last = "scale";
    } else if (w === "and" && any && (last === "hundred" || last === "scale") && (UNITS_WORDS.has(word(tokens, j + 1)) || TENS_WORDS.has(word(tokens, j + 1)))) {
      j++;
      continue;
    } else if (isHyphenAt(tokens, j) && last === "tens" && UNITS_WORDS.has(word(tokens, j + 1)) && glued(tokens, j + 1)) {
      j++;
      continue;
    } else {
      break;
    }
    any = true;
    j++;
  }
  if (!any) return null;
  return { value: total + current, to: j, scaled };
}

function isMonthToken(tokens: Token[], i: number): boolean {
  return MONTHS.has(word(tokens, i)) && (word(tokens, i) !== "may" || isCapitalized(tokens[i]));
}

/** Lower-case words that name a numbered thing: "platform 4", "band 5", "junctions 10 and 11", "the number 10 shirt". */
const LABEL_WORDS = new Set(
  "platform platforms junction junctions number band module day route level category article phase stage gate terminal flight chapter page section grade tier zone version episode room floor pier lane runway exit highway interstate channel bus line".split(" "),
);
/** Words that make "<word> day" a time phrase ("the last day 1260 ..."), not a label ("day 12"). */
const TIME_PHRASE_BEFORE = new Set(["last", "past", "previous", "same", "that", "this", "next", "whole", "single"]);
/** Words before a number that make it a phone number: "dial 999", "call 0800 048 3377". */
const PHONE_BEFORE = new Set(["dial", "call", "ring", "phone", "text", "hotline", "helpline", "tel"]);
const WEEKDAYS = new Set([...WEEKDAY_WORDS, "today", "yesterday"]);
/** Sentence-initial capitalised words that are not names: "Only 14 apps", "Some 40 people". */
const NOT_NAMES = new Set("only just nearly almost about around roughly some another all over under exactly including after before during those these with by at its their".split(" "));
const VOTE_VERBS = new Set("passed approved adopted rejected defeated voted carried won lost backed".split(" "));

function isBareInteger(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "num" && /^\d+$/.test(t.text);
}

/** "0800 048 3377", "+90 212 555 0143", "dial 999": groups of digits that dial a number. */
function isPhoneNumber(tokens: Token[], k: number): boolean {
  const tok = tokens[k]!;
  if (!isBareInteger(tok)) return false;
  if (tok.text.length >= 3 && tok.text.startsWith("0")) return true;
  if (PHONE_BEFORE.has(word(tokens, k - 1))) return true;
  const spacedNum = (i: number) => isBareInteger(tokens[i]) && tokens[i]!.spaced;
  const group = (i: number) => isBareInteger(tokens[i]) || (tokens[i]?.text === "+" && isBareInteger(tokens[i + 1]));
  // A run of three digit groups, or a "+" country code before another group.
  if ((spacedNum(k + 1) && spacedNum(k + 2)) || (tok.spaced && group(k - 1) && spacedNum(k + 1)) || (tok.spaced && isBareInteger(tokens[k - 1]) && isBareInteger(tokens[k - 2]) && tokens[k - 1]!.spaced)) return true;
  if (tokens[k - 1]?.text === "+" && !tok.spaced && spacedNum(k + 1)) return true;
  return false;
}

/** "beat Chelsea 5-0", "6-3, 7-6", "a 79-18 vote", "passed by 141 to 5": scores and tallies, not ranges. */
function isScore(tokens: Token[], k: number, value: number): boolean {
  const tok = tokens[k]!;
  if (!isBareInteger(tok) || tok.text.length > 3) return false;
  const next = tokens[k + 1];
  if (next && !next.spaced && HYPHENS.has(next.text) && isBareInteger(tokens[k + 2]) && !tokens[k + 2]!.spaced && tokens[k + 2]!.text.length <= 3 && Number(tokens[k + 2]!.text) <= value) return true;
  const prev = tokens[k - 1];
  if (prev && !tok.spaced && !prev.spaced && HYPHENS.has(prev.text) && isBareInteger(tokens[k - 2]) && tokens[k - 2]!.text.length <= 3 && Number(tokens[k - 2]!.text) >= value) return true;
  if (word(tokens, k - 1) === "by" && VOTE_VERBS.has(word(tokens, k - 2)) && word(tokens, k + 1) === "to" && isBareInteger(tokens[k + 2]) && Number(tokens[k + 2]!.text) < value) return true;
  if (word(tokens, k - 1) === "to" && isBareInteger(tokens[k - 2]) && word(tokens, k - 3) === "by" && VOTE_VERBS.has(word(tokens, k - 4)) && Number(tokens[k - 2]!.text) > value) return true;
  return false;
}

/** "24.02.22", "15.03.2025": a day and month read as one decimal, then a dot and the year, all unspaced. */
function isDottedDate(tokens: Token[], k: number): boolean {
  const dayMonth = /^(\d{1,2})\.(\d{1,2})$/.exec(tokens[k]?.text ?? "");
  const dot = tokens[k + 1];
  const year = tokens[k + 2];
  if (!dayMonth || dot?.text !== "." || dot.spaced || year?.kind !== "num" || year.spaced || !/^(?:\d{2}|\d{4})$/.test(year.text)) return false;
  const day = Number(dayMonth[1]);
  const month = Number(dayMonth[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Dates, years, times, ordinals and names with digits ("F-16", "Nord Stream 2") are not figures. */
function isNonFigureNumber(tokens: Token[], k: number, value: number, hasQualifier: boolean, money: boolean): boolean {
  const tok = tokens[k];
  if (!tok) return true;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (isDottedDate(tokens, k) || (prev?.text === "." && !prev.spaced && !tok.spaced && isDottedDate(tokens, k - 2))) return true;
  if (next && !next.spaced && next.kind === "word" && ORDINAL_SUFFIXES.has(next.lower)) return true;
  if (next && !next.spaced && (next.text === ":" || next.text === "/") && tokens[k + 2]?.kind === "num" && !tokens[k + 2]?.spaced) return true;
  if (prev && !tok.spaced && (prev.text === ":" || prev.text === "/")) return true;
  const nextWord = word(tokens, k + 1).replace(/\./g, "");
  if (["am", "pm", "gmt", "utc", "cet", "hrs", "bst", "est", "edt"].includes(nextWord)) return true;
  if (nextWord === "a" && tokens[k + 2]?.text === "." && word(tokens, k + 3) === "m") return true;
  if (nextWord === "p" && tokens[k + 2]?.text === "." && word(tokens, k + 3) === "m") return true;
  const isInteger = /^\d+$/.test(tok.text);
  // "In March 12% of households ...": a share is never a day, even beside a month.
  if (isInteger && value >= 1 && value <= 31 && percentAt(tokens, k + 1) === null) {
    if (isMonthToken(tokens, k + 1) || isMonthToken(tokens, k - 1)) return true;
    if (prev?.text === "." && isMonthToken(tokens, k - 2)) return true;
    if (word(tokens, k + 1) === "of" && isMonthToken(tokens, k + 2)) return true;
  }
  // "2019-20", "1932-33": the end of a span of years.
  if (prev && !tok.spaced && HYPHENS.has(prev.text) && /^\d{4}$/.test(tokens[k - 2]?.text ?? "") && /^\d{2}$/.test(tok.text)) return true;
  if (money) return false;
  if (isPhoneNumber(tokens, k) || isScore(tokens, k, value)) return true;
  // "Route 66 turns 100": an age.
  if (isInteger && ["turns", "turned", "turning"].includes(word(tokens, k - 1)) && (next === undefined || next.kind === "punct" || NP_STOP.has(word(tokens, k + 1)))) return true;
  // "iPhone 15", "eSIM 2": a camel-cased name.
  if (isInteger && prev?.kind === "word" && /^[a-z]+[A-Z]/.test(prev.text) && !hasQualifier) return true;
  // "A350-900s": the second half of a model number.
  if (prev && !tok.spaced && HYPHENS.has(prev.text) && !prev.spaced && tokens[k - 2]?.kind === "num" && !tokens[k - 2]!.spaced && tokens[k - 3]?.kind === "word" && /[A-Z]/.test(tokens[k - 3]!.text)) return true;
  // "the last day 1260 soldiers were killed": a time phrase before a count, not a numbered "day 12".
  const timePhrase = word(tokens, k - 1) === "day" && TIME_PHRASE_BEFORE.has(word(tokens, k - 2));
  if (isInteger && LABEL_WORDS.has(word(tokens, k - 1)) && tokens[k - 1]!.text === tokens[k - 1]!.lower && !hasQualifier && !timePhrase) return true;
  if (isInteger && word(tokens, k - 1) === "and" && isBareInteger(tokens[k - 2]) && LABEL_WORDS.has(word(tokens, k - 3))) return true;
  if (isInteger && prev?.text === "." && word(tokens, k - 2) === "no") return true;
  // "7-Eleven": a number joined to a capitalised word.
  if (next && !next.spaced && HYPHENS.has(next.text) && tokens[k + 2]?.kind === "word" && !tokens[k + 2]!.spaced && isCapitalized(tokens[k + 2])) return true;
  if (isInteger && tok.text.length === 4 && value >= 1800 && value <= 2100 && !hasQualifier) return true;
  // "he was 45": an age stated of a person.
  if (isInteger && value < 130 && ["was", "is", "aged"].includes(word(tokens, k - 1)) && ["he", "she"].includes(word(tokens, k - 2)) && (next === undefined || next.kind === "punct")) return true;
  // "Ivanov, 48, is ...": an age in apposition to a name. "Russia’s 12 deputy ministers" is a count.
  if (isInteger && value < 130 && prev?.text === "," && next?.text === "," && isCapitalized(tokens[k - 2])) return true;
  // "The defendant, 34, was found guilty": the same after a person named by a singular noun.
  if (isInteger && value < 130 && prev?.text === "," && next?.text === "," && isSingularAfterDeterminer(tokens, k - 2)) return true;
  // "a man in his 60s", "a woman in her early 30s": an age by decade.
  if (isInteger && value % 10 === 0 && value < 130 && next?.lower === "s" && !next.spaced && isAgeDecadeBefore(tokens, k)) return true;
  // Ages: "aged 48", "between the ages of 18 and 60", "men of 18 to 60" — not counts.
  if (isInteger && value < 130) {
    const back = [word(tokens, k - 1), word(tokens, k - 2), word(tokens, k - 3), word(tokens, k - 4)];
    if (back[0] === "aged" || (back[0] === "of" && (back[1] === "ages" || back[1] === "age"))) return true;
    if ((back[0] === "and" || back[0] === "to" || HYPHENS.has(tokens[k - 1]?.text ?? "")) && tokens[k - 2]?.kind === "num" && (back[2] === "aged" || (back[2] === "of" && (back[3] === "ages" || back[3] === "age")))) return true;
  }
  if (isInteger && tok.text.length === 2 && prev?.text === "'" ) return true;
  // Model and weapon names: "F-16", "Su-25", "COVID-19", "MH17", "G7".
  if (prev && !tok.spaced && prev.kind === "word") return true;
  if (prev && !tok.spaced && HYPHENS.has(prev.text) && !prev.spaced && tokens[k - 2]?.kind === "word" && /[A-Z]/.test(tokens[k - 2]?.text ?? "")) {
    return true;
  }
  // "Nord Stream 2", "Article 5", "Resolution 2231": a short number right after a capitalised name.
  // A count can follow a capitalised word only after a weekday or a place ("On Monday 40 missiles", "in Kharkiv 12 people").
  const countAfterName = isPluralNoun(next) && (WEEKDAYS.has(prev?.kind === "word" ? prev.lower : "") || ["in", "on", "at", "near", "across"].includes(word(tokens, k - 2))) && !/^[A-Z]{2,}$/.test(prev?.text ?? "");
  const sentenceStart = tokens[k - 2] === undefined || [".", "!", "?", "“", "\""].includes(tokens[k - 2]!.text);
  const opensItem = sentenceStart || ["-", "–", "—", "•", "*", ":"].includes(tokens[k - 2]!.text);
  // "Gemini 1.5", "USB 3.0": a version number; a decimal before a unit or "%" is a measure.
  const version = !isInteger && /^\d+\.\d+$/.test(tok.text) && (next === undefined || (next.kind === "punct" && next.text !== "%" && next.text !== "°") || (next.kind === "word" && next.spaced && NP_STOP.has(next.lower)));
  if (
    (isInteger || version) &&
    !hasQualifier &&
    prev?.kind === "word" &&
    isCapitalized(prev) &&
    !NP_STOP.has(prev.lower) &&
    !/[’']s$/.test(prev.text) &&
    !isMonthToken(tokens, k - 1) &&
    !(sentenceStart && (NP_STOP.has(prev.lower) || NOT_NAMES.has(prev.lower) || WEEKDAYS.has(prev.lower))) &&
    // "- Trained 640 Ukrainian medics", "Delivered 85 generators": a verb opening a sentence or list item.
    !(opensItem && /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u.test(prev.text) && next?.kind === "word") &&
    !countAfterName &&
    // "BRITAIN SENDS 14 CHALLENGER TANKS": a headline in capitals, not "Nord Stream 2".
    !(isShouted(prev) && isShouted(next) && next!.spaced) &&
    !(next?.kind === "word" && (SCALE_WORDS.has(next.lower) || next.lower === "percent")) &&
    // "Qatar 11% and Algeria 20%": a share after a name is a measure of it.
    next?.text !== "%"
  ) {
    return true;
  }
  return false;
}

/** "the defendant", "a pensioner": a singular noun after a determiner, which a person's age may follow in commas. */
function isSingularAfterDeterminer(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === "word" && t.text === t.lower && t.lower.length > 2 && !t.lower.endsWith("s") && ["the", "a", "an", "his", "her", "their"].includes(word(tokens, i - 1));
}

/** "in his 60s", "in their late 20s", "in her mid-30s": the words before an age given by its decade. */
function isAgeDecadeBefore(tokens: Token[], k: number): boolean {
  const modifierAt = isHyphenAt(tokens, k - 1) ? k - 2 : k - 1;
  const possessiveAt = ["early", "mid", "late"].includes(word(tokens, modifierAt)) ? modifierAt - 1 : k - 1;
  return ["his", "her", "their"].includes(word(tokens, possessiveAt)) && word(tokens, possessiveAt - 1) === "in";
}

/** "nine in ten", "one out of five": a share built from two plain numbers. */
function coreAt(tokens: Token[], k: number, hasQualifier: boolean, money = false): Core | null {
  const core = spaceGroupedAt(tokens, k, hasQualifier, money) ?? basicCoreAt(tokens, k, hasQualifier, money);
  if (!core || core.vague || core.scaled || core.value === null || core.unit !== null) return core;
  let j = core.to;
  if (word(tokens, j) === "in") j++;
  else if (word(tokens, j) === "out" && word(tokens, j + 1) === "of") j += 2;
  else return core;
  const denominator = basicCoreAt(tokens, j, false);
  if (!denominator || denominator.vague || denominator.value === null || denominator.unit === "share") return core;
  if (denominator.value <= core.value || denominator.value > 1000) return core;
  return { ...core, to: denominator.to, value: tidy(core.value / denominator.value), unit: "share" };
}

/**
 * "473 400", "12 500 troops": thousands grouped by a space (one space, a no-break or a thin space),
 * read as one number when a group of exactly three digits follows a group of one to three, and no
 * number or month stands around them.
 */
function spaceGroupedAt(tokens: Token[], k: number, hasQualifier: boolean, money: boolean): Core | null {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!a || !b || a.kind !== "num" || b.kind !== "num" || !/^\d{1,3}$/.test(a.text) || !/^\d{3}$/.test(b.text) || !b.spaced) return null;
  if (b.start - a.end !== 1) return null;
  const prev = tokens[k - 1];
  if (prev && (prev.kind === "num" || isMonthToken(tokens, k - 1) || LABEL_WORDS.has(prev.lower) || prev.text === "," || HYPHENS.has(prev.text))) return null;
  const after = tokens[k + 2];
  if (after && (after.kind === "num" || (after.spaced === false && (after.text === "-" || after.text === ":" || (after.text === "." && tokens[k + 3]?.kind === "num" && tokens[k + 3]?.spaced === false))) || isMonthToken(tokens, k + 2))) return null;
  const second = basicCoreAt(tokens, k + 1, hasQualifier, money);
  if (!second || second.vague || second.scaled || second.value === null || second.from !== k + 1) return null;
  return { ...second, from: k, value: Number(a.text) * 1000 + second.value };
}

const VAGUE_ROUND: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 100, thousand: 1000, dozen: 12 }));

function isPluralNoun(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.text === t.lower && t.lower.length > 3 && t.lower.endsWith("s") && !t.lower.endsWith("ss") && !["times", "years", "days", "weeks", "months", "hours", "minutes", "decades", "others", "ways", "reasons", "things", "issues", "questions", "aspects", "occasions"].includes(t.lower);
}

const EVERY_NTH: ReadonlyMap<string, number> = new Map(Object.entries({ second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, tenth: 10 }));
const TIME_NOUNS = new Set("day days week weeks month months year years hour hours minute minutes time times night morning evening weekend decade".split(" "));

/** "×10^6", "e6", "^15", "¹⁵": a power of ten at token j, with the token just past it. */
function exponentAt(tokens: Token[], j: number): { power: number; to: number } | null {
  const t = tokens[j];
  if (!t || t.spaced) return null;
  if (t.text === "^" && tokens[j + 1]?.kind === "num" && !tokens[j + 1]!.spaced && /^\d{1,3}$/.test(tokens[j + 1]!.text)) {
    return { power: Number(tokens[j + 1]!.text), to: j + 2 };
  }
  let digits = "";
  let i = j;
  while (tokens[i] && !tokens[i]!.spaced && superscriptNumber(tokens[i]!.text) !== null && digits.length < 3) digits += tokens[i++]!.text;
  return digits ? { power: superscriptNumber(digits)!, to: i } : null;
}

/** A glued "m" is a length when the words around it speak of one ("37m tall", "a depth of 37m"). */
function isMetres(tokens: Token[], k: number, m: number): boolean {
  const after = word(tokens, m + 1);
  if (LENGTH_CONTEXT.has(after) || (isHyphenAt(tokens, m + 1) && LENGTH_CONTEXT.has(word(tokens, m + 2)))) return true;
  if ([1, 2, 3].some((back) => LENGTH_BEFORE.has(word(tokens, k - back)))) return true;
  // "a 37m wall": a structure measured.
  if (PHYSICAL_NOUNS.has(after)) return true;
  // "The river rose 2.5m", "The wave was 20m": a length when the sentence speaks of a physical thing
  // and no counted noun or money verb says millions ("costs 4m", "37m viewers").
  if (MONEY_VERBS.has(word(tokens, k - 1)) || isPluralNoun(tokens[m + 1]) || (tokens[m + 1]?.kind === "word" && !NP_STOP.has(after) && after !== "overnight")) return false;
  for (let i = k - 1; i >= Math.max(0, k - 8); i--) {
    const t = tokens[i]!;
    if (t.text === "." || t.text === ";" || MONEY_VERBS.has(t.lower)) return false;
    if (PHYSICAL_NOUNS.has(t.lower)) return true;
  }
  return false;
}


const RACE_WORDS = new Set("hurdles freestyle relay butterfly backstroke breaststroke medley sprint dash steeplechase".split(" "));
const RACE_AFTER_THE = new Set(["final", "finals", "heat", "heats", "title", "gold", "race", "world", "champion"]);

/** A number written in digits at token k, with any scale, power of ten, fraction or glued measure. */
/** Scales written out in full, which a hyphen may join to the number ("300-million-euro"). */
const WRITTEN_SCALES = new Set(["thousand", "million", "billion", "trillion"]);

function digitCoreAt(tokens: Token[], k: number, hasQualifier: boolean, money: boolean): Core | null {
  const tok = tokens[k]!;
  const prev = tokens[k - 1];
  // ".001 per cent": a leading decimal point, itself after white space.
  const leadingPoint = prev?.text === "." && !tok.spaced && prev.spaced && !tok.text.includes(".");
  let value = leadingPoint ? Number(`0.${tok.text.replace(/,/g, "")}`) : parseDigits(tok.text);
  if (!Number.isFinite(value)) return null;
  const from = leadingPoint ? k - 1 : k;
  let j = k + 1;
  const next = tokens[j];
  // "1/2 pound": a fraction, not a date ("1/2/2023") or a score.
  if (next?.text === "/" && !next.spaced && tokens[j + 1]?.kind === "num" && !tokens[j + 1]!.spaced && tokens[j + 2]?.text !== "/") {
    const denominator = Number(tokens[j + 1]!.text);
    if (/^\d+$/.test(tok.text) && Number.isInteger(denominator) && [2, 3, 4, 5, 8, 10, 16].includes(denominator) && value < denominator && value > 0) {
      return { from, to: j + 2, value: tidy(value / denominator), low: null, high: null, scaled: false, vague: false, unit: null };
    }
  }
  // Scientific notation: "1.5e6", "3 x 10^8", "10^15", "10¹⁵"; never inside an identifier such as
  // the hex "0f1e16ab", where letters or digits touch the number or its exponent.
  const gluedBefore = Boolean(prev && !tok.spaced && /[A-Za-z0-9]$/.test(prev.text));
  const gluedAfter = Boolean(tokens[j + 2] && !tokens[j + 2]!.spaced && /^[A-Za-z0-9]/.test(tokens[j + 2]!.text));
  if (next?.kind === "word" && next.lower === "e" && !next.spaced && tokens[j + 1]?.kind === "num" && !tokens[j + 1]!.spaced && !gluedBefore && !gluedAfter) {
    return { from, to: j + 2, value: tidy(value * 10 ** Number(tokens[j + 1]!.text)), low: null, high: null, scaled: true, vague: false, unit: null };
  }
  if ((next?.lower === "x" || next?.text === "×") && tokens[j + 1]?.text === "10") {
    const power = exponentAt(tokens, j + 2);
    if (power) return { from, to: power.to, value: tidy(value * 10 ** power.power), low: null, high: null, scaled: true, vague: false, unit: null };
  }
  if (tok.text === "10") {
    const power = exponentAt(tokens, j);
    if (power) return { from, to: power.to, value: 10 ** power.power, low: null, high: null, scaled: true, vague: false, unit: null };
  }
  let scale = 1;
  let scaled = false;
  let unit: string | null = null;
  // "a 300-million-euro loan", "a 1.5-billion-dollar deal": a hyphen between the number and its scale.
  if (isHyphenAt(tokens, j) && glued(tokens, j + 1) && WRITTEN_SCALES.has(word(tokens, j + 1))) j++;
  // "4 hundred million".
  if (word(tokens, j) === "hundred") {
    scale = 100;
    scaled = true;
    j++;
  }
  const scaleToken = tokens[j];
  const scaleWord = scaleToken?.kind === "word" ? scaleToken.lower : "";
  const shortScaleSpaced = scaleToken !== undefined && scaleToken.spaced && SHORT_SCALES.has(scaleWord);
  // "4K video", "8K": a display standard, not thousands.
  if (scaleToken?.text === "K" && !scaleToken.spaced && !money && /^\d+$/.test(tok.text) && value <= 16) return null;
  // "the 400m hurdles", "the 10,000m final": a race, not a length or millions.
  if (scaleWord === "m" && !scaleToken!.spaced && !money && (RACE_WORDS.has(word(tokens, j + 1)) || (word(tokens, k - 1) === "the" && RACE_AFTER_THE.has(word(tokens, j + 1))))) return null;
  if (
    scaleToken &&
    SCALE_WORDS.has(scaleWord) &&
    (!shortScaleSpaced || ["bn", "mln", "bln"].includes(scaleWord) || (scaleToken.text === scaleToken.text.toUpperCase() && scaleWord !== "m")) &&
    !(scaleWord === "m" && !money && !scaleToken.spaced && isMetres(tokens, k, j))
  ) {
    scale *= SCALE_WORDS.get(scaleWord) ?? 1;
    scaled = true;
    j++;
    // "1.5 lakh crore".
    if ((scaleWord === "lakh" || scaleWord === "lakhs") && (word(tokens, j) === "crore" || word(tokens, j) === "crores")) {
      scale *= 1e7;
      j++;
    }
  } else if (scaleWord === "m" && !scaleToken!.spaced) {
    unit = tokens[j + 1]?.text === "²" && !tokens[j + 1]!.spaced ? "m2" : "m";
    j += unit === "m2" ? 2 : 1;
  } else if (scaleToken?.kind === "word" && (MEASURE_ABBREVIATIONS.has(scaleWord) || scaleWord === "bps") && !(scaleToken.spaced && scaleWord === "ha")) {
    unit = scaleWord === "bps" ? "basis_points" : MEASURE_ABBREVIATIONS.get(scaleWord)!;
    j++;
    const speed = speedAfter(tokens, j - 1);
    if (speed) {
      unit = speed.unit;
      j = speed.to;
    }
    // "4,000 km²", "2,000 km2": the square glued to the length.
    if ((tokens[j]?.text === "²" || tokens[j]?.text === "2") && !tokens[j]!.spaced && (unit === "km" || unit === "cm" || unit === "mm")) {
      unit = `${unit}2`;
      j++;
    }
    // "90km/h".
    if (tokens[j]?.text === "/" && !tokens[j]!.spaced && word(tokens, j + 1) === "h" && !tokens[j + 1]!.spaced) {
      unit = `${unit}/h`;
      j += 2;
    }
  } else if (scaleToken?.text === "t" && (!scaleToken.spaced || word(tokens, j + 1) === "of") && !isHyphenAt(tokens, j + 1) && tokens[j + 1]?.text !== "'" && tokens[j + 1]?.text !== "’") {
    // "3,000t of wheat", "3,000 t of wheat": tonnes.
    unit = "tonnes";
    j++;
  } else if (scaleToken && !scaleToken.spaced && (scaleToken.text === "C" || scaleToken.text === "F")) {
    // "40.3C".
    unit = scaleToken.text === "C" ? "celsius" : "fahrenheit";
    j++;
  } else if (scaleToken && !scaleToken.spaced && scaleWord === "x" && !(tokens[j + 1]?.kind === "num" && (!tokens[j + 1]!.spaced || tokens[j + 1]!.text === "10"))) {
    // "10x faster": a multiple.
    return { from, to: j + 1, value: tidy(value * scale), low: null, high: null, scaled, vague: false, unit: "times", multiple: true };
  } else if (scaleToken && !scaleToken.spaced && scaleToken.kind === "word" && scaleWord === "p" && !money) {
    unit = "GBX";
    j++;
  } else if (scaleToken && !scaleToken.spaced && scaleToken.kind === "word" && !["sq", "s", "pc", "pp", "ppt", "ppts"].includes(scaleWord)) {
    return null;
  }
  if (!scaled && unit === null && !leadingPoint && isNonFigureNumber(tokens, k, value, hasQualifier, money)) return null;
  value = tidy(value * scale);
  if (isHyphenAt(tokens, j) && word(tokens, j + 1) === "fold") {
    return { from, to: j + 2, value, low: null, high: null, scaled, vague: false, unit: "times", multiple: true };
  }
  return { from, to: j, value, low: null, high: null, scaled, vague: false, unit };
}

/** Words that follow "one" without making it a count: "one another", "one way or the other". */
const NOT_COUNTED_AFTER_ONE = new Set(
  "another more such way side hand thing point time day year week month night morning evening afternoon last other big major key main particular reason example instance case area issue question problem aspect option kind sort type part piece bit".split(" "),
);

const ADJECTIVE_ENDINGS = /(ous|us|is|ss|ly|ed|ing|ful|ive|al|ic|’s|'s)$/;

/** The counted noun after "one": "one soldier" → soldiers; "one senior official" → officials; "one of the tanks" → tanks. */
function oneCountUnit(tokens: Token[], k: number): string | null {
  const next = tokens[k + 1];
  if (!next || next.kind !== "word") return null;
  if (next.lower === "of") {
    if (!["the", "its", "their", "his", "her", "our", "those", "these", "two", "three"].includes(word(tokens, k + 2))) return null;
    let phrase = k + 3;
    for (let i = k + 3; i < k + 8; i++) {
      const t = tokens[i];
      // "one of the 14 apps", "one of the bank's 12 board members".
      if (t?.kind === "num" || (t?.kind === "word" && /[’']s$/.test(t.text)) || t?.text === "’" || t?.text === "'" || (t?.kind === "word" && (t.lower === "s") && !t.spaced)) {
        phrase = i + 1;
        continue;
      }
      if (!t || t.kind !== "word" || NP_STOP.has(t.lower)) return null;
      // "one of the lowest rates", "one of the most important": a superlative classifies, it does not count.
      if (/est$/.test(t.lower) || ["most", "least", "best", "worst"].includes(t.lower)) return null;
      if (IRREGULAR_COUNT_NOUNS.has(t.lower) || (isPluralNoun(t) && !ADJECTIVE_ENDINGS.test(t.lower))) {
        // The group's whole noun: "one of its two aircraft carriers", "one of the 12 board members".
        const group = unitAfter(tokens, phrase, null).unit;
        return group !== null && /^[a-z]/.test(group) && group.includes(pluralNoun(t.lower).split(" ")[0]!) ? group : pluralNoun(t.lower);
      }
    }
    return null;
  }
  if (SINGULAR_COUNT_NOUNS.has(next.lower)) return pluralNoun(next.lower);
  if (next.text !== next.lower || NP_STOP.has(next.lower) || NOT_COUNTED_AFTER_ONE.has(next.lower) || isHyphenAt(tokens, k + 1)) return null;
  // The head is the last word of a short noun phrase: "one clear path", "one senior Ukrainian official".
  let head: Token | null = null;
  for (let i = k + 1; i < k + 4; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || NP_STOP.has(t.lower) || /[’']/.test(t.text) || (i > k + 1 && !t.spaced)) break;
    head = t;
  }
  if (!head || head.text !== head.lower || head.lower.length < 3 || head.lower.endsWith("s") || ADJECTIVE_ENDINGS.test(head.lower)) return null;
  return pluralNoun(head.lower);
}

const VAGUE_ALONE_AFTER = new Set("still were are had have more died fled remain remained missing injured killed wounded".split(" "));

const DETERMINERS_AFTER_MULTIPLE = new Set(["the", "its", "their", "our", "his", "her"]);

/** A number-like core at token k, without qualifier: digits (+ scale), words, shares, vague magnitudes. */
function basicCoreAt(tokens: Token[], k: number, hasQualifier: boolean, money = false): Core | null {
  const tok = tokens[k];
  if (!tok) return null;
  if (tok.kind === "num") return digitCoreAt(tokens, k, hasQualifier, money);
  if (tok.kind !== "word") return null;
  const w = tok.lower;
  const multiple = FOLD_WORDS.get(w) ?? MULTIPLE_VERBS.get(w);
  // "doubled down on": an idiom, not a multiple.
  const idiom = word(tokens, k + 1) === "down" || (isHyphenAt(tokens, k + 1) && word(tokens, k + 2) === "down");
  if (multiple !== undefined && !idiom) return { from: k, to: k + 1, value: multiple, low: null, high: null, scaled: false, vague: false, unit: "times", multiple: true };
  const beforeDeterminer = MULTIPLE_BEFORE_DETERMINER.get(w);
  if (beforeDeterminer !== undefined && DETERMINERS_AFTER_MULTIPLE.has(word(tokens, k + 1))) return { from: k, to: k + 1, value: beforeDeterminer, low: null, high: null, scaled: false, vague: false, unit: "times", multiple: true };

  if (w === "half") {
    const prevWord = word(tokens, k - 1);
    if (["first", "second", "latter", "last", "next"].includes(prevWord)) return null;
    if (isHyphenAt(tokens, k + 1)) return null;
    const after = word(tokens, k + 1);
    if ((after === "a" || after === "an") && SCALE_WORDS.has(word(tokens, k + 2))) {
      return { from: k, to: k + 3, value: tidy(0.5 * (SCALE_WORDS.get(word(tokens, k + 2)) ?? 1)), low: null, high: null, scaled: true, vague: false, unit: null };
    }
    if (["hour", "day", "century", "decade", "year", "month", "time", "way"].includes(word(tokens, k + 2)) && (after === "an" || after === "a" || after === "the")) return null;
    if (after === "" && tokens[k + 1]?.kind !== "punct") return null;
    // "the half year", "half term": a period, not a share.
    if (["year", "term", "time", "century", "hour", "season", "day"].includes(after)) return null;
    return { from: k, to: k + 1, value: 0.5, low: null, high: null, scaled: false, vague: false, unit: "share" };
  }

  // "every third person", "every second delivery": a share of a group, not a frequency in time.
  if (w === "every") {
    const den = EVERY_NTH.get(word(tokens, k + 1));
    const noun = tokens[k + 2];
    if (den !== undefined && noun?.kind === "word" && !TIME_NOUNS.has(noun.lower)) {
      return { from: k, to: k + 2, value: tidy(1 / den), low: null, high: null, scaled: false, vague: false, unit: "share" };
    }
  }

  // "a third of", "one-third", "two-thirds", "three quarters".
  const numerator = w === "a" || w === "an" ? 1 : UNITS_WORDS.get(w);
  if (numerator !== undefined && numerator > 0) {
    let j = k + 1;
    if (isHyphenAt(tokens, j)) j++;
    const den = DENOMINATORS.get(word(tokens, j));
    if (den !== undefined && den > 1) {
      const plural = word(tokens, j).endsWith("s");
      // "a third" alone is an ordinal ("a third time"); "a third of" is a share.
      // "in six quarters" counts periods; "three quarters of" and "three-quarters" are shares.
      const quarters = word(tokens, j) === "quarters" && !isHyphenAt(tokens, k + 1) && word(tokens, j + 1) !== "of";
      // "cut by a third", "fell by a quarter", "rose by about a third": the share of a change.
      let by = k - 1;
      while (by > k - 3 && SHARE_QUALIFIER_WORDS.has(word(tokens, by))) by--;
      const byShare = numerator === 1 && !plural && word(tokens, by) === "by";
      // "around a quarter agreed", "just under a third": a qualifier makes it an amount, never an
      // ordinal, unless a period follows ("over a quarter century").
      const qualified = numerator === 1 && !plural && by < k - 1 && !TIME_NOUNS.has(word(tokens, j + 1)) && !["century", "centuries"].includes(word(tokens, j + 1));
      const share = numerator === 1 ? !plural && (word(tokens, j + 1) === "of" || byShare || qualified) : plural && !quarters;
      if (share) return { from: k, to: j + 1, value: tidy(numerator / den), low: null, high: null, scaled: false, vague: false, unit: "share" };
    }
  }

  const vagueBase = VAGUE_WORDS.get(w);
  // "with dozens still missing", "hundreds were hurt": a vague count standing alone.
  if (vagueBase !== undefined && vagueBase <= 1e3 && w !== "tens" && w !== "scores" && word(tokens, k + 1) !== "of" && tok.text === tok.lower && !["of", "the", "in", "by", "to"].includes(word(tokens, k - 1)) && (tokens[k + 1] === undefined || tokens[k + 1]!.kind === "punct" || VAGUE_ALONE_AFTER.has(word(tokens, k + 1)))) {
    return { from: k, to: k + 1, value: null, low: vagueBase, high: null, scaled: false, vague: true, unit: null };
  }
  if (vagueBase !== undefined && word(tokens, k + 1) === "of") {
    let low = vagueBase;
    let j = k + 2;
    // "tens of thousands of", "hundreds of millions of".
    const inner = VAGUE_WORDS.get(word(tokens, j));
    if (inner !== undefined && word(tokens, j + 1) === "of" && inner > vagueBase) {
      low = vagueBase * inner;
      j += 2;
    }
    if (w === "tens" && low === vagueBase) return null;
    return { from: k, to: j, value: null, low, high: null, scaled: false, vague: true, unit: null };
  }
  if ((w === "several" || w === "many" || w === "few") && VAGUE_ROUND.has(word(tokens, k + 1))) {
    // "several hundred enterprises", "a few thousand troops".
    return { from: k, to: k + 2, value: null, low: VAGUE_ROUND.get(word(tokens, k + 1)) ?? null, high: null, scaled: false, vague: true, unit: null };
  }
  if (w === "several" && isPluralNoun(tokens[k + 1])) {
    // "several villages": recognised as a vague count, with no bound to check.
    return { from: k, to: k + 1, value: null, low: null, high: null, scaled: false, vague: true, unit: null };
  }
  if (w === "number" && word(tokens, k - 1) === "a" && word(tokens, k + 1) === "of") {
    return { from: k - 1, to: k + 2, value: null, low: null, high: null, scaled: false, vague: true, unit: null };
  }
  // "sent “a number” of the missiles": the vague count in quotation marks.
  if (w === "number" && word(tokens, k - 1) === "a" && QUOTE_MARKS.has(tokens[k + 1]?.text ?? "") && word(tokens, k + 2) === "of") {
    return { from: k - 1, to: k + 3, value: null, low: null, high: null, scaled: false, vague: true, unit: null };
  }
  if (vagueBase !== undefined && vagueBase >= 1000 && word(tokens, k + 1) !== "of" && ["leave", "left", "leaving", "without", "are", "were", "have", "had", "fled", "remain", "remained"].includes(word(tokens, k + 1))) {
    // "leave millions without power": a bare magnitude standing for people.
    return { from: k, to: k + 1, value: null, low: vagueBase, high: null, scaled: false, vague: true, unit: null };
  }
  if (w === "several" || w === "many") {
    const inner = VAGUE_WORDS.get(word(tokens, k + 1));
    const scaleWord = SCALE_WORDS.get(word(tokens, k + 1));
    if (scaleWord !== undefined && !SHORT_SCALES.has(word(tokens, k + 1))) {
      return { from: k, to: k + 2, value: null, low: scaleWord, high: null, scaled: true, vague: true, unit: null };
    }
    if (inner !== undefined && word(tokens, k + 2) === "of") {
      return { from: k, to: k + 3, value: null, low: inner, high: null, scaled: false, vague: true, unit: null };
    }
    return null;
  }

  const parsed = wordNumber(tokens, k);
  if (!parsed) return null;
  if (isHyphenAt(tokens, parsed.to) && TIME_UNITS.has(word(tokens, parsed.to + 1))) return null;
  // "7-Eleven", "Seven & i": a number word inside a name.
  if (isCapitalized(tok) && ((isHyphenAt(tokens, k - 1) && tokens[k - 2]?.kind === "num") || tokens[k + 1]?.text === "&")) return null;
  let unit: string | null = null;
  if (parsed.value === 1 && parsed.to === k + 1 && w === "one") {
    const nextWord = word(tokens, k + 1);
    const prevWord = word(tokens, k - 1);
    if (["no", "any", "every", "the", "this", "that", "which", "each", "someone", "anyone", "last", "next", "another"].includes(prevWord)) return null;
    // "the only one" is a pronoun; "only one of the 14 apps" counts.
    if (prevWord === "only" && (word(tokens, k - 2) === "the" || word(tokens, k + 1) !== "of")) return null;
    // "one in five", "one out of ten": a share, built by coreAt.
    unit = nextWord === "in" || nextWord === "out" ? null : oneCountUnit(tokens, k);
    const isCount = hasQualifier || unit !== null || nextWord === "in" || nextWord === "out";
    if (!isCount) return null;
  }
  // "six-fold".
  if (isHyphenAt(tokens, parsed.to) && word(tokens, parsed.to + 1) === "fold") {
    return { from: k, to: parsed.to + 2, value: parsed.value, low: null, high: null, scaled: false, vague: false, unit: "times", multiple: true };
  }
  return { from: k, to: parsed.to, value: parsed.value, low: null, high: null, scaled: parsed.scaled, vague: false, unit };
}

function qualifierBefore(tokens: Token[], k: number): { qualifier: Qualifier; from: number } | null {
  for (const [phrase, qualifier] of QUALIFIER_PHRASES_BY_LAST.get(word(tokens, k - 1)) ?? []) {
    const from = k - phrase.length;
    if (from < 0) continue;
    let ok = true;
    for (let p = 0; p < phrase.length; p++) {
      if (word(tokens, from + p) !== phrase[p]) {
        ok = false;
        break;
      }
    }
    if (ok && !(qualifier === "up_to" && word(tokens, from) === "up" && UP_AS_DIRECTION_AFTER.has(word(tokens, from - 1)))) return { qualifier, from };
  }
  return null;
}

/**
 * Verbs after which "up to" says where a figure moved, not a cap: "GDP growth revised up to 0.6%",
 * "prices ticked up to 3.1%", "output was ramped up to 9 million barrels"; "up to 500 people" and
 * "can hold up to 500" stay caps.
 */
const UP_AS_DIRECTION_AFTER = new Set(
  "revised revise revises revising raised raise raises raising pushed push pushes pushing ramped ramp ramps ramping scaled stepped went go goes going gone moved move moves moving shot ticked tick ticks ticking edged edges edging inched nudged crept creeping bumped marked notched jumped climbed rose risen rising surged spiked".split(" "),
);

/** "percent", "per cent", "%", "1.38pc", "percentage points", "basis points": how many tokens, and the unit. */
function percentAt(tokens: Token[], j: number): { length: number; unit: string } | null {
  const t = tokens[j];
  if (!t) return null;
  const points = (length: number) => (word(tokens, j + length) === "points" || word(tokens, j + length) === "point" ? { length: length + 1, unit: "percentage_points" } : { length, unit: "percent" });
  if (t.text === "%") return points(1);
  if (t.lower === "percent" || t.lower === "pct" || (t.lower === "pc" && !t.spaced)) return points(1);
  if (t.lower === "per" && word(tokens, j + 1) === "cent") return points(2);
  if (t.lower === "percentage" && (word(tokens, j + 1) === "points" || word(tokens, j + 1) === "point")) return { length: 2, unit: "percentage_points" };
  if (t.lower === "basis" && (word(tokens, j + 1) === "points" || word(tokens, j + 1) === "point")) return { length: 2, unit: "basis_points" };
  // "0.5pp", "0.3 ppt", "a 2 percentage-point cut".
  if (t.lower === "pp" || t.lower === "ppt" || t.lower === "ppts") return { length: 1, unit: "percentage_points" };
  if (t.lower === "percentage" && isHyphenAt(tokens, j + 1) && (word(tokens, j + 2) === "point" || word(tokens, j + 2) === "points")) return { length: 3, unit: "percentage_points" };
  return null;
}

/** The counted thing: the head noun of the phrase after the number, or a currency/measure. */
function unitAfter(tokens: Token[], j: number, value: number | null): { unit: string | null; to: number } {
  // "a 7,000-word essay", "a 25-storey building", "the 15-member body": the joined noun is what is counted.
  if (isHyphenAt(tokens, j) && tokens[j + 1]?.kind === "word" && !tokens[j + 1]!.spaced && tokens[j + 1]!.text === tokens[j + 1]!.lower && !isHyphenAt(tokens, j + 2)) {
    const joined = tokens[j + 1]!.lower;
    // "a 300-euro fine": the currency, as when it follows the number after a space; "a 500-pound
    // bomb" weighs.
    const currency = joined === "pound" ? undefined : CURRENCY_WORDS.get(joined);
    if (currency) return { unit: currency, to: j + 2 };
    const measure = MEASURE_WORDS.get(joined) ?? MEASURE_ABBREVIATIONS.get(joined);
    if (measure) return { unit: measure, to: j + 2 };
    if (joined === "magnitude") return { unit: "magnitude", to: j + 2 };
    if (!TIME_UNITS.has(joined) && !ADJECTIVE_ENDINGS.test(joined) && joined.length > 2 && !NP_STOP.has(joined)) return { unit: pluralNoun(joined), to: j + 2 };
  }
  let i = j;
  if (word(tokens, i) === "of") i++;
  let modifiers = 0;
  let head: string | null = null;
  let headTo = j;
  let maker: string | null = null;
  // A headline in capitals ("SEIZES 3 RUSSIAN-OWNED OIL REFINERIES") is read as lower case.
  const shouting = isShouted(tokens[j]) && (isShouted(tokens[j - 2]) || isShouted(tokens[j - 3]));
  while (i < tokens.length && modifiers <= 3 && i - j < 10) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind !== "word") {
      if (HYPHENS.has(t.text) && !t.spaced && tokens[i + 1] && !tokens[i + 1]?.spaced) {
        i++;
        continue;
      }
      // "21 Boeing 737 MAX 8 jets", "14 Leopard 2A6 tanks": a model number after a make is part of the name.
      if (t.kind === "num" && head === null && (maker !== null || (i > j && isCapitalized(tokens[i - 1]) && !(shouting && isShouted(tokens[i - 1]))))) {
        i++;
        continue;
      }
      break;
    }
    const w = t.lower;
    const capitalized = isCapitalized(t) && !(shouting && isShouted(t));
    // A model code is split by the tokenizer ("A", "321", "neos"; "2", "A", "6"): read it whole.
    const codeFollows = (tokens[i + 1]?.kind === "num" && !tokens[i + 1]!.spaced) || (isHyphenAt(tokens, i + 1) && tokens[i + 2]?.kind === "num" && !tokens[i + 2]!.spaced && capitalized);
    if (head === null && (codeFollows || (i > j && !t.spaced && tokens[i - 1]?.kind === "num"))) {
      const last = lastModelToken(tokens, i);
      const code = tokens.slice(i, last + 1).map((c) => c.lower).join("");
      if (AIRCRAFT_MODEL.test(code) && !isPluralNoun(tokens[last + 1])) return { unit: "aircraft", to: last + 1 };
      if (maker !== null || capitalized || (i > j && !t.spaced)) {
        i = last + 1;
        continue;
      }
    }
    // "4,512 last week", "20 this year": a window after the number, not what it counts.
    if (head === null && WINDOW_WORDS.has(w) && TIME_UNITS.has(word(tokens, i + 1))) break;
    if (head === null && capitalized) {
      const type = MODEL_TYPES.get(w) ?? (AIRCRAFT_MODEL.test(w) ? "aircraft" : undefined);
      // "116 Leopards", "250 Abrams", "11 Airbus A350-900s": a make or model names its type.
      if (type && (w.endsWith("s") || maker !== null) && !isPluralNoun(tokens[i + 1])) return { unit: type, to: lastModelToken(tokens, i) + 1 };
      if (MAKERS.has(w) || maker !== null) {
        maker = w;
        i++;
        continue;
      }
    }
    if (head === null && maker !== null && AIRCRAFT_MODEL.test(w)) return { unit: "aircraft", to: lastModelToken(tokens, i) + 1 };
    const isPound = w === "pound" || w === "pounds";
    // "1/2 pound of butter", "500 pounds of explosives": a weight.
    if (isPound && modifiers === 0 && (word(tokens, i + 1) === "of" || (value !== null && value < 1))) return { unit: "lb", to: i + 1 };
    const currency = CURRENCY_WORDS.get(w);
    if (currency && (!isPound || modifiers === 0)) return { unit: currency, to: i + 1 };
    // "square kilometres", "sq km", "sq. km".
    const dotted = w === "sq" && tokens[i + 1]?.text === "." ? 1 : 0;
    if ((w === "square" || w === "sq") && /^(kilometres|kilometers|kilometre|kilometer|km|miles|mile|metres|meters)$/.test(word(tokens, i + 1 + dotted))) {
      const measure = word(tokens, i + 1 + dotted);
      return { unit: measure.startsWith("mile") ? "mi2" : measure.startsWith("met") ? "m2" : "km2", to: i + 2 + dotted };
    }
    // "33 million cubic metres", "18 cubic kilometres".
    if (w === "cubic" && /^(metres|meters|metre|meter|kilometres|kilometers|km|m)$/.test(word(tokens, i + 1))) {
      return { unit: word(tokens, i + 1).startsWith("k") ? "km3" : "m3", to: i + 2 };
    }
    if (w === "km²" || w === "km2" || (w === "km" && tokens[i + 1]?.text === "²")) return { unit: "km2", to: i + (w === "km" ? 2 : 1) };
    const speed = speedAfter(tokens, i);
    if (speed && modifiers === 0 && head === null) return speed;
    if (w === "km" || w === "kilometres" || w === "kilometers" || w === "kilometre" || w === "kilometer") return { unit: "km", to: i + 1 };
    // "77 nautical miles": a length of its own, not the land mile.
    if (w === "nautical" && modifiers === 0 && head === null && (word(tokens, i + 1) === "miles" || word(tokens, i + 1) === "mile")) return { unit: NAUTICAL_MILES, to: i + 2 };
    const measure = MEASURE_WORDS.get(w);
    if (measure && modifiers === 0 && head === null) {
      if ((measure === "degrees" || measure === "celsius" || measure === "fahrenheit") && (word(tokens, i + 1) === "celsius" || word(tokens, i + 1) === "fahrenheit")) return { unit: word(tokens, i + 1), to: i + 2 };
      return { unit: measure, to: i + 1 };
    }
    if (measure === "tonnes") return { unit: "tonnes", to: i + 1 };
    // "a 7.1 magnitude earthquake": the scale the number is read on.
    if (w === "magnitude" && modifiers === 0 && head === null) return { unit: "magnitude", to: i + 1 };
    if (NP_STOP.has(w)) break;
    if (TIME_UNITS.has(w) && head === null) return { unit: pluralNoun(w), to: i + 1 };
    // "43 million Ukrainians", "thousands of Iraqis": demonyms count people.
    if (head === null && capitalized && t.text !== t.text.toUpperCase() && /(ians|ans|is|ons)$/.test(w) && w.length > 5) return { unit: "people", to: i + 1 };
    if (head === null && !capitalized && MODEL_TYPES.get(w)) return { unit: MODEL_TYPES.get(w)!, to: i + 1 };
    // "3,000 GPs", "40 NGOs": a plural acronym is counted like a noun.
    if (head === null && PLURAL_ACRONYM.test(t.text) && !shouting) return { unit: w, to: i + 1 };
    const countable =
      IRREGULAR_COUNT_NOUNS.has(w) ||
      (MEN_PLURAL.test(w) && !NOT_MEN_PLURALS.has(w) && !capitalized) ||
      (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("us") && !w.endsWith("is") && !capitalized) ||
      (value === 1 && (SINGULAR_COUNT_NOUNS.has(w) || (i === j && t.text === w && w.length > 3 && !ADJECTIVE_ENDINGS.test(w) && !TIME_UNITS.has(w) && !NOT_COUNTED_AFTER_ONE.has(w))));
    // "soldiers reaches", "centres holds": a plural head is not followed by another plural, which is a verb.
    if (countable && head !== null && head.endsWith("s") && w.endsWith("s") && !IRREGULAR_COUNT_NOUNS.has(w)) break;
    // The head is the last of a run of nouns: "artillery systems", not "artillery".
    if (countable) {
      head = w;
      headTo = i + 1;
    } else if (head !== null) {
      break;
    } else {
      modifiers++;
    }
    i++;
  }
  if (head !== null && word(tokens, headTo) === "per") {
    const spelled = SPELLED_RATES.get(`${head} per ${word(tokens, headTo + 1)}`);
    if (spelled) return { unit: spelled, to: headTo + 2 };
  }
  if (head !== null) {
    // "500 artillery systems", "4,600 service members": a generic head keeps the noun before it.
    const before = tokens[headTo - 2];
    const beforeWord = before?.kind === "word" ? (shouting ? before.lower : before.text) : "";
    const unit =
      GENERIC_HEADS.has(head) && headTo - 2 >= j && beforeWord === before?.lower && !ADJECTIVE_ENDINGS.test(beforeWord) && !NOT_NOUN_MODIFIERS.has(beforeWord) && !NP_STOP.has(beforeWord)
        ? `${beforeWord} ${pluralNoun(head)}`
        : pluralNoun(head);
    // "1550 strategic nuclear heads": warheads (GUIDELINES.md).
    if (head === "heads" && before?.lower === "nuclear") return { unit: "warheads", to: headTo };
    const coordinated = coordinatedNoun(tokens, headTo);
    if (coordinated) return { unit: `${unit} and ${coordinated.words}`, to: coordinated.to };
    return { unit, to: headTo };
  }
  return { unit: null, to: j };
}


/** "900 km per hour", "50 miles an hour", "3 metres per second": a speed spelled out after its length. */
function speedAfter(tokens: Token[], i: number): { unit: string; to: number } | null {
  const per = word(tokens, i + 1);
  if (per !== "per" && per !== "an" && per !== "a") return null;
  const length = MEASURE_WORDS.get(word(tokens, i)) ?? MEASURE_ABBREVIATIONS.get(word(tokens, i));
  const time = word(tokens, i + 2);
  if (length === "km" && time === "hour") return { unit: "km/h", to: i + 3 };
  if (length === "miles" && time === "hour") return { unit: "mph", to: i + 3 };
  if (length === "km" && time === "second") return { unit: "km/s", to: i + 3 };
  return null;
}

/** Words that open a time window after a figure: "rose to 4,512 last week". */
const WINDOW_WORDS = new Set("last this next past previous every each".split(" "));


/** The last token of a model name that starts at i: "A350-900s", "A321neos". */
function lastModelToken(tokens: Token[], i: number): number {
  let end = i;
  while (tokens[end + 1] && !tokens[end + 1]!.spaced && (HYPHENS.has(tokens[end + 1]!.text) || tokens[end + 1]!.kind !== "punct")) end++;
  return end;
}

/** A word in a headline's capitals: "REFINERIES", not "UK" or "NATO" in running text. */
function isShouted(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.text.length >= 3 && t.text === t.text.toUpperCase() && /^[A-Z]/.test(t.text);
}

/**
 * "individuals and entities", "tanks and armoured vehicles": a second plural noun joined by "and" is
 * counted with the first (GUIDELINES.md, coordinated nouns); not when a number or a verb follows "and".
 */
const CLAUSE_ADVERBS = new Set("now also still then already again even just yet soon later".split(" "));

function coordinatedNoun(tokens: Token[], i: number): { words: string; to: number } | null {
  if (word(tokens, i) !== "and") return null;
  const words: string[] = [];
  for (let n = i + 1; n < i + 4; n++) {
    const t = tokens[n];
    if (!t || t.kind !== "word" || NP_STOP.has(t.lower) || isCapitalized(t) || PEOPLE_PREDICATES.has(t.lower) || CHANGE_VERBS_BEFORE.has(t.lower)) return null;
    // "people and now sees 150,000 troops": an adverb opens a new clause.
    if (/ly$/.test(t.lower) || CLAUSE_ADVERBS.has(t.lower)) return null;
    // "hundreds of aircraft and thousands of tanks": a second figure, not a second noun.
    if (mayStartFigure(t)) return null;
    words.push(t.lower);
    if (IRREGULAR_COUNT_NOUNS.has(t.lower) || (isPluralNoun(t) && !ADJECTIVE_ENDINGS.test(t.lower))) {
      // A noun phrase ends at punctuation, a function word or a participle ("entities sanctioned by"); a verb does not.
      const after = tokens[n + 1];
      if (after && after.kind !== "punct" && !(after.kind === "word" && (NP_STOP.has(after.lower) || /ed$/.test(after.lower)))) return null;
      return { words: words.join(" "), to: n + 1 };
    }
  }
  return null;
}

/**
 * "magnitude 7.8", "a magnitude of 6.8", "magnitude-6.1", "5.9 on the Richter scale": the reading of an
 * earthquake on its scale, a measure with unit `magnitude`, never a count or a length carried from
 * another figure ("at a depth of 10 km, had a magnitude of 6.8"). Returns the token of the word
 * "magnitude" (or of "Richter"), or null.
 */
function quakeMagnitudeWord(tokens: Token[], from: number, unitTo: number): { at: number } | null {
  // "an order of magnitude 10 times larger": no reading on a scale.
  if (word(tokens, from - 2) === "of" && word(tokens, from - 3) === "order") return null;
  if (word(tokens, from - 1) === "magnitude") return { at: from - 1 };
  if (word(tokens, from - 2) === "magnitude" && (word(tokens, from - 1) === "of" || isHyphenAt(tokens, from - 1))) return { at: from - 2 };
  if (word(tokens, unitTo) === "on" && word(tokens, unitTo + 1) === "the" && word(tokens, unitTo + 2) === "richter") return { at: unitTo + 2 };
  return null;
}

const FORECASTERS = new Set("economists analysts forecasters strategists traders investors markets experts".split(" "));
const EXPECTATION_VERBS = new Set("expected forecast forecasted predicted anticipated projected estimated".split(" "));
/** Words after "economists expected" that give the verb an object of its own: "20 analysts expected a cut", "... expected that". */
const OBJECT_OPENERS = new Set(["a", "an", "the", "that", "to", "it", "this", "rates", "prices"]);

/**
 * "the 180,000 economists expected", "than the 3,000 analysts had forecast": the forecasters after
 * the number are the subject of a clause whose object is the number, left out; "20 analysts
 * expected a cut" and "about 300 economists expected" count analysts.
 */
function forecastersExpecting(tokens: Token[], from: number, unit: string | null, to: number): boolean {
  if (unit === null || !FORECASTERS.has(unit) || (word(tokens, from - 1) !== "the" && word(tokens, from - 1) !== "than")) return false;
  const verbAt = word(tokens, to) === "had" ? to + 1 : to;
  if (!EXPECTATION_VERBS.has(word(tokens, verbAt))) return false;
  const next = tokens[verbAt + 1];
  return next === undefined || next.kind === "punct" || (next.kind === "word" && NP_STOP.has(next.lower) && !OBJECT_OPENERS.has(next.lower));
}

/** "a crowd of 90,000", "a population of 40 million", "the death toll rose to 57": people, though unnamed. */
function impliesPeople(tokens: Token[], from: number): boolean {
  if (word(tokens, from - 1) === "of" && ["crowd", "population", "nation", "capacity", "attendance"].includes(word(tokens, from - 2))) return true;
  // "The death toll from the magnitude 7.8 earthquake in Turkey and Syria rose above 50,000": the toll
  // may stand a dozen words before its figure.
  for (let i = from - 1; i >= Math.max(0, from - 15); i--) {
    const t = tokens[i]!;
    if (t.kind === "punct" && t.text !== "-") return false;
    if (t.lower === "toll" || t.lower === "tolls") return true;
  }
  return false;
}

/** The unit CURRENCY_WORDS gives "cents", converted to dollars once the figure is read. */
const US_CENTS = "USX";
const CURRENCY_CODES = new Set([...CURRENCY_WORDS.values(), ...CURRENCY_SYMBOLS.values(), ...CURRENCY_PREFIXES.values()]);
const RATE_THINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  ounce: "oz", oz: "oz", barrel: "barrel", gallon: "gallon", litre: "litre", liter: "litre", share: "share", hour: "hour",
  tonne: "tonne", ton: "tonne", kilo: "kg", kilogram: "kg", kg: "kg", pound: "lb", head: "head", person: "person", night: "night",
  mwh: "MWh", kwh: "kWh", therm: "therm", passenger: "passenger", household: "household", tablet: "tablet", pill: "pill", bushel: "bushel", unit: "unit", ticket: "ticket", dose: "dose", seat: "seat",
}));

/** "a gallon", "per megawatt hour": the thing a price is per, with the token past it. */
function priceRateAt(tokens: Token[], j: number): { thing: string; to: number } | null {
  const w = word(tokens, j);
  if (w !== "a" && w !== "an" && w !== "per") return null;
  const noun = word(tokens, j + 1);
  if ((noun === "megawatt" || noun === "kilowatt") && (word(tokens, j + 2) === "hour" || (isHyphenAt(tokens, j + 2) && word(tokens, j + 3) === "hour"))) {
    return { thing: noun === "megawatt" ? "MWh" : "kWh", to: j + (isHyphenAt(tokens, j + 2) ? 4 : 3) };
  }
  if (noun === "night" && w !== "per") return null;
  const thing = RATE_THINGS.get(noun);
  if (thing) return { thing, to: j + 2 };
  // "€2 per passenger", "$500 per person": any thing after "per" but a time, which sets the period.
  const t = tokens[j + 1];
  if (w === "per" && t?.kind === "word" && t.text === t.lower && t.lower.length > 2 && !TIME_UNITS.has(noun) && !NP_STOP.has(noun) && !noun.endsWith("s")) return { thing: noun, to: j + 2 };
  return null;
}

/** "60 frames per second", "424 parts per million": a rate spelled out, by its usual symbol. */
const SPELLED_RATES: ReadonlyMap<string, string> = new Map(Object.entries({
  "frames per second": "fps", "gigabits per second": "Gbps", "megabits per second": "Mbps", "parts per million": "ppm",
  "miles per hour": "mph", "kilometres per hour": "km/h", "kilometers per hour": "km/h", "parts per billion": "ppb",
}));

/** Head nouns that say little alone: "systems", "members", "crimes" keep the noun before them. */
const GENERIC_HEADS = new Set("systems members crimes centres centers carriers halls stores groups".split(" "));
const NOT_NOUN_MODIFIERS = new Set("new old big small more other key main major further extra additional several many few large huge".split(" "));

function boundsFor(qualifier: Qualifier | null, value: number | null): { low: number | null; high: number | null } {
  if (value === null) return { low: null, high: null };
  switch (qualifier) {
    case "exact":
      return { low: value, high: value };
    case "more_than":
    case "at_least":
      return { low: value, high: null };
    case "up_to":
    case "less_than":
    case "nearly":
      return { low: null, high: value };
    default:
      return { low: null, high: null };
  }
}


/** Words before "in N days" etc. that make the number a window or anchor: "in the past 24 hours", "over the next three years". */
const FRAME_BEFORE = new Set(["past", "last", "next", "previous", "first", "coming", "final", "during"]);
/** Words after a duration that make it a time anchor ("two decades ago", "three years after its launch") or an age. */
const ANCHOR_AFTER = new Set(["ago", "later", "earlier", "old", "after", "before"]);
/** Verbs and nouns before "over N days" that make "over" a qualifier ("lasted over 10 hours"), not a window. */
const OVER_AS_QUALIFIER_AFTER = new Set(["for", "of", "lasted", "lasting", "took", "spent", "after", "sentence", "sentences", "served"]);

/**
 * A duration that is not itself the measured fact: a window for another figure ("5km in 10 days",
 * "in the past 24 hours", "over 68 weeks"), a time anchor ("50,000 years ago", "12 months on"),
 * a hyphenated time adjective ("a 10-year contract", "an 11-minute call") or an age ("a 25-year-old").
 */
function isTimeFrame(tokens: Token[], from: number, coreFrom: number, coreTo: number, unitTo: number, qualifierWord: string | null): boolean {
  if (isHyphenAt(tokens, coreTo) && TIME_UNITS.has(word(tokens, coreTo + 1))) return true;
  const before = word(tokens, from - 1);
  const after = word(tokens, unitTo);
  if (ANCHOR_AFTER.has(after) && before !== "for" && before !== "lasted" && before !== "took") return true;
  if (after === "on" && (tokens[unitTo + 1] === undefined || tokens[unitTo + 1]!.kind === "punct")) return true;
  if (qualifierWord === "over" && !OVER_AS_QUALIFIER_AFTER.has(before)) return true;
  if (qualifierWord !== null) return false;
  // "in 50.37sec": a timed result to the hundredth is measured, not a window.
  if (tokens[coreFrom]?.kind === "num" && /\.\d/.test(tokens[coreFrom]!.text)) return false;
  if (before === "in" || FRAME_BEFORE.has(before)) return true;
  if (before === "the" && ["in", "over", "during", "for"].includes(word(tokens, from - 2))) return true;
  return false;
}

const SMALLER_TIME: ReadonlyMap<string, { unit: string; per: number }[]> = new Map(Object.entries({
  hours: [{ unit: "minutes", per: 60 }, { unit: "seconds", per: 3600 }],
  minutes: [{ unit: "seconds", per: 60 }],
}));

/** "2 hours 15 minutes", "32 minutes 44 seconds": one duration in its largest unit, with the token past it. */
function compoundDuration(tokens: Token[], unit: string, value: number, j: number): { value: number; to: number } | null {
  let total = value;
  let i = j;
  let extended = false;
  for (const smaller of SMALLER_TIME.get(unit) ?? []) {
    const t = tokens[i];
    if (!t || t.kind !== "num" || !/^\d+(\.\d+)?$/.test(t.text)) break;
    const w = word(tokens, i + 1);
    if (w !== smaller.unit && `${w}s` !== smaller.unit) continue;
    total += Number(t.text) / smaller.per;
    i += 2;
    extended = true;
  }
  return extended ? { value: tidy(total), to: i } : null;
}

/** "7ft 4in": feet and inches as feet. */
function feetAndInches(tokens: Token[], value: number, j: number): { value: number; to: number } | null {
  const t = tokens[j];
  const inch = tokens[j + 1];
  if (!t || t.kind !== "num" || !/^\d+(\.\d+)?$/.test(t.text) || !inch || inch.spaced || inch.lower !== "in") return null;
  return { value: tidy(value + Number(t.text) / 12), to: j + 2 };
}

/** Verbs of change before a figure: "fell 7.3p to 112.5p" gives the change, then the new level. */
const CHANGE_VERBS_BEFORE = new Set("rose fell grew dropped climbed jumped gained lost slipped slid added shed surged soared plunged tumbled declined increased decreased edged eased".split(" "));
/** Verbs that make "from X to Y" one range of values rather than two readings: "prices ranged from £45 to £325". */
const RANGE_VERBS = new Set("ranged ranging range ranges varied varying vary varies priced costing".split(" "));

const QUOTE_MARKS = new Set(["”", "\"", "’", "'"]);

/** Words that can open a figure; everything else is skipped without further checks. */
const STARTER_WORDS = new Set([
  ...UNITS_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE_WORDS.keys(),
  ...FOLD_WORDS.keys(),
  ...MULTIPLE_VERBS.keys(),
  ...MULTIPLE_BEFORE_DETERMINER.keys(),
  ...CURRENCY_PREFIXES.keys(),
  ...DOLLAR_PREFIXES.keys(),
  "a", "an", "half", "several", "many", "few", "number", "every", "minus",
]);

const SIGNS: ReadonlyMap<string, 1 | -1> = new Map(Object.entries({ "-": -1, "−": -1, "–": -1, "+": 1 }));

function mayStartFigure(tok: Token): boolean {
  if (tok.kind === "num") return true;
  if (tok.kind === "word") return STARTER_WORDS.has(tok.lower);
  return CURRENCY_SYMBOLS.has(tok.text) || SIGNS.has(tok.text) || tok.text === ".";
}

/** A currency written before the number at k: "$", "€", "US$", "$US", "USD", "RM", "Rs". */
function currencyBefore(tokens: Token[], k: number): { currency: string; coreStart: number } | null {
  const tok = tokens[k]!;
  const next = tokens[k + 1];
  const symbol = CURRENCY_SYMBOLS.get(tok.text);
  if (tok.kind === "punct" && symbol) {
    if (next?.kind === "num") return { currency: symbol, coreStart: k + 1 };
    // "$US55,931,000".
    if (tok.text === "$" && next?.kind === "word" && !next.spaced && DOLLAR_PREFIXES.get(next.lower) && tokens[k + 2]?.kind === "num" && !tokens[k + 2]!.spaced) {
      return { currency: DOLLAR_PREFIXES.get(next.lower)!, coreStart: k + 2 };
    }
    return null;
  }
  if (tok.kind !== "word" || !/^[A-Z]/.test(tok.text)) return null;
  // "US$", "A$", "HK$".
  if (DOLLAR_PREFIXES.get(tok.lower) && tok.text === tok.text.toUpperCase() && next?.text === "$" && !next.spaced && tokens[k + 2]?.kind === "num") {
    return { currency: DOLLAR_PREFIXES.get(tok.lower)!, coreStart: k + 2 };
  }
  // "USD1,700", "USD 1,700", "RM79", "Rs 500"; three-letter codes only in capitals ("TRY" but not "Try").
  const code = CURRENCY_PREFIXES.get(tok.lower);
  // "KSh 2bn": a code in mixed case, with a capital inside, is no ordinary word ("Try").
  const codeCase = tok.text === tok.text.toUpperCase() || (tok.text.length <= 3 && (tok.text.length !== 3 || /^[A-Z][a-z]*[A-Z]/.test(tok.text)));
  if (code && next?.kind === "num" && codeCase) {
    return { currency: code, coreStart: k + 1 };
  }
  // "Rs. 500", "Rp. 10,000": an abbreviated code with its full stop.
  if (code && next?.text === "." && !next.spaced && tokens[k + 2]?.kind === "num" && tokens[k + 2]!.spaced && codeCase) {
    return { currency: code, coreStart: k + 2 };
  }
  return null;
}


/** The nearest country word before "¥" (or after, if none before) is Chinese. */
function chineseContext(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 30); i--) {
    const w = word(tokens, i).replace(/[’']s$/, "");
    if (JAPANESE_WORDS.has(w)) return false;
    if (CHINESE_WORDS.has(w)) return true;
  }
  for (let i = k + 1; i < Math.min(tokens.length, k + 15); i++) {
    if (JAPANESE_WORDS.has(word(tokens, i))) return false;
    if (CHINESE_WORDS.has(word(tokens, i))) return true;
  }
  return false;
}

/** Counted nouns and measures as written are normalised; codes and special units are kept. */
function normalUnit(unit: string | null): string | null {
  if (unit === null || /^[A-Z]/.test(unit) || unit.includes("_") || /\d/.test(unit)) return unit;
  if (MEASURE_UNIT_NAMES.has(unit)) return unit;
  if (unit === "share" || unit === "percent" || unit === "times" || unit === "lb" || unit === "m") return unit;
  return pluralNoun(unit);
}

interface Placed {
  figure: ScannedFigure;
  from: number;
  sign: 1 | -1 | 0;
  multiple: boolean;
}

/** Scans a token list for figures; every step moves forward, so the scan is linear. */
const isLetterOrNumber = (t: Token | undefined): boolean => t !== undefined && (t.kind === "num" || t.kind === "word");

/**
 * A number inside an identifier ("report 3028f1b4", "ticket a9b3c2d1e5", "H5N1"): the run of letters
 * and digits glued around it holds at least two groups of each, which no written quantity does
 * ("US$5bn", "RM79bn", "4,000km2", "A320neo" have one group of letters or of digits). Returns the
 * index of the run's last token, so the scan skips the whole identifier at once, or -1.
 */
function identifierEndAt(tokens: Token[], k: number): number {
  let from = k;
  while (from > 0 && !tokens[from]!.spaced && isLetterOrNumber(tokens[from - 1])) from--;
  let to = k;
  while (!tokens[to + 1]?.spaced && isLetterOrNumber(tokens[to + 1])) to++;
  let numbers = 0;
  for (let i = from; i <= to; i++) if (tokens[i]!.kind === "num") numbers++;
  return numbers >= 2 && to - from + 1 - numbers >= 2 ? to : -1;
}

export function scanFigures(text: string, tokens: Token[]): ScannedFigure[] {
  const placed: Placed[] = [];
  let k = 0;
  while (k < tokens.length) {
    const tok = tokens[k];
    if (!tok) break;
    k = mayStartFigure(tok) ? placeFigureAt(text, tokens, k, tok, placed) : k + 1;
  }
  joinCompoundAmounts(placed, text);
  inheritElidedUnits(placed, tokens);
  comparedPriceRates(placed, tokens);
  const contexts = figureContexts(
    text,
    tokens,
    placed.map((p) => ({ from: p.from, to: p.figure.unitTo, unit: p.figure.unit, sign: p.sign, multiple: p.multiple })),
  );
  const figures = placed.map((p, index) => ({ ...p.figure, ...contexts[index]! }));
  pointsOfPercentages(figures, tokens);
  return figures;
}

/**
 * The figure that may start at token k (`tok`), added to `placed`, and the index of the token the
 * scan goes on from. Kept apart from the scan over the tokens, most of which start no figure: the
 * scan is then small enough that V8 optimises it early in a run.
 */
function placeFigureAt(text: string, tokens: Token[], k: number, tok: Token, placed: Placed[]): number {
  const identifierEnd = tok.kind === "num" ? identifierEndAt(tokens, k) : -1;
  if (identifierEnd >= 0) {
    return identifierEnd + 1;
  }
  let coreStart = k;
  let sign: 1 | -1 | 0 = 0;
  const signed = SIGNS.get(tok.text);
  // "-1.3%", "+5%", "minus 130 degrees": a sign after white space, glued to its number.
  if (signed !== undefined && (tok.spaced || tokens[k - 1]?.text === "(") && tokens[k + 1] && !tokens[k + 1]!.spaced && (tokens[k + 1]!.kind === "num" || CURRENCY_SYMBOLS.get(tokens[k + 1]!.text))) {
    sign = signed;
    coreStart = k + 1;
  } else if (tok.lower === "minus" && tokens[k + 1]?.kind === "num") {
    sign = -1;
    coreStart = k + 1;
  } else if (tok.text === "." && (!tok.spaced || tokens[k + 1]?.kind !== "num" || tokens[k + 1]!.spaced)) {
    return k + 1;
  } else if (tok.text === ".") {
    coreStart = k + 1;
  }
  const money = currencyBefore(tokens, coreStart);
  let currency: string | null = null;
  if (money) {
    currency = money.currency;
    coreStart = money.coreStart;
    // "¥" is the yen, but the yuan where the sentence is about China (GUIDELINES.md: JPY in a Japanese context).
    if (currency === "JPY" && tokens[coreStart - 1]?.text === "¥" && chineseContext(tokens, k)) currency = "CNY";
  }
  const qual = qualifierBefore(tokens, k);
  const between = word(tokens, k - 1) === "between";
  const core = coreAt(tokens, coreStart, qual !== null, currency !== null);
  if (!core || (sign !== 0 && core.value === null)) {
    return k + 1;
  }
  let qualifier: Qualifier | null = core.vague ? null : qual ? qual.qualifier : "exact";
  let value = core.value;
  let low: number | null = core.low;
  let high: number | null = core.high;
  let end = core.to;
  let unit: string | null = currency ?? core.unit;
  let start = qual && !core.vague ? (tokens[qual.from]?.start ?? tok.start) : tok.start;
  let from = qual && !core.vague ? qual.from : k;

  let pct = percentAt(tokens, end);
  // Ranges: "10-20", "10 to 20 million", "between 10 and 20", "two or three"; "by 43.6 to 419.2" is a change and a level.
  // Shares with a sign each ("between 28% and 31%", "5%-7%") are ranges only after "between" or across
  // a hyphen: "fell 2% to 31%" is a change and a level.
  const sepAt = pct === null ? end : end + pct.length;
  const sep = tokens[sepAt];
  const percentRange = pct !== null && sep !== undefined && ((sep.lower === "and" && between) || (HYPHENS.has(sep.text) && !sep.spaced));
  // "by 43.6 to 419.2" and "fell 7.3p to 112.5p" are a change and a level; "ranged from £45 to £325" is a range.
  const secondHasOwnUnit = tokens[end + 1]?.kind === "punct" && CURRENCY_SYMBOLS.has(tokens[end + 1]?.text ?? "") || (core.unit !== null && sep?.lower === "to");
  const changeThenLevel = sep?.lower === "to" && (word(tokens, k - 1) === "by" || (CHANGE_VERBS_BEFORE.has(word(tokens, k - 1)) && secondHasOwnUnit));
  const fromRange = word(tokens, k - 1) === "from" && RANGE_VERBS.has(word(tokens, k - 2));
  if (!core.vague && !core.multiple && unit !== "share" && sep && (word(tokens, k - 1) !== "from" || fromRange) && !changeThenLevel && (pct === null || percentRange)) {
    const isRangeSep = (HYPHENS.has(sep.text) && !sep.spaced) || sep.lower === "to" || (sep.lower === "and" && between) || sep.lower === "or";
    const secondStart = sepAt + 1 + (tokens[sepAt + 1]?.kind === "punct" && CURRENCY_SYMBOLS.get(tokens[sepAt + 1]?.text ?? "") ? 1 : 0);
    const second = isRangeSep ? coreAt(tokens, secondStart, true, currency !== null) : null;
    const sameSign = pct === null || (second !== null && percentAt(tokens, second.to)?.unit === pct.unit);
    if (second && sameSign && !second.vague && second.value !== null && value !== null && second.unit !== "share" && (core.unit === null || second.unit === null || second.unit === core.unit)) {
      let a = value;
      if (!core.scaled && second.scaled) {
        const secondTok = tokens[second.from];
        const scaleWord = tokens[second.to - 1];
        const factor = scaleWord ? (SCALE_WORDS.get(scaleWord.lower) ?? 1) : 1;
        if (secondTok?.kind === "num" || factor > 1) a = tidy(a * factor);
      }
      if (a < second.value) {
        value = null;
        low = a;
        high = second.value;
        qualifier = "range";
        end = second.to;
        unit = unit ?? second.unit;
        if (between && qual === null) {
          start = tokens[k - 1]?.start ?? start;
          from = k - 1;
        }
        pct = percentAt(tokens, end);
      }
    }
  }
  let figureEnd = tokens[end - 1]?.end ?? tok.end;
  let unitTo = end;
  if (pct !== null) {
    unit = pct.unit;
    figureEnd = tokens[end + pct.length - 1]?.end ?? figureEnd;
    end += pct.length;
    unitTo = end;
  } else if (tokens[end]?.text === "°" && !tokens[end]!.spaced) {
    const scale = word(tokens, end + 1);
    unit = scale === "c" ? "celsius" : scale === "f" ? "fahrenheit" : "degrees";
    end += unit === "degrees" ? 1 : 2;
    figureEnd = tokens[end - 1]?.end ?? figureEnd;
    unitTo = end;
  } else if (unit === null || currency !== null) {
    const after = unitAfter(tokens, end, value ?? low);
    // "well above the 180,000 economists expected": the forecasters are the subject of a clause about the figure, not what it counts.
    const found = forecastersExpecting(tokens, from, after.unit, after.to) ? { unit: null, to: end } : after;
    if (found.unit && found.to === end + 1 && (CURRENCY_WORDS.get(tokens[found.to - 1]?.lower ?? "") === found.unit || found.unit === "lb")) {
      unit = found.unit;
      figureEnd = tokens[found.to - 1]?.end ?? figureEnd;
      end = found.to;
    } else if (unit === null) {
      unit = found.unit;
    }
    unitTo = Math.max(end, found.to);
  } else {
    unitTo = end;
  }
  let compound = false;
  if (value !== null && qualifier !== "range" && (unit === "hours" || unit === "minutes")) {
    const extended = compoundDuration(tokens, unit, value, unitTo);
    if (extended) {
      compound = true;
      value = extended.value;
      end = extended.to;
      unitTo = extended.to;
      figureEnd = tokens[extended.to - 1]?.end ?? figureEnd;
    }
  } else if (value !== null && unit === "feet") {
    const feet = feetAndInches(tokens, value, end);
    if (feet) {
      value = feet.value;
      end = feet.to;
      unitTo = feet.to;
      figureEnd = tokens[feet.to - 1]?.end ?? figureEnd;
    }
  }
  const qualifierText = qual && !core.vague ? tokens.slice(qual.from, k).map((t) => t.lower).join(" ") : null;
  if (!compound && unit !== null && (TIME_UNITS.has(unit) || unit === "quarters") && isTimeFrame(tokens, from, core.from, core.to, unitTo, qualifierText)) {
    return Math.max(end, k + 1);
  }
  if (word(tokens, end) === "or" && word(tokens, end + 1) === "more" && qualifier === "exact") qualifier = "at_least";
  // "down 28 cents", "31 cents a share": a minor unit other than pence is counted in its major currency
  // (the quantity guidelines: 0.31 USD/share).
  if (unit === US_CENTS) {
    unit = "USD";
    value = value === null ? null : tidy(value / 100);
    low = low === null ? null : tidy(low / 100);
    high = high === null ? null : tidy(high / 100);
  }
  if (sign === -1) {
    value = value === null ? null : -value;
    [low, high] = [high === null ? null : -high, low === null ? null : -low];
  }
  if (qualifier !== "range" && !core.vague) {
    const bounds = boundsFor(qualifier, value);
    low = bounds.low;
    high = bounds.high;
  }
  unit = normalUnit(unit);
  const magnitude = unit === null && value !== null ? quakeMagnitudeWord(tokens, from, unitTo) : null;
  if (magnitude) {
    unit = "magnitude";
    // "magnitude 7.8": the scale's name is part of the figure (the quantity guidelines).
    if (magnitude.at === from - 1) start = tokens[magnitude.at]!.start;
  }
  if (unit === null && (value !== null || low !== null) && impliesPeople(tokens, from)) unit = "people";
  // "$4 a gallon", "€30 per megawatt hour", "USD1,700 an ounce": a price per thing (not per day or year, which set the period).
  if (unit !== null && (unit === currency || unit === "GBX" || (currency === null && CURRENCY_CODES.has(unit))) && pct === null) {
    const rate = priceRateAt(tokens, unitTo);
    if (rate) {
      unit = `${unit}/${rate.thing}`;
      figureEnd = tokens[rate.to - 1]?.end ?? figureEnd;
      end = Math.max(end, rate.to);
    }
  }
  placed.push({
    figure: {
      start,
      end: figureEnd,
      text: text.slice(start, figureEnd),
      value,
      unit,
      qualifier,
      low,
      high,
      kind: "level",
      direction: null,
      period: null,
      refDate: null,
      coreFrom: core.from,
      coreTo: core.to,
      unitTo,
      duration: unit !== null && TIME_UNITS.has(unit),
    },
    from,
    sign,
    multiple: core.multiple === true || unit === "times",
  });
  return Math.max(end, k + 1);
}

/**
 * "rose 4 points to 38%", "11% of adults smoke, down 1.2 points": a change in points beside a percentage
 * is in percentage points (GUIDELINES.md tells the two apart); "fell 50 points, or 0.7%" is an index.
 */
function pointsOfPercentages(figures: ScannedFigure[], tokens: Token[]): void {
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.unit !== "points" || f.kind !== "change") continue;
    const next = figures[i + 1];
    const prev = figures[i - 1];
    const nextIsLevel = next?.unit === "percent" && word(tokens, f.unitTo) === "to";
    let prevInClause = prev?.unit === "percent";
    if (prev && prevInClause) {
      for (let t = prev.unitTo; t < f.coreFrom; t++) if ([".", ";", "!", "?"].includes(tokens[t]!.text) || tokens[t]!.lower === "or") prevInClause = false;
    }
    if (nextIsLevel || prevInClause) f.unit = "percentage_points";
  }
}

/** Verbs and states whose subject is people: "3 million needed aid", "dozens still missing", "20 million live in". */
const PEOPLE_PREDICATES = new Set("live lived died fled needed missing killed injured wounded evacuated displaced homeless dead hurt rescued stranded trapped arrested survived drowned perished".split(" "));
const HARM_VERBS = new Set("killing injuring wounding killed injured wounded hurting hurt evacuating evacuated rescuing rescued".split(" "));
const BASE_CURRENCIES: ReadonlyMap<string, string> = new Map(Object.entries({ dollar: "USD", euro: "EUR", pound: "GBP", yen: "JPY", yuan: "CNY" }));

/**
 * The unit a bare number takes from its sentence: the people a predicate implies, the noun of "the
 * number of X" or "X numbers", and an exchange rate "100 to the dollar" quoted in the sentence's currency.
 */
function namedElsewhere(tokens: Token[], from: number, to: number): string | null {
  // "injuring 5", "killing 12": the objects of harm are people.
  if (HARM_VERBS.has(word(tokens, from - 1))) return "people";
  for (let i = to; i < to + 3; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") break;
    if (PEOPLE_PREDICATES.has(t.lower)) return "people";
    // "Two of them died".
    if (!["still", "were", "are", "have", "had", "who", "now", "also", "of", "them", "whom"].includes(t.lower)) break;
  }
  if (word(tokens, to) === "to" && word(tokens, to + 1) === "the" && BASE_CURRENCIES.get(word(tokens, to + 2))) {
    for (let i = Math.max(0, from - 12); i < from; i++) {
      const quoted = CURRENCY_WORDS.get(word(tokens, i));
      if (quoted && quoted !== BASE_CURRENCIES.get(word(tokens, to + 2))) return `${quoted}/${BASE_CURRENCIES.get(word(tokens, to + 2))}`;
    }
  }
  const subject = subjectCounted(tokens, from);
  if (subject) return subject;
  for (let i = from - 1; i >= Math.max(0, from - 15); i--) {
    const t = tokens[i]!;
    if (t.text === "." || t.text === ";") break;
    // "Passenger numbers reached 200 million".
    const noun = tokens[i - 1];
    const sentenceStart = i - 2 < 0 || [".", "!", "?", "\"", "“"].includes(tokens[i - 2]!.text);
    if (t.lower === "numbers" && noun?.kind === "word" && !NP_STOP.has(noun.lower) && (noun.text === noun.lower || (sentenceStart && isCapitalized(noun)))) return pluralNoun(noun.lower);
    // "the number of concentrated soldiers reaches 127,000".
    if (t.lower === "number" && word(tokens, i + 1) === "of") {
      // "the number of our standing commissions".
      const found = unitAfter(tokens, i + 2 + (DETERMINERS.has(word(tokens, i + 2)) ? 1 : 0), null);
      if (found.unit && isCountedNoun(found.unit)) return found.unit;
    }
  }
  return null;
}

/** Verbs that bring their subject to a new level: "admissions rose to 4,512", "cases reached 2,793". */
const LEVEL_VERBS = new Set([...CHANGE_VERBS_BEFORE, "reached", "hit", "topped", "totalled", "totaled", "numbered", "stood", "stands", "reach", "rise", "fall"]);
const SUBJECT_LINKS = new Set("of in across at among for the".split(" "));

/**
 * "Mortgage approvals jumped to 61,300", "Cases of whooping cough rose almost fivefold, to 2,793": a bare
 * level after "to" or a level verb counts the plural subject of that verb.
 */
function subjectCounted(tokens: Token[], from: number): string | null {
  let verb = -1;
  if (LEVEL_VERBS.has(word(tokens, from - 1)) && word(tokens, from - 1) !== "rise" && word(tokens, from - 1) !== "fall") verb = from - 1;
  else if (word(tokens, from - 1) === "to") {
    for (let i = from - 2; i >= Math.max(0, from - 7); i--) {
      if (tokens[i]!.text === "." || tokens[i]!.text === ";") break;
      if (LEVEL_VERBS.has(word(tokens, i))) {
        verb = i;
        break;
      }
    }
  }
  if (verb < 1) return null;
  // The subject's head is the last word of the leftmost noun run: "Measles cases in Europe rose" → cases.
  let head: Token | null = null;
  let headAt = -1;
  let runStart = true;
  for (let i = verb - 1; i >= Math.max(0, verb - 7); i--) {
    const t = tokens[i]!;
    if (t.kind !== "word") break;
    if (SUBJECT_LINKS.has(t.lower)) {
      runStart = true;
      continue;
    }
    if (NP_STOP.has(t.lower)) break;
    if (runStart) {
      head = t;
      headAt = i;
      runStart = false;
    }
  }
  if (!head) return null;
  const sentenceStart = headAt === 0 || [".", "!", "?", "\"", "“"].includes(tokens[headAt - 1]!.text);
  const plural = head.lower.length > 3 && head.lower.endsWith("s") && !/(ss|us|is|ous)$/.test(head.lower) && (head.text === head.lower || sentenceStart);
  const subject = plural && !AMOUNT_SUBJECTS.has(head.lower) && !TIME_UNITS.has(head.lower) ? head.lower : null;
  return subject;
}

const COMPARATIVES_AFTER = new Set("more fewer less each apiece".split(" "));
const DETERMINERS = new Set("the our their its his her your my these those".split(" "));

/** The nearest plural noun before a figure in its sentence: "shooting down incoming missiles, disabling 16 of the 36 launched". */
function nounBefore(tokens: Token[], from: number): string | null {
  for (let i = from - 1; i >= Math.max(0, from - 12); i--) {
    const t = tokens[i]!;
    if (t.text === "." || t.text === ";" || t.kind === "num") return null;
    if (t.kind === "word" && IRREGULAR_COUNT_NOUNS.has(t.lower)) return t.lower;
    if (isPluralNoun(t) && !AMOUNT_SUBJECTS.has(t.lower) && !ADJECTIVE_ENDINGS.test(t.lower)) return t.lower;
  }
  return null;
}

/** Counted nouns a later figure may stand for without repeating them; measures, money and percentages are named each time. */
function isCountedNoun(unit: string | null): unit is string {
  return unit !== null && /^[a-z]/.test(unit) && !TIME_UNITS.has(unit) && !MEASURE_UNIT_NAMES.has(unit) && !["share", "times", "percent", "percentage_points", "basis_points", "points"].includes(unit);
}
/** Lengths, weights, areas, speeds and sizes, which a parallel figure may leave unsaid; not durations, money or shares. */
function isElidableMeasure(unit: string | null): unit is string {
  return unit !== null && MEASURE_UNIT_NAMES.has(unit) && !TIME_UNITS.has(unit) && unit !== "degrees" && unit !== "magnitude";
}
const NAUTICAL_MILES = "nautical miles";
const MEASURE_UNIT_NAMES = new Set([...MEASURE_WORDS.values(), ...MEASURE_ABBREVIATIONS.values(), "m", "m2", "celsius", "fahrenheit", "degrees", "magnitude", NAUTICAL_MILES]);

/** Scales an amount may be written in two of, the higher first: billions then millions, millions then thousands. */
const SCALE_PAIRS = [
  [1e9, 1e6],
  [1e6, 1e3],
] as const;

/** Whether `b` is the lower part of one amount written in two scales after `a`. */
function isLowerPart(a: number, b: number): boolean {
  return SCALE_PAIRS.some(([high, low]) => a >= high && a % high === 0 && b >= low && b < high && b % low === 0);
}

/**
 * "$ 2 billion $ 980 million", "$ 11 billion 700 million": one amount written in two scales, as
 * translations from Polish and Ukrainian write them, is one figure ($2.98 billion). Only with
 * nothing but space between, and the same unit or none on the second part: "$2 billion, $980 million"
 * is a list.
 */
function joinCompoundAmounts(placed: Placed[], text: string): void {
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i]!.figure;
    const b = placed[i + 1]!.figure;
    // A range ("2 billion to 3 billion") has its own low and high; a plain figure's are its value.
    if (a.value === null || b.value === null || (a.low ?? a.value) !== a.value || (a.high ?? a.value) !== a.value || b.qualifier !== "exact") continue;
    if (!isLowerPart(a.value, b.value) || text.slice(a.end, b.start).trim() !== "" || (b.unit !== null && a.unit !== null && b.unit !== a.unit)) continue;
    a.value += b.value;
    if (a.low !== null) a.low = a.value;
    if (a.high !== null) a.high = a.value;
    a.end = b.end;
    a.text = text.slice(a.start, b.end);
    a.unit ??= b.unit;
    a.unitTo = b.unitTo;
    placed.splice(i + 1, 1);
  }
}

/**
 * A number whose noun is elided takes it from the figure it pairs with: "grew from 60 to 71 percent"
 * (the next figure), "16 of the 36 missiles" and "31 of 38 drones" (the group), "pulled 12 people out, bringing the number
 * rescued to 340" (the earlier count in the sentence).
 */
function inheritElidedUnits(placed: Placed[], tokens: Token[]): void {
  for (let i = 0; i < placed.length; i++) {
    const f = placed[i]!.figure;
    // "destroyed 58 homes and damaged 120 others": the others are more of what was counted before;
    // "killed two farmers and wounded 18 others": harmed others are people.
    if (f.unit === "others") f.unit = HARM_VERBS.has(word(tokens, placed[i]!.from - 1)) ? "people" : (countedBefore(placed, i, tokens) ?? f.unit);
    if (f.unit !== null || (f.value === null && f.low === null)) continue;
    // "15 of them died": the group counted before, not people in general.
    const before = placed[i - 1]?.figure;
    if (word(tokens, f.unitTo) === "of" && (word(tokens, f.unitTo + 1) === "them" || word(tokens, f.unitTo + 1) === "whom") && before && isCountedNoun(before.unit)) {
      f.unit = before.unit;
      continue;
    }
    const named = namedElsewhere(tokens, placed[i]!.from, f.unitTo);
    if (named) {
      f.unit = named;
      continue;
    }
    const next = placed[i + 1]?.figure;
    if (next && next.unit !== null) {
      const gap = placed[i + 1]!.from - f.unitTo;
      const w = word(tokens, f.unitTo);
      const partOf = w === "of" && (gap === 1 || (gap === 2 && ["the", "its", "their"].includes(word(tokens, f.unitTo + 1)))) && isCountedNoun(next.unit);
      if ((gap === 1 && w === "to") || partOf) {
        f.unit = next.unit;
        continue;
      }
    }
    // "disabling 16 of the 36 launched": neither number names the group, the noun before them does.
    if (next && next.unit === null && word(tokens, f.unitTo) === "of" && word(tokens, f.unitTo + 1) === "the" && placed[i + 1]!.from === f.unitTo + 2) {
      const group = nounBefore(tokens, placed[i]!.from);
      if (group) {
        f.unit = group;
        next.unit = group;
        continue;
      }
    }
    // A noun phrase of its own after the number ("160 protected mobility vehicles") is not elided;
    // "4 million more than in 2023", "15 fewer" compare with the count before them.
    const after = tokens[f.unitTo];
    if (after && after.kind === "word" && !NP_STOP.has(after.lower) && !COMPARATIVES_AFTER.has(after.lower) && !isGappedParticiple(tokens, f.unitTo)) continue;
    const prev = placed[i - 1]?.figure;
    // "358 miles, but it managed just 241", "had 5 qubits; its latest has 1,121": a measure is elided as a noun is.
    // A figure with a scale word ("costs 4m") is not a bare length.
    const bare = tokens.slice(f.coreFrom, f.coreTo).every((t) => t.kind === "num" || t.kind === "punct");
    if (!prev || !(isCountedNoun(prev.unit) || (bare && isElidableMeasure(prev.unit))) || placed[i]!.from - prev.unitTo > 25) continue;
    let sameSentence = true;
    for (let t = prev.unitTo; t < placed[i]!.from; t++) {
      const text = tokens[t]!.text;
      if (text === "." || text === "!" || text === "?") sameSentence = false;
    }
    if (sameSentence) f.unit = prev.unit;
  }
  // "Robberies rose 4%, from 1,210 to 1,258": the second reading names its noun only through the
  // subject, which the pass above finds after it has passed the first; "from X to Y" share it.
  for (let i = placed.length - 2; i >= 0; i--) {
    const f = placed[i]!.figure;
    const next = placed[i + 1]!;
    if (f.unit === null && f.value !== null && isCountedNoun(next.figure.unit) && next.from === f.unitTo + 1 && word(tokens, f.unitTo) === "to") f.unit = next.figure.unit;
  }
}

/** Words that set a figure against the one before it: "against 152.7p", "down from $70", "compared with". */
const COMPARED_AFTER = new Set(["against", "from", "with", "versus", "vs", "than"]);

/**
 * "Petrol averaged 149.6p a litre, against 152.7p a year ago": a price set against a price per
 * thing in the same sentence is per the same thing (GBX/litre), though it does not say so again.
 */
function comparedPriceRates(placed: Placed[], tokens: Token[]): void {
  for (let i = 1; i < placed.length; i++) {
    const f = placed[i]!.figure;
    const prev = placed[i - 1]!.figure;
    const money = f.unit !== null && (f.unit === "GBX" || CURRENCY_CODES.has(f.unit));
    if (!money || prev.unit === null || !prev.unit.startsWith(`${f.unit}/`) || !COMPARED_AFTER.has(word(tokens, placed[i]!.from - 1))) continue;
    let sameSentence = true;
    for (let t = prev.unitTo; t < placed[i]!.from; t++) if ([".", "!", "?", ";"].includes(tokens[t]!.text)) sameSentence = false;
    if (sameSentence) f.unit = prev.unit;
  }
}

/**
 * "were damaged and 340 destroyed, ...": a participle closing its clause right after a bare number
 * is the clause's verb, its noun and auxiliary left out ("160 armoured vehicles" names its own).
 */
function isGappedParticiple(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return /^[a-z]{3,}ed$/.test(tokens[k]!.lower) && (next === undefined || next.kind === "punct" || next.lower === "by");
}

/** The counted noun of the figure before `i`, within 25 tokens and in the same sentence. */
function countedBefore(placed: Placed[], i: number, tokens: Token[]): string | null {
  const prev = placed[i - 1];
  if (!prev || !isCountedNoun(prev.figure.unit) || prev.figure.unit === "others" || placed[i]!.from - prev.figure.unitTo > 25) return null;
  for (let t = prev.figure.unitTo; t < placed[i]!.from; t++) if ([".", "!", "?"].includes(tokens[t]!.text)) return null;
  return prev.figure.unit;
}

/** Every quantity in the text, claim or not; the dated header's date is skipped. */
export function extractFigures(text: string): ExtractedFigure[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const header = parseDatedHeader(text);
  const tokens = tokenize(text, header ? header.bodyStart : 0);
  return scanFigures(text, tokens).map(publicFigure);
}

/** The public shape of a scanned figure, without the scanner's token positions. */
export function publicFigure(f: ScannedFigure): ExtractedFigure {
  const { start, end, text, value, unit, qualifier, low, high, kind, direction, period, refDate } = f;
  return { start, end, text, value, unit, qualifier, low, high, kind, direction, period, refDate };
}
