import { WEEKDAY_WORDS } from "./calendar";
/**
 * What makes two figures comparable beyond value and unit: whether a figure is a level or a
 * change (and which way), the period it counts over, and the date it refers to. Read from the
 * words around the figure in its sentence; every cue is found in one pass over the tokens and each
 * figure looks only at cues within a fixed window, so the pass stays linear.
 */
import { MONTHS, MULTIPLE_BEFORE_DETERMINER, MULTIPLE_VERBS } from "./numbers";
import { type Token, isCapitalized } from "./tokens";
import type { Direction, FigureKind, Period } from "./types";

export interface FigurePlace {
  /** Token range of the whole figure (qualifier to unit noun). */
  from: number;
  to: number;
  unit: string | null;
  /** "+5%" or "-1.3%": an explicit sign. */
  sign: 1 | -1 | 0;
  /** "tripled", "sixfold", "three times": set by the scanner. */
  multiple: boolean;
}

export interface FigureContext {
  kind: FigureKind;
  direction: Direction | null;
  period: Period | null;
  refDate: string | null;
}

const WINDOW = 12;

const UP_WORDS = new Set(
  "increase increased increases increasing rise rose risen rises rising grew grow grown grows growing climbed climb climbs jumped jump jumps surged surge surges soared soar gained gain gains added add adds adding raised raise up higher more boost boosted hike hiked spike spiked expanded widened faster bigger larger above over taller warmer heavier longer".split(" "),
);
const DOWN_WORDS = new Set(
  "decrease decreased decreases decreasing fall fell fallen falls falling drop dropped drops dropping declined decline declines declining shrank shrunk shrink cut cuts plunged plunge plunges slumped slump tumbled slid sank sunk dipped dip down lower less fewer reduced reduce reduction reductions lost lose loses shed slashed contraction contracted eased slower smaller cheaper narrowed below under shorter colder lighter shaving shaved".split(" "),
);
/** Nouns naming a change, before "of" ("an increase of") or after the figure ("a 5% rise"). */
const CHANGE_NOUNS = new Set("increase rise growth gain jump surge hike boost decrease fall drop decline cut reduction slump contraction".split(" "));
/** Verbs that give a change when the figure follows them directly ("rose 5%"), whatever the unit. */
const CHANGE_VERBS = new Set(
  "increased rose risen grew grown climbed jumped surged soared gained added decreased fell fallen dropped declined shrank plunged slumped tumbled slid sank dipped slashed contracted eased edged rises falls gains grows climbs jumps drops expanded widened narrowed add adds adding".split(" "),
);
const RELATIVE_UNITS = new Set(["percent", "percentage_points", "basis_points", "share"]);
/** Measures, for which "above", "up" and comparatives give a difference ("0.3kg over the limit"). */
const MEASURE_NAMES = new Set("m cm mm km kg g mg lb feet inches miles celsius fahrenheit degrees ppm tonnes litres hectares seconds minutes hours mph km/h points".split(" "));
const COMPARATIVES = new Set("more fewer less higher lower taller shorter warmer colder heavier lighter longer bigger smaller larger".split(" "));

type Cue = { at: number; end: number; period?: Period; refDate?: string; near?: number };

/** Rates ("300 a day", "daily", "annual") speak of the figure right next to them; frames ("last week", "so far") of any figure in the clause. */
const RATE_DISTANCE = 3;

