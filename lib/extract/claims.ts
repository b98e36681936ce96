import { WEEKDAY_PATTERN } from "./calendar";
import { type Attribution, type Extra, findAttribution } from "./attribution";
import { isInCapitals, lowerKeepingLength } from "./capitals";
import { type ClassifyInput, isOffTopic, ruleClassify, speaksOfGiving, speaksOfTrade } from "./classify";
import { isClaimFigure } from "./checkworthy";
import { type ClauseScorer, scoreCandidate } from "./detector";
import { EVENT_VERB, IRREGULAR_PAST, isPastForm, LEADING_LABEL, NARRATIVE_PRESENT, opensWithBoilerplate, TRANSCRIPT_LABEL } from "./cues";
import { claimOnlyFigures, withClaimOnlyFigures } from "./claim-figures";
import { isCommonWord } from "./common-words";
import { type ScannedFigure, publicFigure, scanFigures } from "./figures";
import { excludeDatelines, findDateline, laterDatelines } from "./dateline";
import { parseDatedHeader } from "./header";
import { type NameMention, collectNames } from "./names";
import { findQuotes } from "./quotes";
import { splitSentences } from "./sentences";
import { type ArticleDate, articleDate } from "./statement-dates";
import { buildStatement, connectorAt, withSource } from "./statements";
import { type QuoteSpeaker, SpeakerContext, unnamedSource } from "./speakers";
import { pictographLength, withoutLeadingPictographs, withoutTrailingDecoration } from "./symbols";
import { type Token, isCapitalized, tokenize, WEB_ADDRESS_OPENING } from "./tokens";
import { type ClaimTyper, sentenceAround, typeByShippedModel, typeInputOf } from "./type-model";
import type { ClaimType, ExtractedClaim, ExtractedFigure, Span } from "./types";

/**
 * Below this check-worthiness score a candidate clause is not reported as a claim. Below even odds:
 * in cross-validation on the 208 studied articles of the development set (2026-12-02), 0.35 had the
 * best claim F1 of 0.30-0.45 (0.782 against 0.778 at 0.4 and 0.775 at 0.3) and recall 0.806 against
 * 0.781 at 0.4, and a missed claim costs a desk more than a proposed one it dismisses.
 */
export const CLAIM_THRESHOLD = 0.35;

export interface ExtractOptions {
  /** Minimum calibrated probability for a candidate clause to be a claim; CLAIM_THRESHOLD by default. */
  threshold?: number;
  /** Scores candidate clauses; the trained detector by default (evaluation passes a fold's model). */
  scorer?: ClauseScorer;
  /**
   * The day the article was published as its import recorded it ("2024-04-03"). Statements resolve
   * "on Tuesday" or "this year" to it when the text gives no date of its own.
   */
  publishedOn?: string;
  /**
   * Chooses each claim's type from what the rules made of it: by default the shipped type model
   * (`lib/extract/type-model/`); `typeByRules` keeps the rules' type, carrying over included.
   */
  typer?: ClaimTyper;
}

export type { ClaimTyper } from "./type-model";

const QUOTE_CHARS = new Set(['"', "“", "”", "‘", "’", "'", "«", "»"]);
const LEADING_MARKS = new Set(["-", "–", "—", "•", ">", "*", "·"]);
/**
 * A clause cut before the rest of its phrase ends in a word that needs one after it: "… rose 18% to
 * $37.6 billion in 2022 and the", "Kyiv denied taking any hostile action and". The word goes.
 */
