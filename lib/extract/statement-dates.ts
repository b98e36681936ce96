import { MONTH_NAMES, WEEKDAY_NAMES, WEEKDAY_PATTERN } from "./calendar";
import { findDateline, MONTH_NAME, monthNumber } from "./dateline";
import { parseDatedHeader } from "./header";
import type { Span } from "./types";

/** The day an article gives as its own: "Thursday 5 June 2025 · Vilnius", "VILNIUS, June 5, 2025 —". */
export interface ArticleDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const MONTH = `(${MONTH_NAME})\\.?`;
const FULL_DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d\\d)|${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d))\\b`);

/** How far into one of the first lines the date may end: a date line or a dateline, not a sentence's date. */
const DATE_LINE_REACH = 120;
const LINES_TO_LOOK_AT = 6;
const LINES_TO_LOOK_AT_FOR_PUBLISHED = 20;
const PUBLISHED = /^\s*(?:Published|Posted|First published)\b/;
/** What closes a dateline's date before the story: a dash, a bar, an outlet's tag, a time. */
const DATELINE_CLOSE = /^\s*(?:--|[-–—|·/(]|,?\s*\d{1,2}[:.]\d{2})/;
/** Lower-case words that a date line or dateline may hold before its date ("Last updated:", "Ministry of Defence, Kyiv"). */
const LINE_WORDS = new Set(["of", "the", "and", "by", "at", "in", "on", "for", "updated", "published", "posted"]);

function validDate(year: number, month: number, day: number): ArticleDate | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

function fromIso(iso: string | null | undefined): ArticleDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The dated header and dateline of an article, as the caller has already parsed them. */
interface FoundDates {
  header: ReturnType<typeof parseDatedHeader>;
  dateline: ReturnType<typeof findDateline>;
}

/**
 * The article's date: the one its text gives, else the day its import recorded as its publication
 * (`recorded`, "2024-04-03": a JSON or CSV row's date, a feed's or a page's published time), which
 * is what a reader of the page would have seen beside it.
 */
export function articleDate(text: string, found: FoundDates = { header: parseDatedHeader(text), dateline: findDateline(text) }, recorded?: string): ArticleDate | null {
  return dateInText(text, found) ?? fromIso(recorded);
}

/**
 * The date an article's text gives as its own: a dated header, a dateline with its year, or a line
 * near the top that holds a full date before any running sentence ("By Jane Roe | 5 June 2025",
 * "Updated 9:10 AM EDT, June 5, 2025"). A date inside the first sentence is the date of an event,
 * not of the article.
 */
function dateInText(text: string, found: FoundDates): ArticleDate | null {
  const header = fromIso(found.header?.date);
  if (header) return header;
  const dateline = fromIso(found.dateline?.date) ?? (found.dateline ? yearOfDateline(text, found.dateline) : null);
  if (dateline) return dateline;
  let seen = 0;
  for (const line of text.slice(0, 3000).split("\n")) {
    if (line.trim() === "") continue;
    if (++seen > LINES_TO_LOOK_AT_FOR_PUBLISHED) break;
    const m = FULL_DATE.exec(line.slice(0, DATE_LINE_REACH + 20));
    if (!m || m.index + m[0].length > DATE_LINE_REACH) continue;
    // Below the first lines, where a web page puts its menus, only a line that says it is the publication date counts.
    if (seen > LINES_TO_LOOK_AT && !PUBLISHED.test(line)) continue;
    // A line that a date closes ("Riga, Hall of the Saeima, 12th sitting, Thursday 5 June 2025",
    // "Published 5 June 2025, 14:32") is a date line, unless a full stop makes it a sentence or a
    // photo caption ("... in Riga on June 5, 2025. (Jane Roe/Agency)"). Text
    // may follow the date of a dateline ("Riga, 5 June 2025 — The yard ..."), but only after the dash,
    // tag or time that closes it, and with no running words before the date: "On 5 June 2025, the
    // yard ..." opens a sentence about an event.
    const lead = line.slice(0, m.index).match(/(?<![\p{L}\p{N}])\p{Ll}\p{L}*/gu) ?? [];
    const rest = line.slice(m.index + m[0].length);
    const closesLine = !/(?<![\p{L}\p{N}])\p{Ll}/u.test(rest) && !/[.!?](?:\s|$)/.test(rest);
    const closesDateline = DATELINE_CLOSE.test(rest) && lead.every((w) => LINE_WORDS.has(w));
    if (!closesLine && !closesDateline) continue;
    const day = Number(m[1] ?? m[5]);
    const month = monthNumber(m[2] ?? m[4] ?? "");
    const year = Number(m[3] ?? m[6]);
    return validDate(year, month, day);
  }
  return null;
}

const YEAR = /\b(?:19|20)\d\d\b/g;
const LEAD_REACH = 400;

/**
 * "LONDON, Nov 29 (Reuters) - Britain on Wednesday imposed ...": a dateline without its year, whose
 * first sentence names the weekday of the story, is dated in the one year the article names in
 * which that day falls on that weekday. Without a weekday, or with none or several such years, the
 * year stays unknown: a year named in passing ("since 2014") says nothing of the article's own.
 */
function yearOfDateline(text: string, dateline: { end: number; date: string | null }): ArticleDate | null {
  const m = /^--(\d{2})-(\d{2})$/.exec(dateline.date ?? "");
  if (!m) return null;
  const lead = text.slice(dateline.end, dateline.end + LEAD_REACH).split(/[.!?]\s/)[0] ?? "";
  const weekday = WEEKDAY_NAMES.findIndex((day) => new RegExp(`\\b${day}\\b`).test(lead));
  if (weekday < 0) return null;
  const years = new Set((text.match(YEAR) ?? []).map(Number));
  const fitting = [...years].map((year) => validDate(year, Number(m[1]), Number(m[2]))).filter((d): d is ArticleDate => d !== null && weekdayOf(d) === weekday);
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}

function shifted(date: ArticleDate, days: number): ArticleDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function weekdayOf(date: ArticleDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const spell = (d: ArticleDate): string => `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;