type PeriodPhrase = [string[], Period, "rate" | "frame"];
const PERIOD_PHRASES: PeriodPhrase[] = [
  [["past", "24", "hours"], "day", "frame"], [["last", "24", "hours"], "day", "frame"], [["previous", "24", "hours"], "day", "frame"],
  [["past", "day"], "day", "frame"], [["per", "day"], "day", "rate"], [["a", "day"], "day", "rate"], [["each", "day"], "day", "rate"],
  [["every", "day"], "day", "rate"], [["daily"], "day", "rate"], [["overnight"], "day", "frame"], [["single", "day"], "day", "frame"], [["in", "one", "day"], "day", "frame"],
  [["past", "week"], "week", "frame"], [["last", "week"], "week", "frame"], [["previous", "week"], "week", "frame"], [["this", "week"], "week", "frame"],
  [["per", "week"], "week", "rate"], [["a", "week"], "week", "rate"], [["each", "week"], "week", "rate"], [["every", "week"], "week", "rate"],
  [["weekly"], "week", "rate"], [["past", "seven", "days"], "week", "frame"], [["last", "seven", "days"], "week", "frame"], [["past", "7", "days"], "week", "frame"],
  [["past", "month"], "month", "frame"], [["last", "month"], "month", "frame"], [["this", "month"], "month", "frame"], [["per", "month"], "month", "rate"],
  [["a", "month"], "month", "rate"], [["each", "month"], "month", "rate"], [["every", "month"], "month", "rate"], [["monthly"], "month", "rate"],
  [["past", "30", "days"], "month", "frame"],
  [["per", "year"], "year", "rate"], [["a", "year"], "year", "rate"], [["each", "year"], "year", "rate"], [["every", "year"], "year", "rate"],
  [["annually"], "year", "rate"], [["annual"], "year", "rate"], [["yearly"], "year", "rate"], [["per", "annum"], "year", "rate"], [["last", "year"], "year", "frame"],
  [["this", "year"], "year", "frame"], [["past", "year"], "year", "frame"], [["year", "on", "year"], "year", "rate"],
  [["so", "far"], "cumulative", "frame"], [["to", "date"], "cumulative", "frame"], [["thus", "far"], "cumulative", "frame"], [["in", "total"], "cumulative", "frame"],
  [["in", "all"], "cumulative", "frame"], [["cumulative"], "cumulative", "frame"], [["altogether"], "cumulative", "frame"], [["toll"], "cumulative", "frame"],
  [["running", "total"], "cumulative", "frame"], [["bringing", "the", "total"], "cumulative", "frame"], [["taking", "the", "total"], "cumulative", "frame"],
  [["raising", "the", "total"], "cumulative", "frame"], [["total", "to"], "cumulative", "frame"], [["since", "the", "start"], "cumulative", "frame"], [["since", "the", "beginning"], "cumulative", "frame"],
  [["since", "the", "outbreak"], "cumulative", "frame"], [["since", "the", "invasion"], "cumulative", "frame"], [["since", "the", "war"], "cumulative", "frame"],
  [["since", "the", "conflict"], "cumulative", "frame"], [["since", "the", "onset"], "cumulative", "frame"], [["since", "then"], "cumulative", "frame"],
  [["since", "last"], "cumulative", "frame"], [["since", "russia"], "cumulative", "frame"], [["since", "moscow"], "cumulative", "frame"],
  [["bringing", "the", "number"], "cumulative", "frame"], [["taking", "the", "number"], "cumulative", "frame"], [["bringing", "its", "total"], "cumulative", "frame"],
  [["taking", "its", "total"], "cumulative", "frame"], [["career"], "cumulative", "frame"],
  [["last", "day"], "day", "frame"], [["working", "day"], "day", "rate"],
  [["week", "to"], "week", "frame"], [["first", "week"], "week", "frame"], [["next", "week"], "week", "frame"],
  [["next", "month"], "month", "frame"], [["previous", "month"], "month", "frame"],
  [["year", "to"], "year", "frame"], [["12", "months", "to"], "year", "frame"], [["past", "12", "months"], "year", "frame"], [["last", "12", "months"], "year", "frame"],
  [["financial", "year"], "year", "frame"], [["fiscal", "year"], "year", "frame"], [["this", "season"], "year", "frame"], [["last", "season"], "year", "frame"],
  [["so", "far", "this", "year"], "year", "frame"], [["so", "far", "this", "season"], "year", "frame"], 
  // Year-on-year comparisons ("up 3% from a year earlier"); a level "a year earlier" is dated, not a yearly figure.
  ...["from", "on", "than", "versus", "over"].flatMap((p): PeriodPhrase[] => [
    [[p, "a", "year", "earlier"], "year", "frame"], [[p, "the", "year", "earlier"], "year", "frame"], [[p, "a", "year", "ago"], "year", "frame"],
    [[p, "the", "previous", "year"], "year", "frame"], [[p, "last", "year"], "year", "frame"],
  ]),
  [["first", "year"], "year", "frame"],
  [["next", "year"], "year", "frame"],
];