const DANGLING_END = /\s(?:and|or|but|nor|the|a|an)$/i;
/** A web address closing a clause is a link to the source, not part of what it asserts. */
const TRAILING_ADDRESS = new RegExp(String.raw`[\s,(]+${WEB_ADDRESS_OPENING}\S+$`);
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…", " ", "\t", "\n", "\r", "\u00a0", "-", "–", "—"]);
const LEADING_CONNECTIVES = /^(and|but|however|meanwhile|moreover|furthermore|also|still|yet|so|in addition|additionally|besides|indeed|in fact|now|then|thus|therefore|hence)\b[,]?\s+/i;
/** A live blog's time stamp opening an entry: "21:40 — ", "10:42 Ukraine's air force says ...". */
const TIME_STAMP = /^\d{1,2}:\d{2}(?:\s*(?:[AP]M|ET|GMT|BST|CET|CEST|EET|EEST|UTC))?(?:\s*[-–—]\s*|\s+(?=\p{Lu}))/u;
/** Words that may join the items of a list; "or" is left out: "35%, or 8.9 million people" restates. */
const LIST_JOINERS = new Set([",", "and", "as", "well", "plus", "including", "while", "an", "a", "additional", "another", "further"]);
const PLAIN_BREAKS =
  /;|,[”"’]?\s+(?:and|but|while|whereas|although|though)\s+|,\s+(?:of|to|in|for|from|among)\s+(?:which|whom)\s+|,\s+with\s+(?=(?:[^\s,;]+\s+){1,5}(?!(?:including|ongoing|growing|increasing|continuing|existing|remaining|following|neighbouring|neighboring|leading|ruling|outgoing|upcoming|incoming|surrounding|rising|mounting|worsening)\b)[a-z]{3,}ing\b)|,\s+(?=(?:a|an)\s+(?:move|step|decision|figure|number|rise|increase|drop|fall|decline|jump|sign)\s+(?:that|which)\b)|,\s+(?=(?:bringing|taking|raising|pushing|standing at)\b)|,\s+with\s+(?=[^,;]{0,40}\b(?:killed|injured|wounded|dead|missing|destroyed|damaged|displaced)\b)|\s+while\s+|\s+whereas\s+|,\s+(?=(?:killing|wounding|injuring|leaving|forcing|destroying|damaging)\b)|\s+and\s+(?=(?:killing|wounding|injuring|leaving|destroying|damaging)\b)|,\s+(?:meaning|which means|which meant|that means)\s+(?:that\s+)?|,\s+which\s+(?=(?:killed|wounded|injured|destroyed|damaged|left)\b[^,;]*$)|(?:,|\s+and)\s+(?=(?:killed|wounded|injured|destroyed|damaged|captured|shot down)\s+(?:at least |about |around |nearly |almost |more than |over |up to |another |some )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b))|,\s+(?=(?:at least |about |around |nearly |almost |more than |over |up to |another |some )?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:[a-z]+\s+){0,2}(?:killed|dead|injured|wounded|hurt)\b)|,\s+as\s+/;

/** A figure, with its qualifier: "about 2.3 million", "$8.7 million", "half", "five". */
const FIGURE_AHEAD = String.raw`(?:(?:about|around|roughly|some|nearly|almost|at least|more than|over|up to|just|only|an estimated)\s+)?(?:[$€£]\s?)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|hundreds|thousands|half|a third|a quarter)\b(?!-|\s+of\s+the\b))`;

/**
 * A noun phrase or participle in apposition to a clause that states a further fact of its own: a part
 * of the whole ("..., including 622 children", "..., three of them gold", "..., most of which are
 * destined for Ukraine"), a comparison ("..., up 52% year on year", "..., an increase of 38%", "...,
 * compared with 11.9 million tonnes", "..., against 66% a year earlier", "..., below the national target
 * of 78%"), forces alongside the counted ones ("..., alongside 1,200 tanks"), a figure of its own in
 * an absolute phrase ("..., with $8.7 million received so far"), for each item ("..., each able to
 * treat up to 60,000 litres a day") or describing a place or thing ("..., a village of about 200
 * people"), a superlative or record ("..., the highest monthly toll since
 * October 2022"), or a participle with its own figure ("..., carrying a total of 77 million tonnes").
 */
const FACT_APPOSITIVE = new RegExp(
  [
    // The openings that a figure follows share one copy of FIGURE_AHEAD: the pattern is only tested,
    // never matched for its text, and half its size compiles in half the time on a cold start.
    String.raw`(?:${[
      String.raw`(?:including|among them|along with)\s+`,
      String.raw`(?:up|down)\s+(?:from\s+|by\s+)?`,
      String.raw`(?:alongside|(?:supported|backed|accompanied)\s+by)\s+`,
      String.raw`with\s+`,
      String.raw`each\s+(?:[^\s,;]+\s+){0,4}?`,
      String.raw`an?\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+of\s+`,
      String.raw`(?!(?:including|according|excluding|during|following|beginning|starting|ending|dating|marking|morning|evening|spring|nothing|something|anything|everything)\b)[a-z]{3,}ing\s+(?:[^\s,;]+\s+){0,4}`,
    ].join("|")})${FIGURE_AHEAD}`,
    String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|all|half|several|both|the\s+[a-z]+est)\s+of\s+(?:them|which|whom|those|these)\b`,
    String.raw`an?\s+(?:increase|rise|drop|decrease|fall|decline|jump|gain|reduction)\s+of\b`,
    String.raw`compared\s+(?:with|to)\b`,
    String.raw`(?:after|against|versus)\s+(?:an\s+estimated\s+|about\s+|around\s+)?[$€£]?\s?\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|bn|m)\b)`,
    String.raw`(?:below|above|short\s+of|ahead\s+of)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}(?:target|average|forecast|level|threshold|cap|limit|goal)\b`,
    String.raw`(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:highest|lowest|largest|smallest|biggest|deadliest|worst|heaviest|strongest|fastest|longest|greatest|fewest|first|only|record)\b`,
  ].join("|"),
);

/**
 * A plain break, or a bare comma (group 1) that is a break only when FACT_APPOSITIVE follows its
 * spaces. The appositive is tested after the match rather than as a lookahead here: the long pattern
 * is compiled once instead of twice, and runs only at commas that no plain break claims.
 */
const CLAUSE_BREAK_AT = new RegExp(String.raw`${PLAIN_BREAKS.source}|(,\s+)`, "y");
/**
 * Where a clause break can start: every alternative of CLAUSE_BREAK_AT opens with ";", "," or the
 * white space before "while", "whereas" or "and". Trying the long pattern only there spares its
 * alternatives at every other space of the clause.
 */
const BREAK_OPENING = /[;,]|\s+(?=wh|and)/g;

/** The first clause break at or after `from`, the one a global search for the pattern would find. */
function nextClauseBreak(slice: string, from: number): RegExpExecArray | null {
  BREAK_OPENING.lastIndex = from;
  for (let opening = BREAK_OPENING.exec(slice); opening !== null; opening = BREAK_OPENING.exec(slice)) {
    CLAUSE_BREAK_AT.lastIndex = opening.index;
    const m = CLAUSE_BREAK_AT.exec(slice);
    if (m) return m;
    BREAK_OPENING.lastIndex = opening.index + 1;
  }
  return null;
}
/** FACT_APPOSITIVE at a given place. */
const FACT_APPOSITIVE_AT = new RegExp(FACT_APPOSITIVE.source, "y");

/** A clause that opens as FACT_APPOSITIVE does: split off the clause before it, whose fact it adds to. */
function opensAsAppositive(clause: string): boolean {
  FACT_APPOSITIVE_AT.lastIndex = 0;
  return FACT_APPOSITIVE_AT.test(clause);
}

/** A named place, a day or a recent stretch of time: "in Kherson", "on Tuesday", "overnight". */
const PLACE_OR_TIME = String.raw`(?:(?:in|near|across|outside)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?:\s+(?:region|oblast|province|district|city))?|on\s+(?:${WEEKDAY_PATTERN}|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})|overnight|over the past (?:day|24 hours|week)|last (?:week|night|month))`;
/** Where or when the last of coordinated verbs happened: "in Kherson on Tuesday" of "wounded 18 others in Kherson on Tuesday". */
const TRAILING_ADJUNCT = new RegExp(String.raw`\s(${PLACE_OR_TIME}(?:\s+${PLACE_OR_TIME})*)$`, "u");
/** A place or time a clause gives of its own. */
const OWN_ADJUNCT = /\s(?:in|on|near|at|across|during|over|since)\s/;

/** The clause at `k` goes on with another verb of the same subject: "killed five people | and | wounded 18 others". */
function sharesSubjectWithNext(text: string, parts: readonly Span[], k: number): boolean {
  const part = parts[k];
  const next = parts[k + 1];
  if (!part || !next || !/^\s+and\s+$/.test(text.slice(part.end, next.start))) return false;
  const verb = /^[a-z]+/.exec(text.slice(next.start, next.start + 30))?.[0] ?? "";
  return isPastForm(verb);
}

/**
 * "Russian shelling killed five people and wounded 18 others in Kherson on Tuesday": the first
 * verb's statement takes the place and time the last one gives, when it gives none of its own.
 */
function withSharedAdjunct(text: string, clause: string, parts: readonly Span[], k: number): string {
  // "weapons donated and damaged in combat": two participles of one noun share nothing the statement needs.
  if (!sharesSubjectWithNext(text, parts, k) || OWN_ADJUNCT.test(clause) || /[a-z]{3,}ed$/.test(clause)) return clause;
  let last = k + 1;
  while (sharesSubjectWithNext(text, parts, last)) last++;
  const tail = parts[last];
  const adjunct = tail ? TRAILING_ADJUNCT.exec(text.slice(tail.start, tail.end).replace(/[\s.,;:!?]+$/, ""))?.[1] : undefined;
  return adjunct === undefined ? clause : `${clause} ${adjunct}`;
}

/**
 * "Around 60,000 protesters marched, according to the ministry | while ...": a clause split off before
 * the rest of the content ends at the source inside the content, which is not part of it.
 */
function withoutClosingSource(text: string, clause: Span, inside: Span | undefined): Span {
  if (!inside || inside.start <= clause.start || inside.start >= clause.end || inside.end < clause.end) return clause;
  return trimSpan(text, { start: clause.start, end: inside.start });
}

/**
 * The clause's words without the source inside them: "Petrol prices averaged 149.6p a litre, according
 * to the ONS, against 152.7p a year ago" → "Petrol prices averaged 149.6p a litre, against 152.7p a
 * year ago". The statement names the source once, before the claim.
 */
function withoutSource(text: string, clause: Span, inside: Span | undefined): string {
  if (!inside || inside.start <= clause.start || inside.end >= clause.end) return text.slice(clause.start, clause.end);
  const before = text.slice(clause.start, inside.start);
  const after = text.slice(inside.end, clause.end);
  // "Russia has lost, according to X, 300,000 soldiers", "where, according to Russian media, the ...":
  // the source parted one phrase, which closes again; else the comma before the rest stays ("in
  // October 2025, according to Gassco, close to record levels").
  const closes = text[inside.start] !== "," || PHRASE_GOES_ON.test(before) || /^\s*(?:\d|because\b)/.test(after);
  return closes ? before + after : `${before},${after}`;
}

/** Words after which a phrase goes on: the source inside it parted them from what follows. */
const PHRASE_GOES_ON = /\b(?:where|when|that|which|who|and|but|or|if|of|to|in|on|at|by|for|with|from|the|a|an)\s*$/i;

/** A relative clause closing the words before a break: ", which hit a residential building". */
const TRAILING_RELATIVE_CLAUSE = /,\s+(?:which|who|that)\b[^,;]*$/;

/** A plain " and " or " but " between two clauses; the test of what follows is `opensClause`. */
const COORDINATION = /\s+(?:and|but)\s+(?!then\b)/g;
/** "and that ...", "and said (that) ...": what opens a second reported clause after "and". */
const REPORTED_THAT = /^(?:(?:said|says|added|adds)\s+)?that\s+|^(?:said|says|added|adds)\s+/;
/** "in Malatya and Adıyaman provinces": two names before the plural noun they share are one phrase. */
const SHARED_PLACE_NOUN = /^\p{Lu}[\p{L}’'-]*\s+(?:provinces|regions|oblasts|districts|counties|states|cities|towns|villages|rivers|islands)\b/u;
/** "between 10 and 20", "both Russia and ...": the "and" joins the two halves of one phrase. */
const BOTH_OR_BETWEEN = /\b(?:between|both)\s+[^,;]{0,60}$/i;
/** "around 80% and 90% respectively of their wheat": the "and" joins two figures of one fact. */
const RESPECTIVELY = /^(?:\S+\s+){0,3}respectively\b/i;
/** Opens a concessive or contrasting clause that comes before the main one. */
const CONCESSIVE = /^(?:although|though|even though|whereas|while)\s/i;
/** "Turkey, Russia and Ukraine are meeting": the last items of a list before its "and". */
const LIST_TAIL = /,\s+[^,\s]+(?:\s+[^,\s]+)?$/;
/** Words ending in "-ed" that usually modify a noun rather than act as a verb ("armed forces"). */
const ED_ADJECTIVES = new Set("armed united allied based related occupied-held so-called unmanned manned advanced guided detailed limited skilled unexploded".split(" "));
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|remains?|remained|continues?|continued|says?|said)\b/;
/** After the "and": a second verb of the same subject. */
const SECOND_VERB = /^(?:also\s+|then\s+|later\s+)?(?:(?:was|were|is|are|has|have|had)\s+(?:also\s+|since\s+|now\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ung|ught|lt|nt)\b|(?:was|were|is|are)\s+(?:also\s+|now\s+|still\s+)?[a-z]{3,}ing\s+(?:\d|(?:the|a|an|its|their|more|up)\b)|[a-z]{3,}ed\s+(?!by\b)\S|(?:struck|hit|shot|took|seized|fled|lost|left|sent|sold|won|began|made|gave|held|killed|launched|brought|met|paid|spent|built|bought|fought|kept|sought|wrote|withdrew|became|came|went|saw|drew|grew|rose|fell|froze|stood|underwent|told|found|announces|declares|imposes|agrees|signs|pledges|sends|launches)\s+\S|had\s+(?:the|a|an)\s)/;
/** After the "and": a subject of up to seven words, then its verb; or a figure and its participle. */
const SECOND_SUBJECT = /^(?:(?:in|on|by|at|since)\s+[A-Z][a-z]+,?\s+)?(?:the|a|an|its|his|her|their|our|this|these|those|some|many|most|all|other|at least|about|around|nearly|almost|more than|over|up to|another|[A-Z][\w’'.-]*|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b(?:[^,;:()“”"]|,(?=\d)){0,60}?\s(?:is|are|was|were|has|have|had|will|would|could|can|remain|remains|remained|continue|continues|continued|killed|wounded|injured|dead|missing|displaced|destroyed|damaged|(?!armed|united|allied|based|related|unmanned|guided|advanced|limited)[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her|\d|more|at|about|to|in|on|millions|thousands|hundreds|dozens|billions|some|several|up)\b|greenlights|announces|sends|pledges|signs|says|said)\b|^[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}\s+(?:is|are|was|were|has|have|had|will|remain|remains|remained|rose|fell|grew|increased|decreased|dropped)\b/;

/**
 * After the "and": a figure whose counted noun and verb are left out, then where it was counted
 * ("Four people died in Tuzla and two in Zenica", "killed 25 people in the city and more than 50
 * across the region").
 */
const ELLIPTIC_FIGURE = /^(?:(?:at least|about|around|nearly|almost|more than|over|up to|another|some)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+(?:more\s+)?(?:in|across|at|near|on|outside|elsewhere)\b/;

function opensClause(right: string): boolean {
  return SECOND_VERB.test(right) || SECOND_SUBJECT.test(right);
}

function holdsVerb(left: string): boolean {
  // "Kyiv faces manpower shortages": a name, then a verb in the third person.
  if (/^(?:[A-Z][\w’'-]*\s+){1,3}[a-z]{3,}[^s\W]s\s+(?!(?:from|of|in|for|at|on|with|and|or)\b)[a-z]/.test(left)) return true;
  // "The agriculture ministry expects the harvest ...", "The package includes 100,000 shells": a
  // subject opened by a determiner, then a verb in the third person before its object.
  if (/^(?:the|a|an|its|their|this)\s+(?:[\w’'-]+\s+){0,3}[a-z]{3,}[^s\W]s\s+(?:the|a|an|its|their|\d|[a-z]{3,}s\b)/i.test(left)) return true;
  if (FINITE.test(left) || EVENT_VERB.test(left.toLowerCase()) || IRREGULAR_PAST.test(left) || NARRATIVE_PRESENT.test(left)) return true;
  // "The Liberia-flagged Delta Blue", "Russian-backed forces": a participle after a hyphen is part of an adjective.
  for (const m of left.matchAll(/\b[a-z]{3,}ed\b/g)) if (!ED_ADJECTIVES.has(m[0]) && left[m.index - 1] !== "-") return true;
  return false;
}

/** Tokens that end an item's noun phrase. */
const ITEM_STOPS = new Set([",", ";", ":", ".", "and", "or", "(", ")", "while", "including", "as", "in", "to", "from", "of", "for", "with", "by", "on", "at"]);

/** Second nouns of a compound after "of" ("of small arms ammunition" is left whole only when short). */
const ITEM_NOUN_TAILS = new Set("ammunition aid assistance funding support equipment grain wheat oil gas".split(" "));

const PASSIVE_AUXILIARIES = new Set(["was", "were"]);
const CASUALTY_PARTICIPLES = /\b(?:killed|injured|wounded|dead|missing)\b/;

/** Participles that may close a list item ("five people killed and 18 injured"). */
const ITEM_PARTICIPLES = new Set("killed injured wounded dead missing destroyed damaged captured arrested displaced evacuated detained".split(" "));

interface Sentence extends Span {
  tokens: Token[];
  inQuote: boolean[];
  paragraph: number;
  headline: boolean;
  /** Written in capitals ("RUSSIAN GUIDED BOMB HITS KHARKIV SUPERMARKET, AT LEAST 9 KILLED"). */
  shouted: boolean;
}

interface Article {
  text: string;
  tokens: Token[];
  figures: ScannedFigure[];
  /** Tallies, ages and durations written as adjectives, which claims carry beside `figures` (claim-figures.ts). */
  claimOnly: ExtractedFigure[];
  quotes: Span[];
  names: NameMention[];
  sentences: Sentence[];
  /**
   * The text with its shouted sentences in lower case, offsets unchanged: clause breaks and
   * attributions are read from it, since their patterns know "said" and "killed", not "SAID".
   */
  reading: string;
  /** The day the article gives as its own, to which its statements' relative dates resolve. */
  published: ArticleDate | null;
}

function toPublicFigure(f: ScannedFigure): ExtractedFigure {
  return publicFigure(f);
}

/** Narrows a span past quotation marks, whitespace, connectives and final punctuation. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  for (let guard = 0; guard < 4 && start < end; guard++) {
    while (start < end && (QUOTE_CHARS.has(text[start] ?? "") || LEADING_MARKS.has(text[start] ?? "") || /\s/.test(text[start] ?? "") || pictographLength(text, start) > 0)) start += Math.max(1, pictographLength(text, start));
    if (text[start] === "(") {
      // A leading source tag such as "(MENAFN- UkrinForm)".
      const close = text.indexOf(")", start);
      if (close > start && close < end && close - start < 60) {
        start = close + 1;
        continue;
      }
    }
    const opening = text.slice(start, Math.min(end, start + 40));
    const lead = LEADING_CONNECTIVES.exec(opening)?.[0] ?? LEADING_LABEL.exec(opening)?.[0] ?? TRANSCRIPT_LABEL.exec(opening)?.[0] ?? connectorAt(text.slice(start, end));
    if (lead && lead.length < end - start) {
      start += lead.length;
      continue;
    }
    break;
  }
  for (let guard = 0; guard < 3; guard++) {
    while (end > start && (TRAILING.has(text[end - 1] ?? "") || QUOTE_CHARS.has(text[end - 1] ?? "") || pictographLength(text, end - 1) > 0 || pictographLength(text, end - 2) === 2)) end -= pictographLength(text, end - 2) === 2 ? 2 : 1;
    const tail = text.slice(Math.max(start, end - 300), end);
    // Most clauses name no web address: two substring searches spare them the pattern's scan.
    const address = tail.includes("http") || tail.includes("www.") ? TRAILING_ADDRESS.exec(tail) : null;
    if (address && end - address[0].length > start) {
      end -= address[0].length;
      continue;
    }
    const dangling = DANGLING_END.exec(text.slice(Math.max(start, end - 8), end));
    if (!dangling || end - dangling[0].length <= start) break;
    end -= dangling[0].length;
  }
  // 'called the draft a “not bad result”': a quotation the claim opens inside itself keeps its close.
  if (text[end] === "”" && opensQuotation(text, start, end)) end++;
  return { start, end };
}

/** A curly quotation opened between `start` and `end` and not closed there. */
function opensQuotation(text: string, start: number, end: number): boolean {
  let open = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === "“") open++;
    else if (text[i] === "”") open = Math.max(0, open - 1);
  }
  return open > 0;
}

/**
 * "Every missile that gets through is a failure of our collective will", "Every day of delay is paid
 * for in lives": a statement about each member of a class, with no figure and no name to pin it
 * down, is a generalisation (rhetoric in GUIDELINES.md), never a claim.
 */
function isGeneralisation(clause: string, figures: readonly ScannedFigure[]): boolean {
  return figures.length === 0 && /^(?:every|each)\s/i.test(clause) && !/\s[“"‘'(]?[\p{Lu}\d]/u.test(clause);
}

/** The heading of a list of links to other stories ("Related:", "Most read", "Other Topics of Interest"). */
const LINK_LIST_HEADING = /^(?:related(?:\s+(?:articles|news|stories))?|other topics of interest|most read|most popular(?:\s+this week)?|read more|more on this(?:\s+story)?|top stories|recommended|see also|you may also like|latest news)\s*:?$/i;
/**
 * The heading of a press release's closing notes ("About the Nordic Shelter Alliance", "Notes to
 * editors", "Media contact"): what follows describes the issuer, its boilerplate and contacts, not
 * the news. "About" opens such a heading only as a line of its own after a capital, and only in the
 * later part of the text ("About 2,100 firefighters were ..." is a sentence).
 */
const CLOSING_NOTES_HEADING = /^(?:About (?:the |us\b)?(?:\p{Lu}|us\b)[^.!?:]{0,100}|Notes? (?:to|for) editors?|Editor[’']?s notes?|Media contacts?|Press contacts?|Media enquiries|Press enquiries)\s*:?$/u;
/** How far into the text a closing-notes heading that opens with "About" may stand, at the earliest. */
const CLOSING_NOTES_FROM = 0.4;

function opensClosingNotes(text: string, paraStart: number, paraEnd: number): boolean {
  const line = text.slice(paraStart, paraEnd).trim();
  if (!CLOSING_NOTES_HEADING.test(line)) return false;
  return !line.startsWith("About") || paraStart >= text.length * CLOSING_NOTES_FROM;
}

/**
 * A journalist's turn in a briefing's transcript ("Q (Politico Europe): There are reports that ...
 * Will the Allies ...?"): what a question reports is its premise, asserted by no one on the record.
 */
const QUESTION_LABEL = /^\s*(?:Q|QUESTION|Question)\s*(?:\([^()\n]{1,40}\))?\s*:/;

/** A line opened by a bullet, a dash or a number ("• ...", "- ...", "1. ..."). */
const LIST_ITEM = /^(?:[-–—•*·▪◦]|\d{1,2}[.)])\s*\S/;

/** An opening quotation mark at the start of a paragraph. */
const OPENING_QUOTE = /^\s*[“"«]/;

/**
 * The words before a list that its items finish, "The package will" of "The package will:": a
 * subject and a verb that waits for the item's ("- provide up to £5,000 for each household").
 */
const LEAD_IN = /^([^:;]{3,120}?\b(?:will|would|can|could|should|must|shall|to|also))\s*:\s*$/;
const LEAD_IN_WORDS = 12;

function leadInOf(sentence: string): string | null {
  const lead = LEAD_IN.exec(sentence.trim())?.[1];
  return lead !== undefined && wordCount(lead, LEAD_IN_WORDS + 1) <= LEAD_IN_WORDS ? lead : null;
}

/** A sentence that ends its line with a colon, introducing the list items below it. */
function introducesList(text: string, s: Span): boolean {
  return /:\s*$/.test(text.slice(s.start, s.end)) && /^[ \t]*\n/.test(text.slice(s.end, s.end + 4));
}

/** A live blog's flash: "BREAKING: ...", "JUST IN: ...". */
const NEWS_FLASH = /^(?:breaking|breaking news|just in)\s*:/i;

const SPACE_RUN = /\s+/g;

/**
 * The number of words `s.split(/\s+/)` would give, counted no further than `cap`: the rules only
 * ask whether a paragraph or clause is shorter than a few words, and splitting each whole copied
 * the article word by word.
 */
function wordCount(s: string, cap: number): number {
  let count = 1;
  SPACE_RUN.lastIndex = 0;
  while (count < cap && SPACE_RUN.exec(s) !== null) count++;
  return count;
}

function paragraphIsHeadline(text: string, from: number, to: number): boolean {
  const whole = text.slice(from, to).trim();
  const para = withoutTrailingDecoration(whole);
  if (para === "") return false;
  // An emoji closing a post ends its sentence as a full stop would.
  if (para.length < whole.length && wordCount(para, 6) >= 6 && !opensWithBoilerplate(para)) return false;
  const last = para[para.length - 1] ?? "";
  const opening = withoutLeadingPictographs(para);
  if (opensWithBoilerplate(opening)) return true;
  // "BREAKING: RUSSIAN GUIDED BOMB HITS KHARKIV SUPERMARKET": a news flash reports, whatever its case.
  if (NEWS_FLASH.test(opening.replace(TIME_STAMP, ""))) return false;
  // "• 12 people were killed in Odesa": an item of a bulleted list, which need not end with a full
  // stop; "– Estonia removes memorial –" between dashes is a subheading.
  if (/^[-–—•*·▪◦]\s*\S/.test(para) && !/^[-–—]{2}/.test(para) && !/[-–—]$/.test(para)) return false;
  // "📍 Dnipro: 3 killed, 14 injured": an emoji used as a bullet before a figure opens an item too.
  if (opening.length < para.length && /\d/.test(opening)) return false;
  // "personnel ‒ about 895,350 (+1,340) persons": a line of a table of figures, label then count.
  if (DATA_LINE.test(para)) return false;
  // "Humanitarian Situation Report No. 42 (1–31 January 2025)": a title closed by a bracket, no verb before it.
  if (last === ")" && wordCount(para, TITLE_WORDS + 1) <= TITLE_WORDS && !holdsVerb(para.slice(0, para.lastIndexOf("(")))) return true;
  return !/[.!?”"'’)…:]/.test(last) && wordCount(para, 26) <= 25;
}

/** A label, a dash and a count: "tanks ‒ 10,245 (+6)", "personnel – about 895,350 (+1,340) persons". */
const DATA_LINE = /^[^\d\n]{2,60}\s[‒–—-]\s(?:(?:about|around|over|more than|nearly|almost|some)\s)?\d/;
/** Words a title closed by a bracket holds at most. */
const TITLE_WORDS = 12;

function prepare(text: string, publishedOn?: string): Article {
  const header = parseDatedHeader(text);
  const bodyStart = header ? header.bodyStart : 0;
  const tokens = tokenize(text, bodyStart);
  const figures = scanFigures(text, tokens);
  const quotes = findQuotes(text, bodyStart);
  const names = collectNames(text, tokens);
  const dateline = findDateline(text);
  const datelines = dateline ? [dateline, ...laterDatelines(text, dateline.end)] : laterDatelines(text, bodyStart);
  const spans = excludeDatelines(text, splitSentences(text), datelines);
  const sentences: Sentence[] = [];
  let t = 0;
  let q = 0;
  let paragraph = 0;
  let nextNewline = text.indexOf("\n", bodyStart);
  let paraStart = bodyStart;
  let paraHeadline: boolean | null = null;
  let inLinkList = false;
  let inClosingNotes = false;
  const firstLineEnd = header ? (text.indexOf("\n", bodyStart) + 1 || text.length) : -1;
  for (const sentence of spans) {
    // "10:42 Ukraine's air force says ...": the entry's time stamp is not part of its first sentence.
    const stamp = TIME_STAMP.exec(text.slice(sentence.start, sentence.start + 24))?.[0].length ?? 0;
    const span = stamp > 0 && stamp < sentence.end - sentence.start ? { start: sentence.start + stamp, end: sentence.end } : sentence;
    while (nextNewline >= 0 && nextNewline < span.start) {
      paragraph++;
      paraStart = nextNewline + 1;
      paraHeadline = null;
      nextNewline = text.indexOf("\n", nextNewline + 1);
    }
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    const from = t;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < span.end) t++;
    const sentTokens = tokens.slice(from, t);
    const inQuote = sentTokens.map((tok) => {
      while (q < quotes.length && (quotes[q]?.end ?? 0) <= tok.start) q++;
      const quote = quotes[q];
      return quote !== undefined && tok.start > quote.start && tok.end < quote.end;
    });
    if (paraHeadline === null) {
      const paraEnd = text.indexOf("\n", span.start);
      const lineAbove = text.slice(text.lastIndexOf("\n", paraStart - 2) + 1, Math.max(0, paraStart - 1)).trim();
      const item = LIST_ITEM.test(text.slice(paraStart, paraStart + 8).trimStart());
      inLinkList = item && (LINK_LIST_HEADING.test(lineAbove) || (inLinkList && lineAbove !== ""));
      inClosingNotes ||= opensClosingNotes(text, paraStart, paraEnd < 0 ? text.length : paraEnd);
      paraHeadline = inLinkList || inClosingNotes || QUESTION_LABEL.test(text.slice(paraStart, paraStart + 60)) || paragraphIsHeadline(text, paraStart, paraEnd < 0 ? text.length : paraEnd);
    }
    sentences.push({
      start: span.start,
      end: span.end,
      tokens: sentTokens,
      inQuote,
      paragraph,
      headline: paraHeadline || (span.start < firstLineEnd && !/[.!?”"’]\s*$/.test(text.slice(bodyStart, firstLineEnd))),
      // "RUSSIAN GUIDED BOMB HITS KHARKIV SUPERMARKET, AT LEAST 9 KILLED": three words in capitals and none in lower case.
      shouted: isInCapitals(text.slice(span.start, span.end), 3),
    });
  }
  return { text, tokens, figures, claimOnly: claimOnlyFigures(text, tokens), quotes, names, sentences, reading: withShoutingLowered(text, sentences), published: articleDate(text, { header, dateline }, publishedOn) };
}


/** The text with each shouted sentence lower-cased character by character, so that no offset moves. */
function withShoutingLowered(text: string, sentences: readonly Sentence[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of sentences) {
    if (!s.shouted) continue;
    parts.push(text.slice(at, s.start), lowerKeepingLength(text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * A source named after its claims were built ("X stated this", the speaker closing a dash quote): the
 * claims and their statements name it.
 */
function attribute(claim: ExtractedClaim, speaker: string, isCommonWord: (word: string) => boolean): void {
  claim.speaker = speaker;
  claim.statement = withSource(claim.statement, speaker, isCommonWord);
}

/**
 * Whether a word is common rather than a name: the article writes it in lower case somewhere
 * ("rescue" of "search-and-rescue teams") and never with a capital after another word, as a name is
 * ("the Wagner group", "#wagner"); a word the article writes only at a sentence's start ("Inflation
 * rose") is common if running text at large writes it in lower case. The article's words are
 * gathered at the first question: most articles never ask, and gathering costs 2% of the engine's time.
 */
function writesInLowerCase(tokens: readonly Token[]): (word: string) => boolean {
  let written: Map<string, boolean> | null = null;
  return (word) => {
    if (written === null) {
      written = new Map();
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.kind !== "word") continue;
        if (t.text === t.lower) {
          if (!written.has(t.text)) written.set(t.text, true);
        } else if (tokens[k - 1]?.kind === "word") written.set(t.lower, false);
      }
    }
    return written.get(word) ?? isCommonWord(word);
  };
}

/** Figures whose number lies inside the span, in order. */
function figuresIn(figures: ScannedFigure[], span: Span, cursor: { i: number }): ScannedFigure[] {
  while (cursor.i > 0 && (figures[cursor.i - 1]?.end ?? 0) > span.start) cursor.i--;
  while (cursor.i < figures.length && (figures[cursor.i]?.end ?? 0) <= span.start) cursor.i++;
  const out: ScannedFigure[] = [];
  for (let i = cursor.i; i < figures.length; i++) {
    const f = figures[i];
    if (!f || f.start >= span.end) break;
    if (f.end <= span.end || f.start < span.end) out.push(f);
  }
  return out;
}

/**
 * Splits a clause into sub-clauses at ";" and ", and/but/while" when each side can stand alone,
 * between coordinated verbs that each carry a figure ("killed three people and wounded 14 others"),
 * and before a consequence or forecast drawn from the fact (", meaning that the winter will be hard").
 */
function clauses(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const parts: Span[] = [];
  let last = 0;
  // Where the current clause began: an appositive split off ("..., including 622 children") does not
  // end the clause it stands in apposition to, so its verb still counts for the breaks after it.
  let clauseStart = 0;
  // "a total of 14 cases (11 confirmed and 3 probable), including nine deaths": a verb inside brackets
  // is an aside's, not the clause's.
  const clauseBefore = (at: number): string => slice.slice(Math.max(clauseStart, at - BEFORE_WINDOW), at).replace(BRACKETED_ASIDE, " ");
  // The search goes on where the last break ended, unless a comma is passed over below.
  for (let m = nextClauseBreak(slice, 0); m !== null; m = nextClauseBreak(slice, CLAUSE_BREAK_AT.lastIndex)) {
    // A bare comma is a break only before an appositive; otherwise the search goes on from the next
    // character, as a lookahead would. (No appositive opens with a space, so the comma's spaces taken
    // whole are the only place to test.)
    const appositive = m[1] !== undefined;
    if (appositive) {
      FACT_APPOSITIVE_AT.lastIndex = m.index + m[0].length;
      if (!FACT_APPOSITIVE_AT.test(slice)) {
        CLAUSE_BREAK_AT.lastIndex = m.index + 1;
        continue;
      }
    }
    // "$1 billion in artillery, air defenses, and other hardware would ...": the comma before "and"
    // closes a list of nouns, not a clause, when no verb stands before it.
    if (/^,\s+and\s/.test(m[0]) && !holdsVerb(clauseBefore(m.index))) continue;
    // "..., as consumer inflation accelerated": "as" opens a clause of its own only with a subject and
    // its verb after it ("..., as part of", "..., as expected" stay).
    if (/^,\s+as\s/.test(m[0]) && !(holdsVerb(clauseBefore(m.index)) && opensClause(slice.slice(m.index + m[0].length, m.index + m[0].length + 90)))) continue;
    // An appositive states a further fact only after a clause: "In July alone, 58 facilities were hit".
    if (appositive && !holdsVerb(clauseBefore(m.index))) continue;
    // "The strike, which hit a residential building, killed 9 people": the comma closes a relative
    // clause inside the subject; the verb after it is the sentence's own, not a second clause's.
    if (/^,\s+$/.test(m[0]) && !holdsVerb(clauseBefore(m.index).replace(TRAILING_RELATIVE_CLAUSE, ""))) continue;
    splitCoordination(text, { start: span.start + last, end: span.start + m.index }, parts);
    last = m.index + m[0].length;
    if (!appositive) clauseStart = last;
  }
  splitCoordination(text, { start: span.start + last, end: span.end }, parts);
  return parts;
}

/**
 * Splits a clause at a plain " and " (no comma) that opens a second clause of its own: a second
 * subject with its verb ("shelling continues ... and at least one person was killed"), or a second
 * verb of the same subject ("it has recaptured dozens of villages and struck strategic targets").
 * Only when the words before the "and" already hold a verb, so that coordinated subjects ("Russia
 * and Ukraine have agreed") and objects stay whole.
 */
function splitCoordination(text: string, span: Span, out: Span[]): void {
  let from = span.start;
  const slice = text.slice(span.start, span.end);
  // "Although the number of births has decreased, the premature birth rate increased to 16 percent":
  // a concessive clause and the main clause are two facts, parted at the first comma that leaves a verb on each side.
  if (CONCESSIVE.test(slice)) {
    for (let comma = slice.indexOf(", "), tries = 0; comma > 0 && comma < 400 && tries < 6; comma = slice.indexOf(", ", comma + 2), tries++) {
      const left = slice.slice(0, comma);
      const right = slice.slice(comma + 2);
      if (holdsVerb(left.replace(CONCESSIVE, "")) && right.split(" ").length >= 4 && holdsVerb(right)) {
        out.push({ start: from, end: span.start + comma });
        from = span.start + comma + 2;
        break;
      }
    }
  }
  COORDINATION.lastIndex = 0;
  for (let m = COORDINATION.exec(slice); m !== null; m = COORDINATION.exec(slice)) {
    const at = span.start + m.index;
    if (at < from) continue;
    const left = text.slice(Math.max(from, at - 240), at);
    // "said he had signed a decree and that Ukraine's defence industry now produced 1.5 million
    // drones a year", "announced that ... and said 112,000 families had ...": a second reported
    // clause, whose "that" or reporting verb is no part of it.
    const reported = REPORTED_THAT.exec(text.slice(at + m[0].length, at + m[0].length + 16))?.[0].length ?? 0;
    const right = text.slice(at + m[0].length + reported, Math.min(span.end, at + m[0].length + reported + 90));
    if (!(opensClause(right) || ELLIPTIC_FIGURE.test(right)) || !holdsVerb(left) || left.split(" ").length < 4 || BOTH_OR_BETWEEN.test(left) || LIST_TAIL.test(left) || RESPECTIVELY.test(right) || SHARED_PLACE_NOUN.test(right)) continue;
    // "not only paid for 40 generators but also installed 12": one fact told in two halves.
    if (m[0].includes("but") && NOT_ONLY.test(left)) continue;
    out.push({ start: from, end: at });
    from = at + m[0].length + reported;
  }
  out.push({ start: from, end: span.end });
}
const NOT_ONLY = /\bnot only\b/i;

interface Item {
  figure: ScannedFigure;
  /** Where the item's own subject ends, in a list that leaves out the verb ("..., the Greens 7.7%"). */
  subjectEnd?: number;
  /** The whole the figure is a part of: "31 of 38 drones". */
  whole?: ScannedFigure;
  start: number;
  end: number;
  /** Token index just past the item, participles included. */
  after: number;
}

/**
 * Words between a list's predicate and its first item that belong to that item alone: "commit an
 * extra 1,000 troops and one of its two carriers" commits "one of its two carriers", not "an extra one".
 */
const FIRST_ITEM_MODIFIER = /\s(?:(?:an?\s+)?(?:extra|additional|further)|an?|another)\s+$/i;

/** The list's predicate as an item's statement reads it: without what belongs to the first item only. */
function itemPredicate(prefix: string, item: number): string {
  return item === 0 ? prefix : prefix.replace(FIRST_ITEM_MODIFIER, " ");
}

/**
 * "..., to the defence of Estonia, where Britain already has 1,700 personnel": a relative clause
 * after a list tells its own fact (a claim of its own when it is one), not the items'.
 */
const TRAILING_RELATIVE = /,\s+(?:where|which|who|whose)\b[\s\S]*$/i;

function withoutTrailingRelative(suffix: string): string {
  return suffix.replace(TRAILING_RELATIVE, "");
}

/** What may stand between "of" and the whole: "31 of the 38 drones", "one of its two aircraft carriers". */
const WHOLE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "these", "those"]);

/** "31 of 38", "nine of the 11", "one of its two": a count right before "of", a determiner or none, and the count of the whole. */
function isPartOf(tokens: Token[], part: ScannedFigure, whole: ScannedFigure): boolean {
  let k = part.coreTo;
  if (tokens[k]?.lower !== "of") return false;
  k++;
  if (WHOLE_DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
  return tokens[k]?.start === whole.start && whole.unit !== null && part.value !== null && whole.value !== null && part.value < whole.value;
}

/** "10,000 155mm shells", "rounds of 122mm ammunition": a calibre names a kind of round and counts nothing. */
function isCalibre(f: ScannedFigure, tokens: readonly Token[]): boolean {
  return f.unit === "mm" && tokens[f.unitTo]?.kind === "word";
}

/** Prepositions that a gapped list repeats before each figure. */
const GAPPED_PREPOSITIONS = new Set(["for", "with", "to", "at", "by"]);

/**
 * "Wheat accounted for 2.3 million tonnes, corn for 2.1 million tonnes and barley for 310,000 tonnes":
 * a list that leaves out the verb and repeats the first item's preposition, each item with its own
 * subject of one or two words. The index of that subject among the tokens between two figures
 * (`from` to `to`), or -1.
 */
function gappedSubject(tokens: readonly Token[], from: number, to: number, preposition: string | null): number {
  if (preposition !== null && GAPPED_PREPOSITIONS.has(preposition) && tokens[to - 1]?.lower === preposition) {
    let k = to - 1;
    while (k - 1 >= from && to - 1 - k < 2 && tokens[k - 1]?.kind === "word" && !LIST_JOINERS.has(tokens[k - 1]?.lower ?? "")) k--;
    return k < to - 1 ? k : -1;
  }
  return namedGappedSubject(tokens, from, to);
}

/**
 * "The People's Party took 34.7%, the Social Democrats 15.9% and the liberal NEOS 5.1%", "Norway
 * supplied 30% of the gas, Qatar 11% ...": a list that leaves out the verb, each item a name right
 * before its figure: up to three words ending in a capitalised one, after an optional "the". The
 * index of the name's first token, or -1.
 */
function namedGappedSubject(tokens: readonly Token[], from: number, to: number): number {
  const last = tokens[to - 1];
  if (to - 1 < from || last?.kind !== "word" || !isCapitalized(last) || LIST_JOINERS.has(last.lower)) return -1;
  let k = to - 1;
  while (k - 1 >= from && to - k < 3 && tokens[k - 1]?.kind === "word" && !LIST_JOINERS.has(tokens[k - 1]?.lower ?? "") && tokens[k - 1]?.lower !== "the") k--;
  if (tokens[k - 1]?.lower === "the" && k - 1 >= from) k--;
  return k;
}

/**
 * The verb a gapped list leaves out, as its first item says it: the lower-case words right before the
 * first figure ("took" in "The People's Party took 34.7%", "accounted" in "Wheat accounted for 2.3
 * million tonnes, corn for ..." whose items repeat "for"). "" when there is none to borrow.
 */
function gappedVerb(text: string, tokens: readonly Token[], first: Item, items: readonly Item[]): string {
  const gapped = items.find((item) => item.subjectEnd !== undefined);
  if (gapped?.subjectEnd === undefined) return "";
  const repeated = text.slice(gapped.subjectEnd, gapped.end).trimStart().split(/\s/)[0]?.toLowerCase() ?? "";
  let k = tokens.findIndex((t) => t.start >= first.figure.start);
  if (k < 0) return "";
  if (GAPPED_PREPOSITIONS.has(repeated) && tokens[k - 1]?.lower === repeated) k--;
  const end = k;
  while (k - 1 >= 0 && end - k < 3 && tokens[k - 1]?.kind === "word" && tokens[k - 1]?.text === tokens[k - 1]?.lower && tokens[k - 1]?.lower !== "the") k--;
  // "up from seven, the Social Democrats six": words with no subject before them are no verb to borrow.
  return k < end && tokens[k - 1]?.kind === "word" ? text.slice(tokens[k]!.start, tokens[end - 1]!.end) : "";
}

/** The first item's name and repeated preposition closing a list's predicate: "Turkey with " of "... followed by Turkey with ". */
const FIRST_GAPPED_NAME = new RegExp(String.raw`(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(${[...GAPPED_PREPOSITIONS].join("|")})\s+$`, "u");

/**
 * "Iran hosted the largest number, 3.8 million, followed by Turkey with 3.1 million and Colombia with
 * 2.8 million": an item of a gapped list with no verb to borrow reads with the list's predicate in
 * place of the first item's name ("... followed by Colombia with 2.8 million"); else it stays as it is.
 */
function gappedWithPredicate(prefix: string, itemText: string, afterSubject: string): string {
  const first = FIRST_GAPPED_NAME.exec(prefix);
  if (!first || afterSubject.trimStart().split(/\s/)[0]?.toLowerCase() !== first[1]) return itemText;
  return `${prefix.slice(0, first.index)}${itemText}`;
}

/**
 * A list of quantities ("300,000 people, hundreds of aircraft and thousands of tanks"): figures
 * whose counted phrases follow one another, joined only by commas and "and"/"or".
 */
function quantityList(tokens: Token[], figures: ScannedFigure[], allTokens: Token[]): Item[] {
  const asides = bracketedSpans(tokens);
  const usable = figures.filter((f) => !f.duration && !isCalibre(f, allTokens) && !isCompoundModifier(f, allTokens) && !asides.some((a) => f.start > a.start && f.end <= a.end));
  if (usable.length < 2) return [];
  const indexOf = new Map<number, number>();
  tokens.forEach((tok, i) => indexOf.set(tok.start, i));
  const starts = new Set(usable.map((f) => f.start));
  let best: Item[] = [];
  let run: Item[] = [];
  /** The preposition before the first figure of the run: "accounted for 2.3 million tonnes". */
  let preposition: string | null = null;
  let part: ScannedFigure | null = null;
  for (const [n, figure] of usable.entries()) {
    // "31 of 38 drones": a count of a whole is one item with both figures.
    const next = usable[n + 1];
    if (next && (figure.unit === null || figure.unit === next.unit) && isPartOf(allTokens, figure, next)) {
      part = figure;
      continue;
    }
    const f = part ?? figure;
    const whole = part ? figure : undefined;
    part = null;
    let after = (whole ?? f).unitTo;
    // "five people killed", "five people were killed and 18 injured".
    if (PASSIVE_AUXILIARIES.has(allTokens[after]?.lower ?? "") && ITEM_PARTICIPLES.has(allTokens[after + 1]?.lower ?? "")) after++;
    while (ITEM_PARTICIPLES.has(allTokens[after]?.lower ?? "") && after < f.unitTo + 3) after++;
    // "4m rounds of ammunition", "1.2 million tonnes of grain": the counted thing's complement.
    const of = allTokens[after];
    // "30% of the gas": the definite counted thing, as much as "1.2 million tonnes of grain".
    const definite = of?.lower === "of" && allTokens[after + 1]?.lower === "the" && (allTokens[after + 3]?.kind !== "word" || LIST_JOINERS.has(allTokens[after + 3]?.lower ?? "")) ? 1 : 0;
    const noun = allTokens[after + 1 + definite];
    if (of?.lower === "of" && noun?.kind === "word" && noun.text === noun.lower && !LIST_JOINERS.has(noun.lower) && noun.lower !== "the") {
      after += 2 + definite;
      if (allTokens[after]?.kind === "word" && allTokens[after]?.text === allTokens[after]?.lower && ITEM_NOUN_TAILS.has(allTokens[after]?.lower ?? "")) after++;
    }
    if (f.unit === null) {
      // "160 protected mobility “Husky” vehicles": the counted noun comes after a few modifiers.
      let k = after;
      while (k < f.unitTo + 6 && allTokens[k] && !ITEM_STOPS.has(allTokens[k]?.lower ?? "") && !starts.has(allTokens[k]?.start ?? -1)) k++;
      const last = allTokens[k - 1];
      if (k > after && last?.kind === "word") after = k;
    }
    const item: Item = { figure: f, ...(whole ? { whole } : {}), start: f.start, end: allTokens[after - 1]?.end ?? f.end, after };
    const prev = run[run.length - 1];
    const to = indexOf.get(f.start) ?? indexOf.get(allTokens[f.coreFrom]?.start ?? -1);
    if (prev && to !== undefined && restatesAsShare(tokens, allTokens, prev, f, to)) continue;
    if (prev) {
      const from = indexOf.get(allTokens[prev.after]?.start ?? -1);
      let joined = from !== undefined && to !== undefined && to > from && to - from <= 6;
      if (joined && from !== undefined && to !== undefined) {
        const subject = gappedSubject(tokens, from, to, preposition);
        if (subject >= 0) {
          item.start = tokens[subject]?.start ?? item.start;
          item.subjectEnd = tokens[to - 1]?.lower === preposition ? tokens[to - 2]?.end : tokens[to - 1]?.end;
        }
        for (let k = from; k < (subject >= 0 ? subject : to); k++) {
          if (!LIST_JOINERS.has(tokens[k]?.lower ?? "")) joined = false;
        }
      }
      if (!joined) {
        if (run.length > best.length) best = run;
        run = [];
      }
    }
    if (run.length === 0) preposition = to === undefined ? null : tokens[to - 1]?.lower ?? null;
    run.push(item);
  }
  if (run.length > best.length) best = run;
  // "198 civilians, including three children, had been killed": a part named within its whole is one
  // fact with both figures; "400 vehicles, including 160 Husky vehicles and 162 armoured vehicles", a
  // breakdown into several parts, stays a list.
  const [first, second] = best;
  if (best.length === 2 && first && second && tokens.some((t) => t.start >= first.end && t.start < second.start && t.lower === "including")) return [];
  return best.length >= 2 ? best : [];
}

/** "the 349-seat Riksdag", "10-year bonds": a number hyphened to its noun describes the noun; it lists nothing. */
function isCompoundModifier(f: ScannedFigure, tokens: readonly Token[]): boolean {
  const hyphen = tokens[f.coreTo];
  const noun = tokens[f.coreTo + 1];
  return hyphen?.text === "-" && !hyphen.spaced && noun?.kind === "word" && !noun.spaced;
}

/** The spans of a clause's brackets: "(11 confirmed and 3 probable)" breaks down the count before it. */
function bracketedSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (const t of tokens) {
    if (t.text === "(") open = t.start;
    else if (t.text === ")" && open >= 0) {
      spans.push({ start: open, end: t.end });
      open = -1;
    }
  }
  return spans;
}

/**
 * "cancelled 1,800 flights, about 40% of its schedule": a share of a whole right after a count, set
 * off by a comma, says the same quantity again; it is no further item.
 */
function restatesAsShare(tokens: readonly Token[], allTokens: readonly Token[], prev: Item, share: ScannedFigure, to: number): boolean {
  if ((share.unit !== "percent" && share.unit !== "share") || prev.figure.unit === "percent" || prev.figure.unit === "share" || prev.figure.unit === null) return false;
  return tokens[to - 1]?.text === "," && tokens[to - 1]?.start === allTokens[prev.after]?.start && allTokens[share.unitTo]?.lower === "of";
}

/**
 * A clause of its own before the speaker of an attribution that reports something else: "Putin
 * has been seeking ties with African countries and offered free grain, something the UN warned
 * would not make up for ...". When what the attribution reads as content is only a scrap ("...,
 * the ministry says on Telegram"), the clause before is the speaker's.
 */
function clauseBeforeSpeaker(text: string, s: Span, attribution: Attribution, contentIsScrap: boolean): Span | null {
  if (attribution.contentStart < attribution.npStart || attribution.npStart - s.start < 20) return null;
  let end = attribution.npStart;
  const before = text.slice(s.start, end);
  const comma = before.lastIndexOf(",");
  // "..., something the UN warned": a word or two between the comma and the speaker belong to the
  // attribution; when nothing is reported after the speaker, so does all of a longer speaker phrase
  // ("..., the Paris 2024 organising committee said").
  const between = wordCount(before.slice(comma + 1).trim(), 7);
  if (comma > 0 && (between <= 2 || (contentIsScrap && between <= 6))) end = s.start + comma;
  const span = trimSpan(text, { start: s.start, end });
  const clause = text.slice(span.start, span.end);
  if (wordCount(clause, 4) < 4 || !holdsVerb(clause)) return null;
  // A quote before the speaker is the quoted content itself, unless the speaker reports nothing else.
  if (!contentIsScrap && (clause.includes("“") || clause.includes('"'))) return null;
  // "According to a report published by the WFP, ...": the source's own phrase is no clause of the content.
  if (/^(?:as\s+)?according\s+to\b/i.test(clause)) return null;
  // "Despite the Kremlin being sanctioned, the IMF ...": an opening adverbial clause before the subject
  // is no clause of its own.
  if (/^(?:despite|although|though|whereas|because|unless)\s/i.test(clause)) return null;
  // "In the days before the war began, Western intelligence estimated ...": a fronted adverbial of
  // time or place, closed by the comma before the speaker, is no clause of its own.
  if (/^(?:in|on|at|after|before|during|since|when|while|as|following|amid|once|until|by|over|within)\b[^,;]*$/i.test(clause)) return null;
  return span;
}

/**
 * A predicate of the speaker's own before "and said": "Russia launched 40 drones at Ukraine overnight,
 * and said it had hit ...", "The ECB cut its deposit rate to 2.5% on Thursday and said ...". What
 * the speaker did is a fact in the article's voice, beside what they said.
 */
const PREDICATE_BEFORE_REPORT = /^\s+(\S[^;:]{6,300}?),?\s+and\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:\s+on\s+\S+)?(?:\s+that)?\s*$/;

function predicateBeforeReport(text: string, s: Span, attribution: Attribution): Span | null {
  const npEnd = attribution.npStart + attribution.np.length;
  if (attribution.pronoun || attribution.contentStart <= npEnd) return null;
  const predicate = PREDICATE_BEFORE_REPORT.exec(text.slice(npEnd, attribution.contentStart));
  if (!predicate?.[1] || wordCount(predicate[1], 3) < 3 || !holdsVerb(predicate[1])) return null;
  // "The European Central Bank": the article the speaker phrase leaves out opens the claim.
  const start = /^\s*(?:the|a|an)\s+$/i.test(text.slice(s.start, attribution.npStart)) ? s.start : attribution.npStart;
  return trimSpan(text, { start, end: npEnd + predicate[0].indexOf(predicate[1]) + predicate[1].length });
}

/** "Czech President Petr Pavel, who first proposed the initiative, said last week that ...", "The company, which has 4,000 employees, said ...". */
const DESCRIBED_SPEAKER = /^([^,;“”"]{3,80}),\s+(?:who|which)\s+((?:[^,;“”"]|,(?=\d{3}\b)){8,200}),\s+(?:[a-z]+\s+){1,4}$/;

/**
 * "The company, which has 4,000 employees" → "The company has 4,000 employees": the description as a
 * sentence. A "which" after "X of Y" describes Y: "The prime minister of Estonia, which was formerly
 * Soviet-ruled" → "Estonia was formerly Soviet-ruled".
 */
function asMainClause(description: string): string {
  const relative = /,\s+(who|which)\s+/.exec(description);
  if (!relative) return description;
  const head = description.slice(0, relative.index);
  const of = head.lastIndexOf(" of ");
  const subject = relative[1] === "which" && of > 0 ? head.slice(of + 4) : head;
  return `${subject} ${description.slice(relative.index + relative[0].length)}`;
}

/**
 * A relative clause describing a speaker who opens the sentence states a fact in the article's own
 * voice ("The mission, which has monitored the conflict since 2014, said ..."): the speaker with that
 * clause is a candidate of its own.
 */
function describedSpeaker(text: string, s: Span, attribution: Attribution): Span | null {
  if (attribution.contentStart <= attribution.npStart || attribution.contentStart - s.start > 320) return null;
  const head = DESCRIBED_SPEAKER.exec(text.slice(s.start, attribution.contentStart));
  if (!head || !holdsVerb(head[2] ?? "")) return null;
  const end = s.start + head[0].length - head[0].slice(head[0].lastIndexOf(",")).length;
  return trimSpan(text, { start: s.start, end });
}

/**
 * What an attribution misread as its content when the speaker closes the sentence: a mark or a
 * short phrase without a verb ("..., the ministry says on Telegram" → "on Telegram"). Without an
 * attribution a short verbless line ("Inflation at 12%") is content as it stands.
 */
function isScrap(content: string): boolean {
  return content.length < 8 || (wordCount(content, 4) <= 3 && !holdsVerb(content));
}

/**
 * "in Crimea", "Gas Pipeline", "a few years ago": a few words with no verb and no figure are a piece
 * of a sentence that split badly, not a fact, whatever the detector makes of their words. Checked
 * after scoring, so the detector still learns from them as it meets them.
 */
function isFragment(clause: string, figures: readonly ScannedFigure[]): boolean {
  return wordCount(clause, 5) <= 4 && !figures.some(isClaimFigure) && !holdsVerb(clause);
}

/** Quotation marks and brackets that may close a sentence after its final mark. */
const CLOSING_MARKS = new Set(["”", '"', "’", ")"]);

/**
 * A sentence that asks: "?" before the closing marks at its end. Read backwards from the end,
 * where a pattern anchored there would be tried from every character of the sentence.
 */
function isQuestion(sentence: string): boolean {
  const trimmed = sentence.trimEnd();
  let end = trimmed.length;
  while (end > 0 && CLOSING_MARKS.has(trimmed[end - 1] ?? "")) end--;
  return trimmed[end - 1] === "?";
}

/** Words in brackets: "(11 confirmed and 3 probable)", "(case fatality ratio 64%)". */
const BRACKETED_ASIDE = /\([^()]*\)/g;

/** Longest stretch of a sentence before a clause that a statement may borrow its subject from. */
const BEFORE_WINDOW = 400;

/**
 * The text of the sentence before a clause, for its statement; at most BEFORE_WINDOW characters,
 * from a word boundary, so that a sentence of many clauses costs linear work.
 */
function textBefore(text: string, from: number, to: number): string {
  if (to - from <= BEFORE_WINDOW) return text.slice(from, to);
  const window = text.slice(to - BEFORE_WINDOW, to);
  const space = window.indexOf(" ");
  return space >= 0 ? window.slice(space + 1) : window;
}

/** The quote that holds most of the content, if any; quotes are sorted and do not overlap. */
function quoteCovering(quotes: QuoteSpeaker[], from: number, content: Span): QuoteSpeaker | null {
  for (let i = from; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q || q.span.start >= content.end) break;
    const overlap = Math.min(q.span.end, content.end) - Math.max(q.span.start, content.start);
    if (overlap > (content.end - content.start) / 2) return q;
  }
  return null;
}

/**
 * The tokens wholly inside a span, found by binary search: a sentence can hold thousands of clauses,
 * so filtering all its tokens for each clause would take time in the square of its length.
 */
function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.start ?? 0) < span.start) low = mid + 1;
    else high = mid;
  }
  const within: Token[] = [];
  for (let t = low; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.start >= span.end) break;
    if (token.end <= span.end) within.push(token);
  }
  return within;
}

export function extractClaimsUnsafe(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const { threshold = CLAIM_THRESHOLD, scorer = scoreCandidate, typer = typeByShippedModel } = options;
  const article = prepare(text, options.publishedOn);
  const isCommonWord = writesInLowerCase(article.tokens);
  const speakers = new SpeakerContext(text, article.tokens, article.names);
  const attributions: (Attribution | null)[] = [];
  const sentenceSpeakers: (string | null)[] = [];
  const sentencePeople: (string | null)[] = [];
  const secondSpeakers = new Map<Extra, string | null>();
  for (const s of article.sentences) {
    sentencePeople.push(speakers.person);
    const attribution = s.shouted ? findAttribution(article.reading, tokenize(article.reading, s.start, s.end), s.inQuote, s.start, s.end) : findAttribution(text, s.tokens, s.inQuote, s.start, s.end);
    attributions.push(attribution);
    sentenceSpeakers.push(speakers.resolve(attribution, s.start));
    // "..., while organisers said ...": a second source in the sentence, resolved as the first is.
    for (const extra of attribution?.extra ?? []) if (extra.source) secondSpeakers.set(extra, speakers.resolve(extra.source, s.start));
    speakers.observe(s.tokens, s.inQuote, sentenceSpeakers[sentenceSpeakers.length - 1] ?? null, s.start, s.end);
  }
  const quoteSpeakers = speakers.quoteSpeakers(article.quotes, article.sentences, attributions, sentenceSpeakers);

  const claims: ExtractedClaim[] = [];
  const cursor = { i: 0 };
  let frameSpeaker: { paragraph: number; speaker: string } | null = null;
  let qi = 0;
  // A paragraph opened by a dash is quoted speech ("- The centre was destroyed. ... - explains Dr.
  // X."): the attribution that closes it covers every sentence of the paragraph.
  let dashQuote: { paragraph: number; firstClaim: number } | null = null;
  // In a transcript, a paragraph without a speaker label continues the speaker labelled before it.
  let transcriptSpeaker: string | null = null;
  // "According to the report:" and the list items under it: the items are the source's.
  let listSpeaker: string | null = null;
  // "The package will:" and the items under it: each item's statement reads "The package will provide ...".
  let listLeadIn: string | null = null;
  // A paragraph that opens a quotation and names no source goes on quoting who spoke last in the
  // paragraph before ("..., Biden said in a statement.\n\n“Now, Russia is calling up ...”").
  let paragraphSpeaker: string | null = null;
  let quotedParagraphSpeaker: string | null = null;
  article.sentences.forEach((s, index) => {
    const attribution = attributions[index] ?? null;
    let speaker = sentenceSpeakers[index] ?? null;
    const opensParagraph = article.sentences[index - 1]?.paragraph !== s.paragraph;
    if (opensParagraph) {
      // A label naming no one ("Q:") ends the speaker before it; a paragraph without a label goes on with it.
      const labelled = speakers.transcriptSpeaker(text.lastIndexOf("\n", s.start - 1) + 1);
      if (labelled !== undefined) transcriptSpeaker = labelled;
      if (!LIST_ITEM.test(text.slice(s.start, s.start + 8))) {
        listSpeaker = null;
        listLeadIn = null;
      }
      quotedParagraphSpeaker = OPENING_QUOTE.test(text.slice(s.start, s.start + 2)) ? paragraphSpeaker : null;
      paragraphSpeaker = null;
    }
    if (dashQuote && dashQuote.paragraph !== s.paragraph) dashQuote = null;
    if (!dashQuote && opensParagraph && /^\s*[-–—]\s/.test(text.slice(s.start, s.start + 4))) {
      dashQuote = { paragraph: s.paragraph, firstClaim: claims.length };
    }
    if (dashQuote && attribution && speaker !== null && attribution.npStart >= attribution.contentEnd) {
      for (let c = dashQuote.firstClaim; c < claims.length; c++) {
        const claim = claims[c];
        if (claim && claim.speaker === null) attribute(claim, speaker, isCommonWord);
      }
      dashQuote = null;
    }
    if (attribution?.refersBack && speaker !== null) {
      for (let c = claims.length - 1; c >= 0; c--) {
        const claim = claims[c];
        if (!claim || claim.start < (article.sentences[index - 1]?.start ?? 0)) break;
        if (claim.speaker === null) attribute(claim, speaker, isCommonWord);
      }
    }
    if (s.headline || attribution?.refersBack) return;
    let content: Span = attribution ? { start: attribution.contentStart, end: attribution.contentEnd } : { start: s.start, end: s.end };
    while (qi < quoteSpeakers.length && (quoteSpeakers[qi]?.span.end ?? 0) <= content.start) qi++;
    const inside = quoteCovering(quoteSpeakers, qi, content);
    if (inside) {
      content = { start: Math.max(content.start, inside.span.start + 1), end: Math.min(content.end, inside.span.end - 1) };
      speaker = inside.speaker ?? speaker ?? quotedParagraphSpeaker;
    } else if (!attribution && frameSpeaker && frameSpeaker.paragraph === s.paragraph) {
      speaker = frameSpeaker.speaker;
    } else if (!attribution && speaker === null) {
      speaker = transcriptSpeaker ?? listSpeaker ?? quotedParagraphSpeaker;
    }
    if (speaker !== null && (attribution || inside)) paragraphSpeaker = speaker;
    if (attribution && speaker !== null && introducesList(text, s)) listSpeaker = speaker;
    if (introducesList(text, s)) listLeadIn = leadInOf(text.slice(s.start, s.end));
    if (attribution && speaker !== null && (attribution.frame)) {
      frameSpeaker = { paragraph: s.paragraph, speaker };
    } else if (frameSpeaker && frameSpeaker.paragraph !== s.paragraph) {
      frameSpeaker = null;
    }
    content = trimSpan(text, content);
    if (isQuestion(text.slice(s.start, s.end))) return;

    const person = sentencePeople[index] ?? null;
    const contentIsScrap = attribution ? isScrap(text.slice(content.start, content.end)) : content.end - content.start < 8;
    // "The ministry said ..." where the article names the ministry no more fully: no speaker, yet the
    // statement still says whose claim it is.
    const voice = speaker ?? (attribution && !inside ? unnamedSource(text, attribution) : null);
    const reported = { speaker, voice };
    const unsaid = { speaker: null, voice: null };
    /** `readsWith`: the clause an appositive unit's statement is read with. */
    const units: { content: Span; speaker: string | null; voice: string | null; readsWith?: Span; described?: boolean }[] = contentIsScrap ? [] : [{ content, ...reported }];
    const source = s.shouted ? article.reading : text;
    const lead = attribution && !inside ? clauseBeforeSpeaker(source, s, attribution, contentIsScrap) : null;
    if (lead) units.unshift({ content: lead, ...(attribution && attribution.contentEnd - attribution.contentStart < 25 ? reported : unsaid) });
    const description = attribution && !inside ? describedSpeaker(source, s, attribution) : null;
    if (description) units.unshift({ content: description, ...unsaid, described: true });
    const deed = attribution && !lead ? predicateBeforeReport(source, s, attribution) : null;
    // A quote the speaker's words are read from may follow the deed, never cover it.
    if (deed && (!inside || inside.span.start >= deed.end)) units.unshift({ content: deed, ...unsaid });
    for (const extra of attribution?.extra ?? []) {
      const span = trimSpan(text, extra);
      if (span.end - span.start < 8) continue;
      const second = extra.source ? secondSpeakers.get(extra) ?? null : undefined;
      if (extra.source && second !== undefined) units.push({ content: span, speaker: second, voice: second ?? unnamedSource(text, extra.source) });
      else if (!extra.appositiveTo) units.push({ content: span, ...(extra.own ? unsaid : reported) });
      else if (opensAsAppositive(text.slice(span.start, span.end))) units.push({ content: span, ...reported, readsWith: extra.appositiveTo });
    }
    for (const unit of units) {
      const { content, speaker, voice, readsWith, described } = unit;
      let givingContext: boolean | null = null;
      let tradeContext: boolean | null = null;
      /** The statement of a claim of this unit whose clause starts at `from`. */
      const statementOf = (body: string, from: number): string =>
        buildStatement({ body: listLeadIn !== null && /^\p{Ll}/u.test(body) ? `${listLeadIn} ${body}` : body, before: readsWith ? text.slice(readsWith.start, readsWith.end) : textBefore(text, content.start, from), appositive: opensAsAppositive(body), speaker: voice, person, date: article.published, sentence: { text, span: s }, isCommonWord });
      const parts = clauses(source, content);
      for (const [partIndex, part] of parts.entries()) {
        const clause = withoutClosingSource(text, trimSpan(text, part), attribution?.inside);
        if (clause.end - clause.start < 8) continue;
        const figures = figuresIn(article.figures, clause, cursor);
        const clauseText = text.slice(clause.start, clause.end);
        if (isGeneralisation(clauseText, figures)) continue;
        const score = scorer({ text: source.slice(clause.start, clause.end), start: clause.start, figures, attributed: attribution !== null, quoted: inside !== null });
        if (score < threshold || isFragment(clauseText, figures)) continue;
        const clauseTokens = tokensWithin(s.tokens, clause);
        // "around 80% and 90% respectively": one fact about two subjects, not a list of facts.
        const items = /\brespectively\b/i.test(clauseText) ? [] : quantityList(clauseTokens, figures, article.tokens);
        if (items.length >= 2) {
          const first = items[0];
          const lastItem = items[items.length - 1];
          if (!first || !lastItem) continue;
          const prefix = text.slice(clause.start, first.start);
          const suffix = text.slice(lastItem.end, clause.end);
          // Items of one list share its predicate: an item with nothing topical of its own ("including
          // 5.9 million within their country") takes the type of the item before it.
          let listType: ClaimType | null = null;
          // "66,180 soldiers killed along with the destruction of 579 tanks, ...": the first item's span
          // opens at the clause, so a figure of the clause before the list is that claim's too.
          const figuresBeforeList = (k: number, start: number, item: Item) =>
            k === 0 ? figures.filter((f) => f.start >= start && f.end <= item.start && isClaimFigure(f)).map(toPublicFigure) : [];
          const verb = gappedVerb(text, clauseTokens, first, items);
          items.forEach((item, k) => {
            const start = k === 0 ? clause.start : item.start;
            const itemText = text.slice(item.start, item.end);
            // "the Greens 7.7%" reads "The Greens took 7.7%": the item's own subject with the list's verb.
            const ownClause = item.subjectEnd === undefined ? null : verb === "" ? gappedWithPredicate(prefix, itemText, text.slice(item.subjectEnd, item.end)) : `${text.slice(item.start, item.subjectEnd)} ${verb} ${text.slice(item.subjectEnd, item.end).trimStart()}${suffix}`;
            const input: ClassifyInput = { clause: prefix + itemText + suffix, units: [item.figure.unit ?? item.whole?.unit ?? null], givingContext: (givingContext ??= speaksOfGiving(text.slice(content.start, content.end))), tradeContext: (tradeContext ??= speaksOfTrade(text.slice(content.start, content.end))) };
            const rules = ruleClassify(input);
            let itemType = rules.type;
            if (itemType === "other" && listType !== null && !isOffTopic(itemText)) itemType = listType;
            // "one person was killed and five more injured in explosions at an airbase": the toll goes on.
            else if (listType === "casualties" && item.figure.unit === null && CASUALTY_PARTICIPLES.test(itemText)) itemType = listType;
            itemType = typer(typeInputOf(input, rules, listType, sentenceAround(text, s, { start, end: item.end })), itemType, { start, end: item.end });
            if (itemType !== "other") listType = itemType;
            claims.push({
              start,
              end: item.end,
              text: text.slice(start, item.end),
              statement: ownClause === null ? statementOf(itemPredicate(prefix, k) + itemText + withoutTrailingRelative(suffix), clause.start) : statementOf(ownClause, item.start),
              type: itemType,
              score,
              speaker,
              figures: [...figuresBeforeList(k, start, item), toPublicFigure(item.figure), ...(item.whole ? [toPublicFigure(item.whole)] : [])],
            });
          });
          // "..., taking the total to £3bn": a further figure after the list is a claim of its own.
          const comma = text.indexOf(",", lastItem.end);
        const rest = trimSpan(text, { start: comma >= 0 && comma < clause.end ? comma + 1 : lastItem.end, end: clause.end });
          const restFigures = figures.filter((f) => f.start >= rest.start && f.end <= rest.end && isClaimFigure(f) && !isCompoundModifier(f, article.tokens));
          if (restFigures.length > 0 && rest.end - rest.start >= 8) {
            const restText = text.slice(rest.start, rest.end);
            const input: ClassifyInput = { clause: prefix + restText, units: restFigures.map((f) => f.unit), givingContext: (givingContext ??= speaksOfGiving(text.slice(content.start, content.end))), tradeContext: (tradeContext ??= speaksOfTrade(text.slice(content.start, content.end))) };
            const rules = ruleClassify(input);
            claims.push({
              start: rest.start,
              end: rest.end,
              text: restText,
              statement: statementOf(restText, rest.start),
              type: typer(typeInputOf(input, rules, null, sentenceAround(text, s, rest)), rules.type, rest),
              score,
              speaker,
              figures: restFigures.map(toPublicFigure),
            });
          }
          continue;
        }
        const input: ClassifyInput = { clause: clauseText, units: figures.filter((f) => !f.duration).map((f) => f.unit), givingContext: (givingContext ??= speaksOfGiving(text.slice(content.start, content.end))), tradeContext: (tradeContext ??= speaksOfTrade(text.slice(content.start, content.end))) };
        const rules = ruleClassify(input);
        let type = rules.type;
        // "..., standing at an estimated 108.4 million": a clause with nothing topical of its own
        // continues the topic of the claim before it in the same paragraph.
        const previous = claims[claims.length - 1];
        const carry = previous && (previous.start >= s.start || !text.slice(previous.end, clause.start).includes("\n")) ? previous.type : null;
        if (type === "other" && carry !== null && !isOffTopic(clauseText)) type = carry;
        type = typer(typeInputOf(input, rules, carry, sentenceAround(text, s, clause)), type, clause);
        claims.push({
          start: clause.start,
          end: clause.end,
          text: clauseText,
          statement: statementOf(described ? asMainClause(clauseText) : withSharedAdjunct(text, withoutSource(text, clause, attribution?.inside), parts, partIndex), clause.start),
          type,
          score,
          speaker,
          figures: figures.map(toPublicFigure),
        });
      }
    }
  });
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  // After scoring and typing, which were trained on the quantity parser's figures alone.
  for (const claim of claims) claim.figures = withClaimOnlyFigures(claim.figures, article.claimOnly, claim);
  return claims;
}