/** A weekday named in news copy is the latest such day up to the article's date: "on Tuesday" in Wednesday's paper is yesterday. */
function lastWeekday(date: ArticleDate, weekday: number): ArticleDate {
  return shifted(date, -((weekdayOf(date) - weekday + 7) % 7));
}

/** A weekday in a clause about what is to come is the first such day from the article's date on; "next Monday" is never today. */
function comingWeekday(date: ArticleDate, weekday: number, next: boolean): ArticleDate {
  const ahead = (weekday - weekdayOf(date) + 7) % 7;
  return shifted(date, ahead === 0 && next ? 7 : ahead);
}

/** How far back from a weekday the words that put its clause in the future are looked for. */
const FUTURE_REACH = 120;
/**
 * The words before a weekday that make its clause one about what is to come ("The union will
 * announce the result on Monday", "the ministry is due to publish them on Friday"), with no end of a
 * clause between them and the day: in "said on Monday it will", or "will resume, after talks
 * collapsed on Friday", the day is in the past.
 */
const FUTURE_BEFORE_DAY = /\b(?:will|shall|(?:is|are) (?:to|(?:due|expected|set|scheduled) to)|plans? to|intends? to)\b(?:(?![.;!?]|\b(?:said|says|told|after|since|because|but|while|when|although|though)\b)[^])*$/i;

/** The day a weekday names: the coming one in a clause about the future, else the latest up to the article's date. */
function weekdayDate(date: ArticleDate, day: string, s: string, at: number): ArticleDate {
  const weekday = WEEKDAY_NAMES.indexOf(day);
  const lead = s.slice(Math.max(0, at - FUTURE_REACH), at);
  // "next" says so only right before the day: "the next round was held on Monday" is past.
  const next = /\bnext $/i.test(lead);
  return next || FUTURE_BEFORE_DAY.test(lead) ? comingWeekday(date, weekday, next) : lastWeekday(date, weekday);
}