const PRONOUNS = new Set("it they he she we i you then there".split(" "));
/** "it said on Thursday", "in a statement on Monday": the day a figure was reported is not its window (GUIDELINES.md). */
const SAYING_WORDS = new Set("said says announced told reported confirmed added stated wrote statement briefing tweeted posted".split(" "));

function daySaidOn(tokens: Token[], i: number): boolean {
  const before = lower(tokens, i - 1);
  return SAYING_WORDS.has(before === "on" ? lower(tokens, i - 2) : before);
}

/** "its highest finish since February", "the first time since 2020": "since" dates a record, it opens no running total. */
function recordSince(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    const t = tokens[i]!;
    if (t.kind === "punct" && t.text !== "-") return false;
    if ((t.lower.length > 4 && t.lower.endsWith("est")) || t.lower === "first" || t.lower === "record" || ((t.lower === "most" || t.lower === "least") && lower(tokens, i - 1) === "the")) return true;
  }
  return false;
}

const PHRASES_BY_FIRST = new Map<string, (typeof PERIOD_PHRASES)[number][]>();
for (const entry of PERIOD_PHRASES) {
  const first = entry[0][0]!;
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), entry]);
}

/** The words a cue can open with (a number can open a date, so numbers are always looked at). */
const CUE_OPENERS = new Set([...MONTHS, ...WEEKDAY_WORDS, "since", ...PHRASES_BY_FIRST.keys()]);

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
}));

/** Prepositions before a date that make it the date a figure refers to ("as of 1 March 2023"). */
const REF_DATE_PREPOSITIONS = new Set(["of", "on", "by", "in", "at", "as", "until", "through", "till", "for", "during"]);

const pad = (n: number) => String(n).padStart(2, "0");

function lower(tokens: Token[], i: number): string {
  const t = tokens[i];
  return t ? t.lower : "";
}

function isYear(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "num" && /^\d{4}$/.test(t.text) && Number(t.text) >= 1900 && Number(t.text) <= 2100;
}

function isMonth(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && MONTHS.has(t.lower) && (t.lower !== "may" || isCapitalized(t));
}

function dayNumber(t: Token | undefined): number | null {
  if (!t || t.kind !== "num" || !/^\d{1,2}$/.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1 && n <= 31 ? n : null;
}

/** A date written at token i: "24 February 2023", "February 24, 2023", "February 2023", "2023", "2023-02-24". */
function dateAt(tokens: Token[], i: number): { end: number; iso: string } | null {
  const t = tokens[i];
  if (!t) return null;
  if (isYear(t)) {
    // ISO "2023-02-24".
    if (tokens[i + 1]?.text === "-" && !tokens[i + 1]!.spaced && tokens[i + 2]?.kind === "num" && tokens[i + 3]?.text === "-" && dayNumber(tokens[i + 4]) !== null) {
      const month = Number(tokens[i + 2]!.text);
      if (month >= 1 && month <= 12) return { end: i + 5, iso: `${t.text}-${pad(month)}-${pad(dayNumber(tokens[i + 4])!)}` };
    }
    return { end: i + 1, iso: t.text };
  }
  const day = dayNumber(t);
  if (day !== null && isMonth(tokens, i + 1)) {
    const month = MONTH_NUMBER.get(lower(tokens, i + 1))!;
    let j = i + 2;
    if (tokens[j]?.text === "." && !tokens[j]!.spaced) j++;
    if (tokens[j]?.text === ",") j++;
    if (isYear(tokens[j])) return { end: j + 1, iso: `${tokens[j]!.text}-${pad(month)}-${pad(day)}` };
    return { end: i + 2, iso: "" };
  }
  if (isMonth(tokens, i)) {
    const month = MONTH_NUMBER.get(lower(tokens, i))!;
    let j = i + 1;
    if (tokens[j]?.text === "." && !tokens[j]!.spaced) j++;
    const d = dayNumber(tokens[j]);
    if (d !== null && tokens[j + 1]?.kind !== "num") {
      let k = j + 1;
      if (tokens[k]?.text === ",") k++;
      if (isYear(tokens[k])) return { end: k + 1, iso: `${tokens[k]!.text}-${pad(month)}-${pad(d)}` };
      return { end: j + 1, iso: "" };
    }
    if (isYear(tokens[j])) return { end: j + 1, iso: `${tokens[j]!.text}-${pad(month)}` };
    return { end: j, iso: "" };
  }
  return null;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Sentence ends: ".", "!" or "?" followed by white space, and line breaks between paragraphs. */
function sentenceIds(text: string, tokens: Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && t.spaced && lineBreakBetween(text, tokens[i - 1]!.end, t.start)) id++;
    ids[i] = id;
    if ((t.text === "." || t.text === "!" || t.text === "?") && tokens[i + 1]?.spaced && isCapitalized(tokens[i + 1])) id++;
  }
  return ids;
}

