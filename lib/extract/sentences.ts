import { parseDatedHeader } from "./header";
import { pictographLength } from "./symbols";
import type { Span } from "./types";

/** Words that take a period without ending a sentence (titles, months, company suffixes). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr gen lt col maj capt cpt sgt sen rep gov prof st jr sr no nos vs adm brig rev hon pres " +
    "gens cmdr cdr insp supt det jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co bros " +
    "approx est fig mt ft dept govt univ assn op vol ch art para"
  ).split(" "),
);

/** Abbreviations that end a sentence as words too, so taken as abbreviations only before a number: "(pop. 1.2 million)", "ca. 300". */
const BEFORE_NUMBER = new Set(["pop", "ca"]);

/**
 * After an initial or a dotted acronym ("U.S.", "J.") a capitalised word usually continues the
 * sentence ("U.S. President"), unless it is one of the words that typically open a sentence.
 */
const SENTENCE_OPENERS = new Set(
  (
    "the a an he she it they we i this that these those there but and however in on at after " +
    "before meanwhile his her their its our as when while if since so yet still also according " +
    "both some many most all one two three earlier later last on"
  ).split(" "),
);

const TERMINATORS = new Set([".", "!", "?", "…"]);
/** Characters at which a sentence may end: line breaks and the terminators. */
const BREAK_OR_TERMINATOR = /[\n\r.!?…]/g;
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

// isUpper and isLower answer ASCII characters, most of any text, without case-mapping a string.
function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (isUpper(ch) || isLower(ch) || isDigitChar(ch));
}

/** The word immediately before position `dot`, e.g. "Mr" or "U.S" (dots kept). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 20 && (isWordChar(text[i - 1]) || text[i - 1] === ".")) i--;
  return text.slice(i, dot);
}

/** An acronym of two to six capitals, then a word in lower case: "EU leaders". */
const GLUED_ACRONYM = /^\p{Lu}{2,6} \p{Ll}/u;

function wordAt(text: string, from: number): string {
  let i = from;
  while (i < text.length && i - from < 20 && isWordChar(text[i])) i++;
  return text.slice(from, i);
}

function isAbbreviationStop(text: string, dot: number, nextWord: string): boolean {
  const before = wordBefore(text, dot);
  if (before === "") return false;
  const bare = before.replace(/\./g, "").toLowerCase();
  if (ABBREVIATIONS.has(bare) && !before.includes(".")) return true;
  if (BEFORE_NUMBER.has(bare) && /^\d/.test(nextWord)) return true;
  const dotted = before.includes(".") || (before.length === 1 && isUpper(before));
  if (dotted && /^[A-Za-z.]+$/.test(before)) return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  return false;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  // "🚀 According to the air force, ...": an emoji opening a line is a bullet, not the sentence's first word.
  while (s < e && (/\s/.test(text[s] ?? "") || pictographLength(text, s) > 0)) s += Math.max(1, pictographLength(text, s));
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ start: s, end: e });
}

/**
 * Splits into sentences, never across a line break. Offsets are into the whole text; the dated
 * header token, when present, is not part of any sentence.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const header = parseDatedHeader(text);
  let start = header ? header.bodyStart : 0;
  let i = start;
  const n = text.length;
  while (i < n) {
    // Only line breaks and terminators can end a sentence: jump to the next one instead of testing every character.
    BREAK_OR_TERMINATOR.lastIndex = i;
    const found = BREAK_OR_TERMINATOR.exec(text);
    if (found === null) break;
    i = found.index;
    const ch = found[0];
    if (ch === "\n" || ch === "\r") {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && (TERMINATORS.has(text[end] ?? "") || CLOSERS.has(text[end] ?? ""))) end++;
    let next = end;
    while (next < n && (text[next] === " " || text[next] === "\t" || text[next] === "\u00a0")) next++;
    const nextCh = text[next];
    let boundary = false;
    if (next >= n || nextCh === "\n" || nextCh === "\r") {
      boundary = true;
    } else if (next === end) {
      // "Poland.He said", "real?Copy": a missing space after a full word still ends the sentence.
      const before = wordBefore(text, i);
      boundary =
        (ch === "." || ch === "?" || ch === "!") &&
        isUpper(nextCh) &&
        // "drones.A powerful explosion", "there.S-300 launchers": a one-letter word or an acronym with
        // a dash; "the top.EU leaders were": an acronym before a word in lower case.
        (isLower(text[next + 1]) || ((nextCh === "A" || nextCh === "I") && text[next + 1] === " ") || (text[next + 1] === "-" && isWordChar(text[next + 2])) || GLUED_ACRONYM.test(text.slice(next, next + 12))) &&
        // "has risen to 12.Another 43 people": a number of any length ends a sentence as a word does;
        // "by the SBU.A photo": so does an acronym of three letters or more ("U.S.A" has dots, "e.g" too).
        !before.includes(".") &&
        (((isLower(text[i - 1]) || isDigitChar(text[i - 1])) && (before.length >= 3 || /^\d+$/.test(before))) || /^\p{Lu}{3,}$/u.test(before));
    } else if (pictographLength(text, next) > 0 || nextCh === "#") {
      // "... killing 12 people. 🇺🇦 #Kharkiv": decoration after a full stop is not the sentence's.
      boundary = true;
    } else if (isUpper(nextCh) || isDigitChar(nextCh) || nextCh === "“" || nextCh === '"' || nextCh === "‘" || nextCh === "(" || nextCh === "«") {
      boundary = ch !== "." || !isAbbreviationStop(text, i, wordAt(text, isWordChar(nextCh) ? next : next + 1));
    }
    if (ch === "." && isDigitChar(text[i - 1]) && isDigitChar(text[i + 1])) boundary = false;
    if (boundary) {
      pushTrimmed(out, text, start, end);
      start = end;
    }
    i = end;
  }
  pushTrimmed(out, text, start, n);
  return out;
}