/** A month without its year is the latest such month up to the article's: "in June" in a November paper is this June. */
function yearOfMonth(date: ArticleDate, month: number): number {
  return month <= date.month ? date.year : date.year - 1;
}

/** A weekday not already dated ("Saturday, 31 May 2025") nor naming a part of the day, which reads badly with a date inside it. */
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b(?![’']s)(?!,?\\s+(?:\\d|${MONTH}|night|morning|evening|afternoon))`, "g");
/** "on Tuesday afternoon" → "on the afternoon of Tuesday 3 June 2025". */
const WEEKDAY_PART = new RegExp(`\\b(?:(early|late) )?(on )?(${WEEKDAY_PATTERN}) (morning|afternoon|evening|night)\\b`, "g");
/** "three years ago" → "in 2022", "two days ago" → "on 3 June 2025". */
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|month|year)s? ago\b/gi;
const COUNT_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const NIGHT = /\b(?:over|during|in) the night\b|\bovernight\b(?!\s+(?:into|to|on)\b)/gi;
const PAST_DAY = /\b(?:over|in|during) the (?:past|last) (?:day|24 hours)\b/gi;
const YESTERDAY = /\byesterday\b(?![’']s)/gi;
/**
 * "today" → "on 5 June 2025", "tomorrow" → "on 6 June 2025"; "as of today" keeps its own
 * preposition; "today marks" names the day itself.
 */
const TODAY_OR_TOMORROW = /\b(?:(as of|until|since|by|from) )?(today|tomorrow)\b(?![’']s)(?=( (?:marks|is|was|will be)\b)?)/gi;
/**
 * "this year" → "in 2025", but "of this year" → "of 2025": a preposition before it already says "in".
 * "the last year", "the last week of December" are a span back from the day or a part of a month, not the calendar's last one.
 */
const SPAN_OF_YEAR = /\b(?:(so far|earlier|later|of|for|in|since|during|until|by) )?(?<!\bthe )(this|last) year\b(?![’']s)/gi;
const SPAN_OF_MONTH = /\b(?:(so far|earlier|later|of|for|in|since|during|until|by) )?(?<!\bthe )(this|last) month\b(?![’']s)/gi;
const PREPOSITION = /^(?:of|for|in|since|during|until|by)$/i;
/** A clause about what will happen, in which a month without its year may be next year's. */
const FUTURE = /\b(?:will|would|shall|is to|are to|(?:is|are) (?:expected|due|set|scheduled) to|next)\b/i;
const SPAN_OF_WEEK = /\b(?:(earlier|later) )?(?<!\bthe )(this|last) week\b(?![’']s)/gi;
/**
 * A number after a month that cannot be its day: a share, a decimal, a number with thousands or a
 * scale, or one above 31. "In November 59.8% of patients were seen" opens with the month, and the
 * figure begins the clause: "In November 2025, 59.8% of patients", not "November 59, 2025.8%".
 */
const FIGURE_AFTER_MONTH = "\\d+[.,]\\d|(?:3[2-9]|[4-9]\\d|\\d{3})\\b|\\d{1,2}\\s*(?:%|per\\s?cent\\b|percent\\b|million\\b|billion\\b|thousand\\b)";
/**
 * A month named without its year: "in June", "since February", "on 24 February", "Feb. 24". "May"
 * counts only beside a day or after a preposition, where it cannot be the verb.
 */
const BARE_MONTH = new RegExp(
  `(?:\\b([Ll]ast|[Tt]his)\\s+)?(?:\\b(\\d{1,2})\\s+)?\\b${MONTH}(?:(?=\\s+(${FIGURE_AFTER_MONTH}))|(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?![\\p{L}\\d’'/–—-]|\\s+\\d|,?\\s+(?:of\\s+)?(?:\\d{4}|this|last|next)\\b|\\s+(?:and|to|through|or)\\s+\\p{Lu}))`,
  "gu",
);
const MONTH_PREPOSITION = /\b(?:in|since|from|until|till|by|of|early|late|mid|between|and|through|during|before|after|to)\s+$/i;

/**
 * "in March" → "in March 2025", "24 February" → "24 February 2025", "Feb. 24" → "Feb. 24, 2025", "last December" → "in December 2024",
 * "In March 12% of households" → "In March 2025, 12% of households".
 */
function withYears(s: string, date: ArticleDate): string {
  return s.replace(BARE_MONTH, (whole, relative: string | undefined, dayBefore: string | undefined, name: string, figure: string | undefined, dayAfter: string | undefined, at: number) => {
    if (name === "May" && !relative && !dayBefore && !dayAfter && !MONTH_PREPOSITION.test(s.slice(Math.max(0, at - 12), at))) return whole;
    if (/\d[-–]$/.test(s.slice(Math.max(0, at - 2), at))) return whole;
    const year = yearOfMonth(date, monthNumber(name));
    // "last December" → "in December 2024", "since last December" → "since December 2024": the year says which December.
    const bare = relative ? whole.slice(relative.length).trimStart() : whole;
    const dated = relative && !MONTH_PREPOSITION.test(s.slice(Math.max(0, at - 12), at)) ? `in ${bare}` : bare;
    if (figure) return `${dated} ${year},`;
    return dayAfter ? `${dated}, ${year}` : `${dated} ${year}`;
  });
}

const ORDINALS = ["first", "second", "third", "fourth"];
/** "the first ten months of the year", "the third quarter of the year", "the first half of the year". */
const PART_OF_YEAR = /\b(first|second|third|fourth) (half|quarter|(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months) of the year\b/gi;

/** The month that ends a part of the year: the first ten months end with October, the third quarter with September. */
function endOfPart(ordinal: string, part: string, count: string | undefined): number {
  const nth = ORDINALS.indexOf(ordinal.toLowerCase()) + 1;
  if (count) return ordinal.toLowerCase() === "first" ? (/\d/.test(count) ? Number(count) : COUNT_WORDS.indexOf(count.toLowerCase())) : 13;
  return part.toLowerCase() === "half" ? (nth <= 2 ? 6 * nth : 13) : 3 * nth;
}

/**
 * "of the year" is the article's year when that part of it has ended by the article's date; in a
 * February article "the first ten months of the year" are last year's, or a forecast: left as it is.
 */
function withYearOfPart(s: string, date: ArticleDate): string {
  return s.replace(PART_OF_YEAR, (whole: string, ordinal: string, part: string, count: string | undefined) =>
    endOfPart(ordinal, part, count) <= date.month ? whole.replace(/the year$/i, String(date.year)) : whole,
  );
}

/**
 * A day put for "today" or "tomorrow": after its own preposition or "on", or bare as the subject of
 * "marks" or "is". Opening the clause (not followed by its own comma) it takes a comma, so that the
 * day does not run into the subject after it ("Today Allies have agreed" → "On 3 April 2024, Allies have agreed").
 */
function dayPhrase(preposition: string | undefined, subjectOf: string | undefined, day: ArticleDate, opensClause: boolean): string {
  if (preposition) return `${preposition} ${spell(day)}`;
  if (subjectOf) return spell(day);
  return `on ${spell(day)}${opensClause ? "," : ""}`;
}

/** What goes before a resolved year or month: "earlier in", or the sentence's own preposition. */
function lead(adverb: string | undefined): string {
  if (!adverb) return "in ";
  return PREPOSITION.test(adverb) ? `${adverb} ` : `${adverb} in `;
}

/**
 * Relative dates resolved to the article's date, keeping the source's words where they read with the
 * date: "on Tuesday" → "on Tuesday 3 June 2025", "over the past day" → "in the 24 hours to
 * 5 June 2025", "this year" → "in 2025".
 */
export function resolveDates(s: string, date: ArticleDate | null): string {
  if (!date) return s;
  let out = FUTURE.test(s) ? s : withYearOfPart(withYears(s, date), date);
  out = out.replace(
    WEEKDAY_PART,
    (_: string, edge: string | undefined, on: string | undefined, day: string, part: string, at: number, whole: string) =>
      `${edge ? `${edge} ` : ""}${on ?? ""}the ${part} of ${day} ${spell(weekdayDate(date, day, whole, at))}`,
  );
  out = out.replace(AGO, (_: string, count: string, unit: string) => {
    const n = /\d/.test(count) ? Number(count) : Math.max(1, COUNT_WORDS.indexOf(count.toLowerCase()));
    switch (unit.toLowerCase()) {
      case "year":
        return `in ${date.year - n}`;
      case "month": {
        const back = new Date(Date.UTC(date.year, date.month - 1 - n, 1));
        return `in ${MONTH_NAMES[back.getUTCMonth()]} ${back.getUTCFullYear()}`;
      }
      case "week":
        return `in the week of ${spell(shifted(date, -7 * n))}`;
      default:
        return `on ${spell(shifted(date, -n))}`;
    }
  });
  // WEEKDAY's lookahead holds MONTH's group: the offset comes after it.
  out = out.replace(WEEKDAY, (day: string, _weekday: string, _month: string | undefined, at: number, whole: string) => `${day} ${spell(weekdayDate(date, day, whole, at))}`);
  out = out.replace(NIGHT, (night: string) => `${night} into ${spell(date)}`);
  out = out.replace(PAST_DAY, () => `in the 24 hours to ${spell(date)}`);
  out = out.replace(YESTERDAY, () => `on ${spell(shifted(date, -1))}`);
  out = out.replace(TODAY_OR_TOMORROW, (_: string, preposition: string | undefined, which: string, named: string | undefined, at: number, whole: string) =>
    dayPhrase(preposition, named, which.toLowerCase() === "today" ? date : shifted(date, 1), at === 0 && /^\p{L}+ [\p{L}\d]/u.test(whole)),
  );
  out = out.replace(SPAN_OF_YEAR, (_: string, adverb: string | undefined, which: string) => `${lead(adverb)}${which.toLowerCase() === "this" ? date.year : date.year - 1}`);
  out = out.replace(SPAN_OF_MONTH, (_: string, adverb: string | undefined, which: string) => {
    const month = which.toLowerCase() === "this" ? date : shifted({ ...date, day: 1 }, -1);
    return `${lead(adverb)}${MONTH_NAMES[month.month - 1]} ${month.year}`;
  });
  out = out.replace(SPAN_OF_WEEK, (_: string, adverb: string | undefined, which: string) => `${adverb ? `${adverb} ` : ""}in the week ${which.toLowerCase() === "this" ? "to" : "before"} ${spell(date)}`);
  return out;
}

/** A date already in the text: a month, a year, or a day resolved above. */
const HAS_DATE = new RegExp(`\\b(?:${MONTH}|(?:19|20)\\d\\d)\\b|\\b(?:${WEEKDAY_PATTERN})\\b|\\b(?:yesterday|today|tonight|overnight|week|month|year|ago)\\b`, "i");
/**
 * "since the invasion in February 2022": where a running figure starts, not the day it was counted
 * on, which "as of" still has to say. A few words may come between "since" and its date.
 */
const SINCE_DATE = new RegExp(`\\bsince (?:[\\p{L}’'-]+ ){0,5}(?:(?:\\d{1,2} )?(?:${MONTH})(?: \\d{1,2})?,?(?: (?:19|20)\\d\\d)?|(?:19|20)\\d\\d)\\b`, "giu");
/**
 * The first finite auxiliary of the clause, present ("has lost", "is", "remain") or past ("had", "was"),
 * or a subordinator whose clause comes first. "since" is none: "since the start of the war, 1.8
 * million rounds have been delivered" counts up to the article's date.
 */
const AUXILIARY = /\b(?:(?<!\bto )(has|have|is|are|remains?|stands?|totals?|continues?)|(had|was|were|did|remained|stood|totalled|totaled)|(which|who|that|when|after|before|while|if))\b/i;
const TRAILING_RELATIVE = /, which\b.*$/;
/** "Russia now occupies about 20%": the present, said outright, whatever the verb. */
const NOW = /^(?:(?!\b(?:had|was|were|did)\b).)*?\b(?:now|currently)\b/i;

/**
 * A clause in the present or present perfect ("Russia has lost 1,200 soldiers", "the reservoir is
 * at 40%") states how things stand on the article's date, and is checked against that date: it
 * takes "as of <date>" unless it names a time of its own. A clause in the past or about the
 * future is left as it is: when a past event happened the article does not always say.
 */
export function datedState(s: string, date: ArticleDate | null): string {
  if (!date) return s;
  // "..., which it annexed in 2014": the date of a relative clause is not the date of the state.
  const withoutStart = s.replace(SINCE_DATE, "").replace(TRAILING_RELATIVE, "");
  if (HAS_DATE.test(withoutStart) || FUTURE.test(s)) return s;
  const auxiliary = AUXILIARY.exec(withoutStart);
  if (!auxiliary?.[1] && !NOW.test(s)) return s;
  return `${s}, as of ${spell(date)}`;
}

/** "on Tuesday", "on Tuesday, 5 March", "on 5 March 2024", "on March 5": a day named with "on". */
const ON_DAY = new RegExp(
  `\\b[Oo]n (?:(?:${WEEKDAY_PATTERN})(?:,? (?:\\d{1,2} ${MONTH}|${MONTH} \\d{1,2}))?|\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})(?:,? (?:19|20)\\d\\d)?(?![\\p{L}\\d’'])`,
  "gu",
);

/**
 * What every match of ON_DAY holds, "on" and the day it names, without its edges: the clause is cut
 * out of the sentence before ON_DAY reads it, so a match there is always a match of this in the sentence.
 */
const ON_DAY_NAMED = new RegExp(`[Oo]n (?:${WEEKDAY_PATTERN}|\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})`, "u");

/** Longer than any sentence of news copy that one would read whole. */
const SENTENCE_REACH = 1000;
/** A verb of saying just before a day: "said on Tuesday", "told reporters on 5 March". */
const SAID_BEFORE = /\b(?:said|says|announced|reported|stated|added|wrote|confirmed|told(?: [\p{L}’'-]+){1,3}),?\s*$/u;

/**
 * The day a sentence gives outside its claim's clause, which the statement keeps: one that opens
 * the sentence ("On 28 January, ...") is the day of all of it; one after the verb of saying
 * ("..., the minister said on Tuesday") is the day the source spoke, kept only when there is a
 * source. A day elsewhere may be that of another event in the sentence ("after the quake on Sunday"),
 * and with two days which one the clause belongs to is not known: neither is kept.
 */
export function dayOutside(text: string, span: Span, body: string, spoken: boolean): string | null {
  // Each clause of a sentence reads it again: a run-on "sentence" of a pasted page would cost its square.
  if (span.end - span.start > SENTENCE_REACH) return null;
  const sentence = text.slice(span.start, span.end);
  // Most sentences name no day: they are answered before the clause is looked for and its dates read.
  if (!ON_DAY_NAMED.test(sentence)) return null;
  const at = sentence.indexOf(body);
  if (at < 0 || HAS_DATE.test(body.replace(SINCE_DATE, ""))) return null;
  const rest = `${sentence.slice(0, at)} | ${sentence.slice(at + body.length)}`;
  const days = [...rest.matchAll(ON_DAY)];
  const day = days.length === 1 ? days[0] : undefined;
  if (!day) return null;
  const opens = rest.slice(0, day.index).trim() === "";
  const saying = spoken && SAID_BEFORE.test(rest.slice(Math.max(0, day.index - 40), day.index));
  return opens || saying ? day[0].replace(/^On/, "on") : null;
}