/** "in all countries" is not "in all"; "half a year" and "for a year" are durations, not rates; "a year earlier" is a comparison. */
function misleadingPhrase(tokens: Token[], i: number, phrase: string[]): boolean {
  if (phrase[0] === "in" && phrase[1] === "all") return tokens[i + 2]?.kind === "word";
  // "a year earlier", "a week ago": the date compared with, not a rate.
  if (phrase.length === 2 && phrase[0] === "a") {
    return ["half", "for", "than", "over", "within", "about", "nearly", "almost"].includes(lower(tokens, i - 1)) || ["earlier", "ago", "before", "later"].includes(lower(tokens, i + 2));
  }
  return false;
}

function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Most tokens open no cue: one look-up passes them.
    if (tokens[i]!.kind !== "num" && !CUE_OPENERS.has(tokens[i]!.lower)) {
      i++;
      continue;
    }
    const date = dateAt(tokens, i);
    if (date) {
      // "since February 2022" opens a running total; "as of", "on", "by", "in" name the date of the figure.
      const before = lower(tokens, i - 1);
      if (before === "since") {
        if (!recordSince(tokens, i - 1)) cues.push({ at: i - 1, end: date.end, period: "cumulative" });
      } else if (date.iso && REF_DATE_PREPOSITIONS.has(before)) cues.push({ at: i, end: date.end, refDate: date.iso });
      else if (date.iso && date.iso.length === 10) cues.push({ at: i, end: date.end, refDate: date.iso });
      // "in 2023" is a year, "in March" or "in January 2024" a month, "on 3 April" a day.
      const dayAfterMonth = isMonth(tokens, i) && (dayNumber(tokens[i + 1]) !== null || (tokens[i + 1]?.text === "." && dayNumber(tokens[i + 2]) !== null));
      const hasDay = dayNumber(tokens[i]) !== null || dayAfterMonth || date.iso.length === 10;
      if (before === "in" || before === "during") {
        const period: Period = isYear(tokens[i]) && date.end === i + 1 ? "year" : hasDay ? "day" : "month";
        cues.push({ at: i - 1, end: date.end, period });
      } else if (before === "on" && hasDay && !daySaidOn(tokens, i)) cues.push({ at: i - 1, end: date.end, period: "day" });
      i = date.end;
      continue;
    }
    // "on Tuesday", "launched Thursday": the day of the figure; "since Tuesday" a running total.
    if (WEEKDAY_WORDS.has(lower(tokens, i)) && isCapitalized(tokens[i])) {
      const before = lower(tokens, i - 1);
      if (before === "since") cues.push({ at: i - 1, end: i + 1, period: "cumulative" });
      else if (before !== "last" && before !== "next" && before !== "every" && !daySaidOn(tokens, i)) cues.push({ at: i, end: i + 1, period: "day" });
      i++;
      continue;
    }
    // "since Putin's announcement", "since 1880": a running total, unless it dates a record.
    if (lower(tokens, i) === "since" && !recordSince(tokens, i) && !PRONOUNS.has(lower(tokens, i + 1)) && !PHRASES_BY_FIRST.get("since")!.some(([phrase]) => phrase.every((w, p) => lower(tokens, i + p) === w))) {
      cues.push({ at: i, end: i + 2, period: "cumulative" });
      i++;
      continue;
    }
    if (lower(tokens, i) === "since" && recordSince(tokens, i)) {
      i += 2;
      continue;
    }
    const candidates = PHRASES_BY_FIRST.get(lower(tokens, i));
    let matched = 0;
    if (candidates) {
      for (const [phrase, period, reach] of candidates) {
        if (phrase.length <= matched) continue;
        if (phrase.every((w, p) => lower(tokens, i + p) === w) && !misleadingPhrase(tokens, i, phrase)) {
          matched = phrase.length;
          cues.push({ at: i, end: i + phrase.length, period, ...(reach === "rate" ? { near: RATE_DISTANCE } : {}) });
        }
      }
    }
    i += Math.max(1, matched);
  }
  // One cue per start position: the longest phrase wins ("a year earlier" over "a year").
  return cues.filter((cue, index) => !(cues[index + 1] && cues[index + 1]!.at === cue.at && cue.period && cues[index + 1]!.period));
}

