import { findDateline, MONTH_NAME, monthNumber } from "./dateline";
import { parseDatedHeader } from "./header";

/** The day an article gives as its own: "Thursday 5 June 2025 · Vilnius", "VILNIUS, June 5, 2025 —". */
export interface ArticleDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
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

/**
 * The article's own date: a dated header, a dateline with its year (both given by the caller that
 * has already looked for them), or a line near the top that
 * holds a full date before any running sentence ("By Jane Roe | 5 June 2025", "Updated 9:10 AM EDT,
 * June 5, 2025"). A date inside the first sentence is the date of an event, not of the article.
 */
export function articleDate(
  text: string,
  found: { header: ReturnType<typeof parseDatedHeader>; dateline: ReturnType<typeof findDateline> } = { header: parseDatedHeader(text), dateline: findDateline(text) },
): ArticleDate | null {
  const header = fromIso(found.header?.date);
  if (header) return header;
  const dateline = fromIso(found.dateline?.date);
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

/** A month without its year is the latest such month up to the article's: "in June" in a November paper is this June. */
function yearOfMonth(date: ArticleDate, month: number): number {
  return month <= date.month ? date.year : date.year - 1;
}

/** A weekday not already dated ("Saturday, 31 May 2025") nor naming a part of the day, which reads badly with a date inside it. */
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b(?![’']s)(?!,?\\s+(?:\\d|${MONTH}|night|morning|evening|afternoon))`, "g");
/** "on Tuesday afternoon" → "on the afternoon of Tuesday 3 June 2025". */
const WEEKDAY_PART = new RegExp(`\\b(?:(early|late) )?(on )?(${WEEKDAYS.join("|")}) (morning|afternoon|evening|night)\\b`, "g");
/** "three years ago" → "in 2022", "two days ago" → "on 3 June 2025". */
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|month|year)s? ago\b/gi;
const COUNT_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const NIGHT = /\b(?:over|during|in) the night\b|\bovernight\b(?!\s+(?:into|to|on)\b)/gi;
const PAST_DAY = /\b(?:over|in|during) the (?:past|last) (?:day|24 hours)\b/gi;
const YESTERDAY = /\byesterday\b(?![’']s)/gi;
/** "today" → "on 5 June 2025"; "as of today" keeps its own preposition. */
const TODAY = /\b(?:(as of|until|since|by|from) )?today\b(?![’']s)/gi;
/** "this year" → "in 2025", but "of this year" → "of 2025": a preposition before it already says "in". */
const SPAN_OF_YEAR = /\b(?:(so far|earlier|later|of|for|in|since|during|until|by) )?(this|last) year\b(?![’']s)/gi;
const SPAN_OF_MONTH = /\b(?:(so far|earlier|later|of|for|in|since|during|until|by) )?(this|last) month\b(?![’']s)/gi;
const PREPOSITION = /^(?:of|for|in|since|during|until|by)$/i;
/** A clause about what will happen, in which a month without its year may be next year's. */
const FUTURE = /\b(?:will|would|shall|is to|are to|(?:is|are) (?:expected|due|set|scheduled) to|next)\b/i;
const SPAN_OF_WEEK = /\b(?:(earlier|later) )?(this|last) week\b(?![’']s)/gi;
/**
 * A month named without its year: "in June", "since February", "on 24 February", "Feb. 24". "May"
 * counts only beside a day or after a preposition, where it cannot be the verb.
 */
const BARE_MONTH = new RegExp(
  `(?:\\b([Ll]ast|[Tt]his)\\s+)?(?:\\b(\\d{1,2})\\s+)?\\b${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?![\\p{L}\\d’'/–—-]|\\s+\\d|,?\\s+(?:of\\s+)?(?:\\d{4}|this|last|next)\\b|\\s+(?:and|to|through|or)\\s+\\p{Lu})`,
  "gu",
);
const MONTH_PREPOSITION = /\b(?:in|since|from|until|till|by|of|early|late|mid|between|and|through|during|before|after|to)\s+$/i;

/** "in March" → "in March 2025", "24 February" → "24 February 2025", "Feb. 24" → "Feb. 24, 2025", "last December" → "in December 2024". */
function withYears(s: string, date: ArticleDate): string {
  return s.replace(BARE_MONTH, (whole, relative: string | undefined, dayBefore: string | undefined, name: string, dayAfter: string | undefined, at: number) => {
    if (name === "May" && !relative && !dayBefore && !dayAfter && !MONTH_PREPOSITION.test(s.slice(Math.max(0, at - 12), at))) return whole;
    if (/\d[-–]$/.test(s.slice(Math.max(0, at - 2), at))) return whole;
    const year = yearOfMonth(date, monthNumber(name));
    // "last December" → "in December 2024", "since last December" → "since December 2024": the year says which December.
    const bare = relative ? whole.slice(relative.length).trimStart() : whole;
    const dated = relative && !MONTH_PREPOSITION.test(s.slice(Math.max(0, at - 12), at)) ? `in ${bare}` : bare;
    return dayAfter ? `${dated}, ${year}` : `${dated} ${year}`;
  });
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
  let out = FUTURE.test(s) ? s : withYears(s, date);
  out = out.replace(WEEKDAY_PART, (_: string, edge: string | undefined, on: string | undefined, day: string, part: string) => `${edge ? `${edge} ` : ""}${on ?? ""}the ${part} of ${day} ${spell(lastWeekday(date, WEEKDAYS.indexOf(day)))}`);
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
  out = out.replace(WEEKDAY, (day: string) => `${day} ${spell(lastWeekday(date, WEEKDAYS.indexOf(day)))}`);
  out = out.replace(NIGHT, (night: string) => `${night} into ${spell(date)}`);
  out = out.replace(PAST_DAY, () => `in the 24 hours to ${spell(date)}`);
  out = out.replace(YESTERDAY, () => `on ${spell(shifted(date, -1))}`);
  out = out.replace(TODAY, (_: string, preposition: string | undefined) => `${preposition ?? "on"} ${spell(date)}`);
  out = out.replace(SPAN_OF_YEAR, (_: string, adverb: string | undefined, which: string) => `${lead(adverb)}${which.toLowerCase() === "this" ? date.year : date.year - 1}`);
  out = out.replace(SPAN_OF_MONTH, (_: string, adverb: string | undefined, which: string) => {
    const month = which.toLowerCase() === "this" ? date : shifted({ ...date, day: 1 }, -1);
    return `${lead(adverb)}${MONTH_NAMES[month.month - 1]} ${month.year}`;
  });
  out = out.replace(SPAN_OF_WEEK, (_: string, adverb: string | undefined, which: string) => `${adverb ? `${adverb} ` : ""}in the week ${which.toLowerCase() === "this" ? "to" : "before"} ${spell(date)}`);
  return out;
}

/** A date already in the text: a month, a year, or a day resolved above. */
const HAS_DATE = new RegExp(`\\b(?:${MONTH}|(?:19|20)\\d\\d)\\b|\\b(?:${WEEKDAYS.join("|")})\\b|\\b(?:yesterday|today|tonight|overnight|week|month|year|ago|now|currently)\\b`, "i");
/** The first finite auxiliary of the clause, present ("has lost", "is", "remain") or past ("had", "was"). */
const AUXILIARY = /\b(?:(?<!\bto )(has|have|is|are|remains?|stands?|totals?)|(had|was|were|did|remained|stood|totalled|totaled)|(which|who|that|when|after|before|since|while|if))\b/i;

/**
 * A clause in the present or present perfect ("Russia has lost 1,200 soldiers", "the reservoir is
 * at 40%") states how things stand on the article's date, and is checked against that date: it
 * takes "as of <date>" unless it names a time of its own. A clause in the past or about the
 * future is left as it is: when a past event happened the article does not always say.
 */
export function datedState(s: string, date: ArticleDate | null): string {
  if (!date || HAS_DATE.test(s) || FUTURE.test(s)) return s;
  const auxiliary = AUXILIARY.exec(s);
  if (!auxiliary?.[1]) return s;
  return `${s}, as of ${spell(date)}`;
}
