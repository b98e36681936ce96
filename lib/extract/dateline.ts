import { parseDatedHeader } from "./header";
import type { Span } from "./types";

/** Where and by whom a story was filed: "LONDON, Nov 29 (Reuters) -" → LONDON, Reuters, 29 November. */
export interface Dateline extends Span {
  place: string | null;
  /** The agency or outlet named in brackets or slashes ("Reuters", "PRNewswire", "UkrinForm"). */
  outlet: string | null;
  /** "YYYY-MM-DD" when the dateline gives the year, "--MM-DD" when it gives only day and month. */
  date: string | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month's name, whole or abbreviated ("Sept", "Nov"), as a pattern's alternation without a group. */
export const MONTH_NAME = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const MONTH = `(?:${MONTH_NAME})\\.?`;

/** 1–12 for a month's name matched by MONTH_NAME, 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
/**
 * Month names of the wire services that file in their own languages (dpa, AFP, EFE, ANSA), as their
 * datelines give them: "BERLIN, 4. März (dpa) -", "PARIS, 4 mars (AFP) -". Only the names that
 * English does not share; German capitalises them, the others do not.
 */
const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  ["januar", "jänner", "janvier", "enero", "gennaio"],
  ["februar", "février", "febrero", "febbraio"],
  ["märz", "mars", "marzo"],
  ["avril", "abril", "aprile"],
  ["mai", "mayo", "maggio"],
  ["juni", "juin", "junio", "giugno"],
  ["juli", "juillet", "julio", "luglio"],
  ["août", "agosto"],
  ["septembre", "septiembre", "settembre"],
  ["oktober", "octobre", "octubre", "ottobre"],
  ["novembre", "noviembre"],
  ["dezember", "décembre", "diciembre", "dicembre"],
];
const FOREIGN_MONTH_NAME = FOREIGN_MONTHS.flat()
  .map((name) => `[${name[0]?.toUpperCase()}${name[0]}]${name.slice(1)}`)
  .join("|");
/** 1–12 for a month's name in English or a wire service's language, 0 for anything else. */
function datelineMonth(name: string): number {
  const foreign = FOREIGN_MONTHS.findIndex((names) => names.includes(name.toLowerCase()));
  return foreign >= 0 ? foreign + 1 : monthNumber(name);
}
/** A dateline's month: the foreign names first, so that "Mar" is not read out of "Marzo". */
const DATELINE_MONTH = `(?:${FOREIGN_MONTH_NAME}|${MONTH})`;
/** "Nov 29", "29 November 2023", "4. März": a day-first date may put the German ordinal's full stop after the day. */
const DATE = `(?:(\\d{1,2})\\.?\\s+(${DATELINE_MONTH})(?:,?\\s+(\\d{4}))?|(${DATELINE_MONTH})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?)`;
/** A place word in capitals or title case ("KYIV", "Kyiv", "OSIPOVICHI DISTRICT", "Dubai"). */
const PLACE = "[A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*){0,3}";
/** Places a story was filed from, joined by slashes: "LONDON/WARSAW", "OSLO / KYIV". */
const PLACES = `${PLACE}(?: ?/ ?${PLACE}){0,3}`;
/** The countries whose names hold an "and", which PLACE cannot join: "JABLANICA, Bosnia and Herzegovina —". */
const COUNTRY_WITH_AND = "Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|S(?:ain)?t\\.? Kitts and Nevis|S(?:ain)?t\\.? Vincent and the Grenadines|S[aã]o Tom[eé] and Pr[ií]ncipe";
/** What may follow the place after a comma: a state, a country or a district ("TBILISI, Georgia (AP) —"). */
const REGION = `(?:${COUNTRY_WITH_AND}|${PLACE})`;
/** A dash closing the dateline; the text may follow without a space ("–Belarusian"). */
const CLOSE = "\\s*(?:--|[-–—])";

// Every repetition is bounded and the pattern runs on a line's first 160 characters only.
const WIRE = new RegExp(
  `^(${PLACES})(?:, (${REGION}))?(?:,? ${DATE})?\\s*(?:\\(([^()\\n]{2,40})\\)|/([^/\\n]{2,40})/)${CLOSE}`,
  "u",
);
const DATED = new RegExp(`^(${PLACES})(?:, (${REGION}))?, ${DATE}${CLOSE}`, "u");
/** Places in capitals, several joined by slashes when the story was filed from each ("GENEVA/KYIV —"). */
const CAPITALS = new RegExp(
  `^([A-Z][A-Z.'’-]+(?:(?: | ?/ ?)[A-Z][A-Z.'’-]+){0,3})(?:, (${COUNTRY_WITH_AND}|[A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*){0,2}))?\\s+(?:--|[-–—])(?=\\s|$)`,
  "u",
);
/**
 * An agency's dateline without a place: "Jan 5 (Reuters) -", "5 January (Reuters) -", or the outlet
 * alone, "(Bloomberg) --", "(CNN)-". The outlet is a name, so "(Applause.) —" in a transcript is none.
 */