/** Commas before each token, counted once, so that a clause boundary weighs on distance in constant time. */
function commaCounts(tokens: Token[]): Int32Array {
  const counts = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) counts[i + 1] = counts[i]! + (tokens[i]!.text === "," || tokens[i]!.text === ";" ? 1 : 0);
  return counts;
}

/** Tokens between cue and figure, a clause boundary counting as five. */
function distance(cue: Cue, place: FigurePlace, commas: Int32Array): number {
  const [gapFrom, gapTo] = cue.end <= place.from ? [cue.end, place.from] : cue.at >= place.to ? [place.to, cue.at] : [0, 0];
  return gapTo - gapFrom + 4 * (commas[gapTo]! - commas[gapFrom]!);
}

function kindAndDirection(tokens: Token[], place: FigurePlace): { kind: FigureKind; direction: Direction | null } {
  const before1 = lower(tokens, place.from - 1);
  const before2 = lower(tokens, place.from - 2);
  const before3 = lower(tokens, place.from - 3);
  const after1 = lower(tokens, place.to);
  const after2 = lower(tokens, place.to + 1);
  const directionOf = (w: string): Direction | null => (UP_WORDS.has(w) ? "up" : DOWN_WORDS.has(w) ? "down" : null);
  if (place.multiple) {
    const verb = MULTIPLE_VERBS.get(lower(tokens, place.from)) ?? MULTIPLE_BEFORE_DETERMINER.get(lower(tokens, place.from));
    if (verb !== undefined) return { kind: "multiple", direction: verb > 1 ? "up" : "down" };
    const near = [before1, before2, after1, after2].map(directionOf).find((d) => d !== null) ?? null;
    return { kind: "multiple", direction: near };
  }
  // "increased by $43.6 billion", "down by 5%", "cut its workforce by 4%", "beating his own record by 30 seconds".
  if (before1 === "by") {
    for (let i = place.from - 2; i >= Math.max(0, place.from - 7); i--) {
      const t = tokens[i]!;
      if (t.kind === "punct") break;
      if (t.lower === "beating" || t.lower === "beat") return { kind: "change", direction: "down" };
      if (CHANGE_VERBS.has(t.lower) || t.lower === "cut" || t.lower === "raised" || t.lower === "reduced" || t.lower === "lowered" || t.lower === "up" || t.lower === "down") {
        const verb = directionOf(t.lower) ?? (t.lower === "lowered" ? "down" : null);
        if (verb) return { kind: "change", direction: verb };
      }
    }
  }
  // "an increase of 5%", "a drop of 300".
  if (before1 === "of" && CHANGE_NOUNS.has(before2)) return { kind: "change", direction: directionOf(before2) };
  // "rose 5%", "fell nearly 3 per cent", "up 12%".
  if (CHANGE_VERBS.has(before1)) return { kind: "change", direction: directionOf(before1) };
  // "up 12%", "down $3bn", "up 3 ppm"; but "built up 100,000 troops" is a level, and "made up 16% of" a share.
  const measured = place.unit !== null && (RELATIVE_UNITS.has(place.unit) || /^[A-Z]{3}$/.test(place.unit) || MEASURE_NAMES.has(place.unit));
  if ((before1 === "up" || before1 === "down") && measured && !["made", "make", "makes", "making"].includes(before2)) return { kind: "change", direction: directionOf(before1) };
  if (["lost", "shed", "lose", "loses", "losing"].includes(before1) && RELATIVE_UNITS.has(place.unit ?? "")) return { kind: "change", direction: "down" };
  if (["lose", "loses", "losing"].includes(before1) && measured) return { kind: "change", direction: "down" };
  // "0.2C above the previous record", "60cm taller than the clearance", "10 million more than forecast"; a height above sea level is a level.
  if ((after1 === "above" || after1 === "below" || after1 === "over" || after1 === "under") && !(after2 === "sea" || lower(tokens, place.to + 2) === "sea") && place.unit !== null && (MEASURE_NAMES.has(place.unit) || RELATIVE_UNITS.has(place.unit))) {
    return { kind: "change", direction: directionOf(after1) };
  }
  if (COMPARATIVES.has(after1) && after2 === "than") return { kind: "change", direction: directionOf(after1) };
  // "a 6.5% pay rise".
  if (after2 !== "" && CHANGE_NOUNS.has(after2) && tokens[place.to]?.kind === "word" && RELATIVE_UNITS.has(place.unit ?? "")) return { kind: "change", direction: directionOf(after2) };
  // "a 5% rise", "10% higher", "3,000 fewer".
  if (CHANGE_NOUNS.has(after1) || ((after1 === "higher" || after1 === "lower" || after1 === "more" || after1 === "fewer" || after1 === "less") && after2 === "than" && RELATIVE_UNITS.has(place.unit ?? ""))) {
    return { kind: "change", direction: directionOf(after1) };
  }
  if (place.sign === 1) return { kind: "change", direction: "up" };
  return { kind: "level", direction: null };
}

/** The context of each figure, in the order given; places must be sorted by `from`. */
export function figureContexts(text: string, tokens: Token[], places: readonly FigurePlace[]): FigureContext[] {
  if (places.length === 0) return [];
  const sentence = sentenceIds(text, tokens);
  const cues = findCues(tokens);
  const commas = commaCounts(tokens);
  let first = 0;
  return places.map((place) => {
    while (first < cues.length && cues[first]!.end < place.from - WINDOW) first++;
    const own = sentence[Math.min(place.from, tokens.length - 1)];
    let period: { period: Period; distance: number } | null = null;
    let refDate: { iso: string; distance: number } | null = null;
    for (let c = first; c < cues.length && cues[c]!.at <= place.to + WINDOW; c++) {
      const cue = cues[c]!;
      if (sentence[Math.min(cue.at, tokens.length - 1)] !== own) continue;
      const d = distance(cue, place, commas);
      if (cue.period && (cue.near === undefined || d <= cue.near) && (!period || d < period.distance)) period = { period: cue.period, distance: d };
      if (cue.refDate && (!refDate || d < refDate.distance)) refDate = { iso: cue.refDate, distance: d };
    }
    const { kind, direction } = kindAndDirection(tokens, place);
    return { kind, direction, period: period?.period ?? null, refDate: refDate?.iso ?? null };
  });
}