const OUTLET_FIRST = new RegExp(`^(?:${DATE}\\s*)?\\((\\p{L}(?:[\\p{L}.&'’ -]{0,38}\\p{L})?)\\)${CLOSE}`, "u");
const MENAFN = /^\(MENAFN\s*-\s*([^()\n]{2,40}?)\s*\)/;
/** A pasted page may put a headline, a byline and a date line before the dateline. */
const LINES_TO_LOOK_AT = 5;
const HEAD = 160;

function isoDate(groups: (string | undefined)[], from: number): string | null {
  const [dayA, monthA, yearA, monthB, dayB, yearB] = groups.slice(from, from + 6);
  const day = dayA ?? dayB;
  const month = monthA ?? monthB;
  const year = yearA ?? yearB;
  if (!day || !month) return null;
  const m = datelineMonth(month);
  const d = Number(day);
  if (m === 0 || d < 1 || d > 31) return null;
  const mmdd = `${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return year ? `${year}-${mmdd}` : `--${mmdd}`;
}

function clean(s: string | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** The dateline opening `line` (offsets relative to the line), or null. */
export function parseDatelineAt(line: string): Omit<Dateline, "start"> & { start: 0 } | null {
  const head = line.slice(0, HEAD);
  const menafn = MENAFN.exec(head);
  if (menafn) return { start: 0, end: menafn[0].length, place: null, outlet: clean(menafn[1]), date: null };
  const wire = WIRE.exec(head);
  if (wire) {
    const place = [wire[1], wire[2]].filter(Boolean).join(", ");
    return { start: 0, end: wire[0].length, place, outlet: clean(wire[9] ?? wire[10]), date: isoDate(wire, 3) };
  }
  const outletFirst = OUTLET_FIRST.exec(head);
  if (outletFirst) return { start: 0, end: outletFirst[0].length, place: null, outlet: clean(outletFirst[7]), date: isoDate(outletFirst, 1) };
  const dated = DATED.exec(head);
  if (dated) return { start: 0, end: dated[0].length, place: [dated[1], dated[2]].filter(Boolean).join(", "), outlet: null, date: isoDate(dated, 3) };
  const capitals = CAPITALS.exec(head);
  if (!capitals) return null;
  // "CNN —" on a line of its own is an outlet's byline; "HELSINKI —" opens the story with its place.
  const alone = line.slice(capitals[0].length).trim() === "" && capitals[2] === undefined;
  const name = clean(capitals[1]);
  return { start: 0, end: capitals[0].length, place: alone ? null : name, outlet: alone ? name : null, date: null };
}

/**
 * The dateline of an article: on one of its first lines, after the dated header when there is one.
 * Offsets are into the whole text.
 */
export function findDateline(text: string): Dateline | null {
  const header = parseDatedHeader(text);
  let lineStart = header ? header.bodyStart : 0;
  for (let seen = 0; seen < LINES_TO_LOOK_AT && lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let from = lineStart;
    while (from < lineEnd && /\s/.test(text[from] ?? "")) from++;
    if (from < lineEnd) {
      seen++;
      const found = parseDatelineAt(text.slice(from, Math.min(lineEnd, from + HEAD)));
      if (found) return { ...found, start: from, end: from + found.end };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/**
 * The datelines of further stories on the same page ("Subscribe to us on Twitter\n\nMINSK, 7 May
 * (BelTA) - ..."): each opening a paragraph after `from`. Only those with a date or an outlet count:
 * later in a text, a bare "NATO —" opening a paragraph is more likely prose than a place.
 */
export function laterDatelines(text: string, from: number): Span[] {
  const out: Span[] = [];
  for (let newline = text.indexOf("\n", from); newline >= 0; newline = text.indexOf("\n", newline + 1)) {
    let start = newline + 1;
    while (start < text.length && (text[start] === " " || text[start] === "\t")) start++;
    const code = text.charCodeAt(start);
    // Every dateline opens with a capital letter, a day or a bracket: most paragraphs are answered without a pattern.
    if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 40)) continue;
    const found = parseDatelineAt(text.slice(start, start + HEAD));
    if (found && (found.date !== null || found.outlet !== null)) out.push({ start, end: start + found.end });
  }
  return out;
}

/** Sentences without the datelines (in order): one a dateline opens starts after it, any it holds whole are dropped. */
export function excludeDatelines(text: string, sentences: Span[], datelines: readonly Span[]): Span[] {
  if (datelines.length === 0) return sentences;
  const out: Span[] = [];
  let d = 0;
  for (const s of sentences) {
    while (d < datelines.length && (datelines[d]?.end ?? 0) <= s.start) d++;
    const dateline = datelines[d];
    if (!dateline || s.end <= dateline.start) {
      out.push(s);
      continue;
    }
    let start = Math.max(s.start, dateline.end);
    while (start < s.end && /\s/.test(text[start] ?? "")) start++;
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}
