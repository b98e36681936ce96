import { WEEKDAY_WORDS } from "./calendar";
import { NAME_PARTICLES, ROLE_WORDS, SENTENCE_ADVERBS, isPlaceWord } from "./names";
import { type Token, isCapitalized } from "./tokens";
import type { Span } from "./types";

/** Verbs that report speech. "announced" is left out: it usually reports an event, not words. */
const SAY_VERBS = new Set(
  (
    "said says say told tells stated states claimed claims added adds noted notes stressed stresses emphasized " +
    "emphasised emphasizes emphasises warned warns explained explains insisted insists confirmed confirms " +
    "wrote writes tweeted tweets declared declares argued argues acknowledged admitted alleged alleges asserted " +
    "asserts assured underlined underscored reiterated recalled mentioned observed commented informed posted " +
    "specified clarified indicated reported reports estimated estimates revealed reveals reminded reminds pointed " +
    "replied replies responded began points point maintained maintains highlighted highlights"
  ).split(" "),
);

/** Verbs that report speech only right after the quote they close: "“…,” she began." */
const AFTER_QUOTE_ONLY = new Set(["began"]);

/**
 * Verbs that report speech only with "that", a quote or a colon, or after the content ("claimed 14,000
 * lives"; "Gov. Gavin Newsom declared a state of emergency" is a deed, "declared that ..." speech).
 */
const MARKED_ONLY = new Set(["points", "point", "maintained", "maintains", "highlighted", "highlights", "replied", "replies", "responded", "pointed", "revealed", "reveals", "reminded", "reminds", "claimed", "claims", "reported", "reports", "estimated", "estimates", "noted", "notes", "confirmed", "confirms", "recalled", "indicated", "posted", "informed", "specified", "observed", "mentioned", "added", "adds", "declared", "declares"]);

/**
 * Verbs that name a source only after the content, inverted or trailing ("..., the UK announced",
 * "“...” reads the statement", "..., customs data show", "... - explains Dr. X").
 */
const TRAILING_ONLY = new Set(["comments", "inform", "estimate", "assess", "indicate", "announced", "announces", "reads", "show", "shows", "showed", "note", "writes", "assessed", "assesses", "forecasts", "explain", "confesses", "informs", "add", "emphasizes", "report"]);

/** Reporting verbs whose object may be a count: "reported four injuries", "estimates about 4.3 million". */
const COUNT_REPORTING = new Set(["reported", "reports", "estimates", "estimated", "recorded", "records", "counted", "counts", "registered"]);
export const COUNT_WORDS = new Set("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousands dozens millions".split(" "));
const COUNT_QUALIFIERS = new Set("about around some nearly almost roughly approximately over at least more than up to another".split(" "));

/** A count at token `k`, after an optional qualifier ("about 4.3 million", "at least 12", "four"). */
function isCountAt(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < k + 2 && COUNT_QUALIFIERS.has(tokens[j]?.lower ?? "")) j++;
  const t = tokens[j];
  return t !== undefined && (t.kind === "num" || COUNT_WORDS.has(t.lower));
}

/** Participles before "by <source>" inside an "according to" phrase. */
const SOURCE_PARTICIPLES = new Set("published released reviewed compiled issued conducted prepared cited quoted seen obtained analysed analyzed provided presented".split(" "));

/**
 * The source inside an "according to" phrase that starts at `from`: the name after "<participle> by",
 * or the name after a spaced dash that ends the sentence. `phraseEnd` is the token after the phrase
 * (a comma or the sentence end), found within 20 tokens, parentheses included.
 */
function sourceAfter(tokens: Token[], from: number, n: number): { from: number; to: number; phraseEnd: number } | null {
  let found: { from: number; to: number } | null = null;
  let k = from;
  for (; k < n && k - from < 20; k++) {
    const tk = tokens[k];
    if (!tk || tk.text === "," || tk.text === ";" || (tk.text === "." && tk.spaced)) break;
    if (found) continue;
    if (tk.lower === "by" && SOURCE_PARTICIPLES.has(tokens[k - 1]?.lower ?? "")) {
      let a = k + 1;
      if (tokens[a]?.lower === "the") a++;
      const b = npForward(tokens, a, n);
      if (b > a && isCapitalized(tokens[a])) found = { from: a, to: b };
    } else if (DASHES.has(tk.text) && tk.spaced && k > from + 1) {
      let a = k + 1;
      if (tokens[a]?.lower === "the") a++;
      const b = npForward(tokens, a, n);
      if (b > a && isCapitalized(tokens[a]) && (b >= n || tokens[b]?.kind === "punct")) found = { from: a, to: b };
    }
  }
  return found ? { ...found, phraseEnd: k } : null;
}

/** Words after a source's first noun that lead to its issuer: "data from", "figures by", "statistics of". */
const ISSUER_LINKS = new Set(["from", "by", "of"]);

/** Words that open a clause, never part of a source named at the end of a sentence. */
const CLAUSE_WORDS = new Set("that which who whom whose where when while as because if although though but or is are was were has have had will would can could said says".split(" "));

/**
 * The end of a short source phrase starting at `from` that runs to the end of the sentence ("data
 * from the regional health department"): up to ten words or numbers, no clause. `from` when there
 * is none.
 */
function sourceToSentenceEnd(tokens: Token[], from: number, n: number): number {
  const last = tokens[n - 1];
  const end = last && last.kind === "punct" && [".", "!", "?"].includes(last.text) ? n - 1 : n;
  if (end - from > 12 || end <= from) return from;
  let words = 0;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (!t) return from;
    if (t.kind === "word" || t.kind === "num") {
      if (CLAUSE_WORDS.has(t.lower)) return from;
      words++;
    } else if (!isNpAt(tokens, k)) return from;
  }
  return words > 0 && words <= 10 ? end : from;
}

/**
 * The end of a source phrase starting at `from` whose words describe it in lower case, up to a
 * comma or the end of the sentence ("the power utility Elektroprivreda BiH", "provisional figures
 * from the European Forest Fire Information System (EFFIS)"): up to ten words, an acronym in
 * brackets, no clause. `from` when there is none.
 */
function describedSourceEnd(tokens: Token[], from: number, n: number): number {
  let words = 0;
  for (let k = from; k < n && k - from < 24 && words <= 10; k++) {
    const t = tokens[k]!;
    if (t.text === "," || ((t.text === "." || t.text === "!" || t.text === "?") && k >= n - 2)) return words > 0 ? k : from;
    // "(EFFIS)": the acronym in brackets that closes the phrase is left to the speaker's resolver.
    if (t.text === "(" && isAcronymAt(tokens, k + 1) && tokens[k + 2]?.text === ")") {
      const after = describedSourceEnd(tokens, k + 3, n);
      return after === k + 3 && words > 0 ? k : after;
    }
    if (t.kind !== "word" && !isNpAt(tokens, k)) return from;
    if (CLAUSE_WORDS.has(t.lower) || (t.kind === "word" && VERBISH.test(t.lower) && !EVIDENCE_PARTICIPLES.has(t.lower) && !SOURCE_PARTICIPLES.has(t.lower))) return from;
    if (t.kind === "word") words++;
  }
  return from;
}

/** Nouns for evidence that a named source produced: "a CNN investigation", "footage from X". */
export const EVIDENCE_NOUNS = new Set("investigation investigations footage report reports study survey analysis images imagery video videos data figures research review assessment poll calculations statistics".split(" "));
const EVIDENCE_VERBS = new Set("showed shows show found finds revealed reveals said says suggested suggests indicated indicates".split(" "));
const EVIDENCE_LINKS = new Set(["from", "by", "of"]);
export const EVIDENCE_PARTICIPLES = new Set("published released compiled conducted issued prepared commissioned".split(" "));

/**
 * Evidence at `k` whose issuer follows within the phrase: an evidence noun, after at most a
 * determiner and a lower-case word ("preliminary data", "a new report"), then "from", "by" or "of"
 * at once or after a participle and a few words ("data published on Wednesday by").
 */
function isIssuedEvidence(tokens: Token[], k: number): boolean {
  let noun = k;
  if (["a", "an", "the"].includes(tokens[noun]?.lower ?? "")) noun++;
  if (!EVIDENCE_NOUNS.has(tokens[noun]?.lower ?? "")) noun++;
  const word = tokens[noun];
  if (!word || !EVIDENCE_NOUNS.has(word.lower) || word.text !== word.lower) return false;
  if (EVIDENCE_LINKS.has(tokens[noun + 1]?.lower ?? "")) return true;
  if (!EVIDENCE_PARTICIPLES.has(tokens[noun + 1]?.lower ?? "")) return false;
  for (let j = noun + 2; j <= noun + 5; j++) {
    const t = tokens[j];
    if (!t || t.kind === "punct") return false;
    if (EVIDENCE_LINKS.has(t.lower)) return true;
  }
  return false;
}

/**
 * The named source of an evidence noun that opens the sentence as the subject of the verb at `verb`:
 * "A CNN investigation from 2022", "Footage from Kremlin military bloggers", "The report published by
 * the WFP and FAO on June 6". Null unless the opening is only that noun phrase.
 */
function evidenceSource(tokens: Token[], verb: number): { from: number; to: number } | null {
  if (verb > 24) return null;
  let e = -1;
  for (let k = 0; k < verb && k < 5; k++) {
    // Lower case: "the Study of War" is a name, not a study.
    if (EVIDENCE_NOUNS.has(tokens[k]?.lower ?? "") && (k === 0 || tokens[k]?.text === tokens[k]?.lower)) {
      e = k;
      break;
    }
  }
  if (e < 0) return null;
  if (tokens.slice(0, verb).some((tk) => tk.text === "," || tk.text === ";" || (VERBISH.test(tk.lower) && !EVIDENCE_PARTICIPLES.has(tk.lower) && tk.lower !== "and"))) return null;
  // "A CNN investigation": the name before the noun.
  let a = e;
  while (a > 0 && isCapitalized(tokens[a - 1]) && !FUNCTION_WORDS.has(tokens[a - 1]?.lower ?? "") && !["a", "an", "the"].includes(tokens[a - 1]?.lower ?? "")) a--;
  // Not "Satellite images show": a capital at the sentence start names no one unless an acronym.
  if (a < e && (a > 0 || /^[A-Z]{2,}$/.test(tokens[0]?.text ?? ""))) return { from: a, to: e };
  if (a < e) return null;
  const issuer = issuerAfterLink(tokens, EVIDENCE_PARTICIPLES.has(tokens[e + 1]?.lower ?? "") ? e + 2 : e + 1, verb);
  return issuer && isCapitalized(tokens[issuer.from]) ? issuer : null;
}

/** "from the central bank", "by UNHCR", "of the ministry" at `k`: the issuer's words, up to `ceil`. */
function issuerAfterLink(tokens: Token[], k: number, ceil: number): { from: number; to: number } | null {
  if (!EVIDENCE_LINKS.has(tokens[k]?.lower ?? "")) return null;
  const from = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const to = npForward(tokens, from, ceil);
  return to > from ? { from, to } : null;
}

/** How many words may follow the verb of evidence closing a sentence ("..., data showed on Monday."). */
const AFTER_CLOSING_EVIDENCE = 3;

/**
 * Evidence named after what it shows, closing the sentence: "Exports fell 12% in March, figures
 * from the central bank showed on Monday", "..., Reuters calculations showed". Its issuer speaks:
 * the name after "from", "by" or "of", or the name before the noun.
 */
function closingEvidence(tokens: Token[], verb: number): { from: number; to: number; comma: number } | null {
  const n = tokens.length;
  let last = n;
  while (last > verb + 1 && tokens[last - 1]?.kind === "punct") last--;
  if (last - verb - 1 > AFTER_CLOSING_EVIDENCE || tokens.slice(verb + 1, last).some((tk) => tk.lower === "that" || tk.lower === "how")) return null;
  let comma = verb - 1;
  while (comma > 0 && verb - comma < 10 && tokens[comma]?.text !== ",") comma--;
  if (tokens[comma]?.text !== "," || comma < 3) return null;
  for (let e = comma + 1; e < verb; e++) {
    if (!EVIDENCE_NOUNS.has(tokens[e]?.lower ?? "") || tokens[e]?.text !== tokens[e]?.lower) continue;
    let a = e;
    while (a > comma + 1 && isCapitalized(tokens[a - 1])) a--;
    if (a < e) return { from: a, to: e, comma };
    const issuer = issuerAfterLink(tokens, e + 1, verb);
    return issuer && issuer.to === verb ? { ...issuer, comma } : null;
  }
  return null;
}

/** "In the Sunday report of the General Staff, it was ...": the author in an opening "In the <report> of X,". */
function openingSourceOf(tokens: Token[], before: number): { from: number; to: number } | null {
  if (tokens[0]?.lower !== "in" || tokens[before - 1]?.text !== ",") return null;
  for (let k = 1; k < before - 2 && k < 8; k++) {
    if (!["report", "update", "statement", "bulletin", "summary", "briefing", "message"].includes(tokens[k]?.lower ?? "")) continue;
    let a = k + 1;
    if (!["of", "by", "from"].includes(tokens[a]?.lower ?? "")) return null;
    a++;
    if (tokens[a]?.lower === "the") a++;
    const to = npForward(tokens, a, before - 1);
    return to > a && to === before - 1 && isCapitalized(tokens[a]) ? { from: a, to } : null;
  }
  return null;
}

/** Verbs whose "on" or "about" names a topic ("commented on the sanctions"), not the words said. */
const TOPIC_VERBS = new Set(["commented", "comments", "commenting"]);

/** Words that make an opening an adverbial rather than a subject ("According to the latest reports, ..."). */
const OPENING_STOPS = new Set("according to in on at for from with by after before during since as if when while".split(" "));

/** Words that make an opening a clause rather than a noun phrase. */
const VERBISH = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|been|be|that|which|who|and|or|but|not)$|ed$/;

/** Conjunctions that make a speech verb's clause subordinate to what comes before. */
const SUBORDINATORS = new Set(["as", "while", "when", "after", "before", "because", "since", "whereas"]);

const CLOSING_QUOTES = new Set(["”", '"', "’", "″", "»"]);

/** Participles of reporting before "by <source>" at the end of a sentence. */
const PASSIVE_SOURCES = new Set(["reported", "quoted", "cited", "confirmed", "announced", "published", "revealed"]);

/** Participles of reporting that open a sentence with its source: "As reported by Ukrinform, ...". */
const OPENING_PASSIVE_SOURCES = new Set([...PASSIVE_SOURCES, "described"]);

/**
 * "As reported by Ukrinform, ...", "As described by “The Wall Street Journal”, ...": a passive report
 * opening the sentence names, after "by", the source of everything after the comma that closes it; like
 * an opening "according to", it frames the paragraph. Null unless the source runs to that comma.
 */
function openingPassiveSource(text: string, tokens: Token[], i: number, end: number): Attribution | null {
  if (tokens[0]?.lower !== "as" || !tokens.slice(1, i).every((tk) => /ly$/.test(tk.lower)) || tokens[i + 1]?.lower !== "by") return null;
  const quoted = tokens[i + 2]?.text === "“" || tokens[i + 2]?.text === '"';
  const from = quoted ? i + 3 : i + 2;
  const npTo = npForward(tokens, from, tokens.length);
  const comma = quoted && CLOSING_QUOTES.has(tokens[npTo]?.text ?? "") ? npTo + 1 : npTo;
  if (npTo <= from || tokens[comma]?.text !== ",") return null;
  return build(text, tokens, from, npTo, tokens[comma + 1]?.start ?? end, end, { frame: true });
}

/** Participles that continue a reported statement: "..., he said, adding that ...". */
const CONTINUATIONS = new Set(["adding", "noting", "stressing", "explaining", "emphasising", "emphasizing", "insisting", "warning"]);

/**
 * Where a source starts when lower-case words describe it, back to the comma before it: "...,
 * electricity distributor E-Redes said", "..., the national civil protection authority (ANEPC)
 * said", "..., ship-tracking data from Kpler showed", "In Argentina, the Rosario grains exchange
 * said". Such words of description are too many to list; a comma right before them is what makes
 * them the source's. `from` when the words before it lead to no comma within a few words, or hold
 * a clause word or a count.
 */
function describedSourceStart(tokens: Token[], from: number): number {
  let k = from;
  // "something the UN warned": an article opens the phrase; nothing before it is the source's.
  while (k > 0 && from - k < 6 && !["the", "a", "an"].includes(tokens[k]?.lower ?? "")) {
    const t = tokens[k - 1]!;
    const describes = t.kind === "word" && t.text === t.lower && !FUNCTION_WORDS.has(t.lower) && !PRONOUNS.has(t.lower) && !VERBISH.test(t.lower) && !CLAUSE_WORDS.has(t.lower) && !COUNT_WORDS.has(t.lower);
    // "data from Kpler": the link from evidence to its issuer.
    const issuerLink = ISSUER_LINKS.has(t.lower) && EVIDENCE_NOUNS.has(tokens[k - 2]?.lower ?? "");
    const hyphen = t.text === "-" && !t.spaced && tokens[k - 2]?.kind === "word";
    if (!describes && !issuerLink && !hyphen && !isNpAt(tokens, k - 1)) break;
    k--;
  }
  return k < from && k > 0 && tokens[k - 1]?.text === "," ? k : from;
}

/**
 * Where words go on after a closing attribution's verb and the comma that ends it: "..., the ONS
 * said(, on Wednesday), the lowest rate since July 2021" → "the". -1 when nothing follows.
 */
function asideAfterVerb(tokens: Token[], verb: number, tail: number, adjunctCloses: boolean, out: (i: number) => boolean): number {
  let comma = verb + 1;
  if (adjunctCloses) while (comma < tail && tokens[comma]?.text !== ",") comma++;
  const next = tokens[comma + 1];
  // "..., the Financial Times wrote, citing two sources": whom the speaker drew on, not a fact.
  if (!next || next.kind !== "word" || out(comma + 1) || CITING.has(next.lower)) return -1;
  return tokens[comma]?.text === "," ? comma + 1 : -1;
}

/** Participles that name a speaker's own sources: "..., citing two officials", "quoting the ministry". */
const CITING = new Set(["citing", "quoting", "referring"]);

/** Index of ", adding" within a few tokens after `from`, or -1. */
function addingAt(tokens: Token[], from: number, n: number): number {
  for (let k = from; k < n && k - from < 10; k++) {
    if (tokens[k]?.text === "," && CONTINUATIONS.has(tokens[k + 1]?.lower ?? "")) return k;
  }
  return -1;
}

/** Words a clause's subject may take before its auxiliary ("its forces had", "two people had"). */
const CLAUSE_SUBJECT_TOKENS = 5;
/** Words that open a subordinate clause or an object's own clause, not a reported one. */
const NOT_A_SUBJECT = new Set(["as", "when", "while", "after", "before", "because", "since", "if", "which", "who", "that", "and", "or", "but", "to", "for", "of"]);

/** A subject of a few words and its auxiliary at `from`: a reported clause without "that". */
function clauseOpensAt(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from <= CLAUSE_SUBJECT_TOKENS; k++) {
    const tk = tokens[k];
    if (!tk || (tk.kind === "punct" && tk.text !== "'s" && tk.text !== "’s")) return false;
    if (k > from && CLAUSE_AUXILIARIES.has(tk.lower)) return true;
    if (NOT_A_SUBJECT.has(tk.lower)) return false;
  }
  return false;
}

/** The content after ", adding (that)". */
function addedContent(tokens: Token[], comma: number, end: number): Extra {
  const at = tokens[comma + 2]?.lower === "that" ? comma + 3 : comma + 2;
  return { start: tokens[at]?.start ?? end, end, own: false };
}

/** Speech verbs that are also plural nouns, and the neighbours that make them nouns. */
const NOUN_OR_VERB = new Set(["states", "claims", "reports", "notes", "estimates", "tweets", "posts", "comments", "statements", "warns", "insists"]);
const NOUN_NEXT = new Set(["are", "were", "have", "had", "will", "would", "could", "can", "of", "and", "or", "in", "from", "by", "suggest", "show"]);
const NOUN_PREV = new Set(["latest", "recent", "new", "media", "press", "of", "the", "these", "those", "its", "their", "his", "her", "our", "many", "some", "all", "member", "and", "media", "news", "other", "several", "such", "western", "baltic", "african", "arab", "gulf", "nordic"]);

const DASHES = new Set(["-", "–", "—"]);

/** Who is told, before what is said: "told us", "told reporters", "told the BBC". */
const LISTENERS = new Set("us me him her them you reporters journalists lawmakers legislators parliament".split(" "));

/** The end of the listener at `k` after a verb such as "told", or `k` when none stands there. */
function listenerEnd(tokens: Token[], k: number): number {
  if (LISTENERS.has(tokens[k]?.lower ?? "")) return k + 1;
  const name = tokens[k]?.lower === "the" ? k + 1 : k;
  if (!isCapitalized(tokens[name])) return k;
  const end = npForward(tokens, name, tokens.length);
  // "told CNN the city had ...": a name, then the clause it was told.
  return end > name && clauseOpensAt(tokens, end) ? end : k;
}

/** Verbs that take a clause only after an object ("told reporters that"). */
const OBJECT_VERBS = new Set(["told", "tells", "informed", "assured", "warned"]);

const SAID_WHEN = new Set([...WEEKDAY_WORDS, "today", "yesterday", "tonight"]);

const CLAUSE_AUXILIARIES = new Set(["has", "had", "have", "was", "were", "is", "are", "would", "will"]);

const SKIP_BEFORE_VERB = new Set(
  "has have had was is also further later earlier previously then reportedly already once again had has recently repeatedly publicly".split(" "),
);

/** Words that open an adverbial between a speech verb and its content ("said on Monday that"). */
const ADVERBIAL_OPENERS = new Set([
  ..."out in at on during after before while when via through from to yesterday today earlier later last this late early tonight overnight".split(" "),
  ...WEEKDAY_WORDS,
]);

/** The word at `k` opens an adverbial of when or where ("said at a briefing, ..."); "at least 17" is a count. */
function opensAdverbial(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? "";
  if (word === "at" && (tokens[k + 1]?.lower === "least" || tokens[k + 1]?.lower === "most")) return false;
  return ADVERBIAL_OPENERS.has(word);
}

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "him", "them"]);

/** Lower-case words allowed inside a speaker phrase ("Ukraine's defence ministry", "top officials"). */
const NP_WORDS = new Set(
  (
    "ministry officials official authorities spokesman spokeswoman spokesperson experts analysts sources " +
    "forces army military staff command office agency service services council committee government " +
    "administration police governor mayor minister president secretary general chief head commander " +
    "ukrainian russian foreign defence defense interior top senior local regional state deputy former western " +
    "european american british german french polish officer officers correspondent reporter report statement " +
    "prosecutor prosecutors intelligence border guard emergency company bank spokesperson's ministry's adviser " +
    "advisor ambassador envoy leader leaders the of armed general's residents witnesses observers diplomats " +
    "media outlet newspaper agency's kremlin pentagon white house press data customs figures records statistics " +
    "eastern northern southern central refugee filings documents daily channels database survey study researchers doctors monitors bloggers accounts " +
    "mission monitoring human rights embassy civil protection health rescue " +
    // Outlets named with their kind: "Russia's Interfax news agency", "the Telegram channel SOTA".
    "news information portal website channel tv television radio " +
    // Bodies named by what they do: "the Rosario grains exchange", "the IKAR consultancy".
    "exchange consultancy utility operator regulator watchdog charity broadcaster union unions " +
    // Services and portfolios named in lower case: "Ukraine's navy", "the agriculture ministry".
    "traders economists epidemiologists scientists farmers exporters brokers lawmakers activists volunteers " +
    "navy air force fleet coast agriculture infrastructure transport education culture justice environment trade industry labour social"
  ).split(" "),
);

/** Content of an attribution outside its main span. */
export interface Extra extends Span {
  /** The article's own words, not the speaker's. */
  own: boolean;
  /**
   * The clause this one may be an appositive to: "Inflation fell to 2.3% in April, the ONS said on
   * Wednesday, the lowest rate since July 2021". Kept only when it reads as a fact appositive, whose
   * statement is read with that clause.
   */
  appositiveTo?: Span;
  /** Its own source: "Police said 12 people were arrested, while organisers said 5,000 people took part". */
  source?: Attribution;
}

export interface Attribution {
  /** The speaker phrase as written, and its position. */
  np: string;
  npStart: number;
  pronoun: boolean;
  /** Only role words ("the Secretary-General"), to be resolved through titles. */
  roleOnly: boolean;
  /** The part of the sentence that carries the content, outside the attribution. */
  contentStart: number;
  contentEnd: number;
  /** "X stated this": the speaker applies to what came before. */
  refersBack: boolean;
  /** "according to X", "in his words": the reporting frame tends to continue in the paragraph. */
  frame: boolean;
  /**
   * Further content outside the main span: "..., the operator says, adding it “was attacked”"
   * (the speaker's), "says X, who led the delegation that reached a deal" (`own`: the article's).
   */
  extra?: Extra[];
  /**
   * The attribution inside the content, between the parts it covers: ", according to the ONS" of
   * "Petrol prices averaged 149.6p a litre, according to the ONS, against 152.7p a year ago".
   * The statement says whose claim it is without it.
   */
  inside?: Span;
}

/** Capitalised at the start of a sentence, but never part of a speaker's name. */
const FUNCTION_WORDS = new Set(
  (
    "as but and if when while since after before although though because so yet then meanwhile however also in " +
    "on at for from with by to of this that these those there here now today yesterday earlier later many some " +
    "most all both several other others another such what which who whom whose where why how"
  )
    .split(" ")
    .concat([...SENTENCE_ADVERBS]),
);

function isAcronym(t: Token): boolean {
  return t.text.length >= 3 && t.text === t.text.toUpperCase();
}

/** A lower-case noun of a body's kind at `k` right after its name's acronym in brackets: "(UKMTO) agency". */
function isKindAfterAcronym(tokens: Token[], k: number): boolean {
  const kind = tokens[k];
  return kind !== undefined && kind.text === kind.lower && NP_WORDS.has(kind.lower) && tokens[k - 1]?.text === ")" && tokens[k - 3]?.text === "(" && isAcronymAt(tokens, k - 2) && isCapitalized(tokens[k - 4]);
}

function isAcronymAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && /^\p{Lu}{2,6}$/u.test(t.text);
}

function isNpToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === "word") {
    // "the WHO said": a function word in capitals is an acronym.
    if (FUNCTION_WORDS.has(t.lower) && t.lower !== "of" && !isAcronym(t)) return false;
    return isCapitalized(t) || NP_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower);
  }
  // "Al-Jazeera": a hyphen inside a name; a spaced dash ("... - the Ministry said") parts phrases.
  return (t.text === "-" && !t.spaced) || t.text === "’" || t.text === "'";
}

/** Abbreviated legal forms closing a company's name: "Microsoft Corp.", "Apple Inc.", "Tata Sons Ltd.". */
const COMPANY_FORMS = new Set(["corp", "inc", "ltd", "co", "plc", "llc", "bros"]);

const TITLE_ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st"]);

function isNameOrParticle(t: Token | undefined): boolean {
  return isCapitalized(t) || (t !== undefined && NAME_PARTICLES.has(t.text));
}

/** A token of a speaker phrase in context: the dots of "U.S." or "U.K." belong to the name. */
function isNpAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // "the Defence Ministry in Moscow", "the UN monitoring mission in Ukraine": a body and its seat.
  if (t?.lower === "in" && isCapitalized(tokens[i + 1]) && tokens[i - 1]?.kind === "word" && (isCapitalized(tokens[i - 1]) || NP_WORDS.has(tokens[i - 1]?.lower ?? "")) && !FUNCTION_WORDS.has(tokens[i - 1]?.lower ?? "")) return true;
  // "Chinese and Ukrainian customs data", "Dan Sabbagh and Luke Harding".
  if (t?.lower === "and" && isCapitalized(tokens[i - 1]) && isCapitalized(tokens[i + 1])) return true;
  // "the Office for National Statistics", "the Institute for the Study of War": "for" inside a body's name.
  if (t?.lower === "for" && isCapitalized(tokens[i - 1]) && !FUNCTION_WORDS.has(tokens[i - 1]?.lower ?? "") && (isCapitalized(tokens[i + 1]) || (tokens[i + 1]?.lower === "the" && isCapitalized(tokens[i + 2])))) return true;
  // "Ursula von der Leyen": the particles between the parts of a name.
  if (t !== undefined && NAME_PARTICLES.has(t.text) && isNameOrParticle(tokens[i - 1]) && isNameOrParticle(tokens[i + 1])) return true;
  if (t?.text === "." && !t.spaced) {
    const prev = tokens[i - 1];
    if (prev !== undefined && TITLE_ABBREVIATIONS.has(prev.lower) && isCapitalized(tokens[i + 1])) return true;
    // "Microsoft Corp. said": the dot of a company's legal form closes its name.
    if (prev !== undefined && COMPANY_FORMS.has(prev.lower) && isCapitalized(prev) && isCapitalized(tokens[i - 2])) return true;
    if (prev === undefined || prev.kind !== "word" || prev.text.length !== 1 || !isCapitalized(prev)) return false;
    // The last dot of "U.N." or "U.S." belongs to the name whatever follows.
    if (tokens[i - 2]?.text === "." && !prev.spaced) return true;
    return tokens[i + 1] !== undefined && !(tokens[i + 1]?.spaced === true && !isCapitalized(tokens[i + 1]));
  }
  return isNpToken(t);
}

/**
 * Where the subject of a sentence starts: after an opening participle or adverbial phrase closed by a
 * comma ("Turning to Ukraine's partners, he ...", "Despite the sanctions, the IMF ..."), else at its start.
 */
function subjectStart(tokens: Token[], before: number): number {
  const first = tokens[0];
  if (!first || first.kind !== "word" || !(/ing$/.test(first.lower) || ADVERBIAL_OPENERS.has(first.lower) || FUNCTION_WORDS.has(first.lower) || first.lower === "despite")) return 0;
  for (let k = 1; k < before && k < 12; k++) if (tokens[k]?.text === ",") return k + 1;
  return 0;
}

/** Plural nouns of people who may be given as a source with words describing them. */
const SOURCE_GROUPS = new Set("analysts experts economists traders epidemiologists scientists researchers farmers exporters brokers observers monitors".split(" "));

/**
 * "..., maritime analysts estimate", "independent labor market analysts inform": lower-case words before
 * a group of people given as a source belong to it, from the start of the phrase (the sentence's start,
 * a comma, a dash or "the"). Returns the new start of the phrase `from`..`to`.
 */
function groupWithModifiers(tokens: Token[], from: number, to: number): number {
  if (!tokens.slice(from, to).some((t) => SOURCE_GROUPS.has(t.lower))) return from;
  let k = from;
  while (k > from - 3 && k > 0) {
    const t = tokens[k - 1];
    if (!t || t.kind !== "word" || t.text !== t.lower || FUNCTION_WORDS.has(t.lower) || PRONOUNS.has(t.lower) || VERBISH.test(t.lower) || ["the", "a", "an"].includes(t.lower)) break;
    k--;
  }
  const edge = tokens[k - 1];
  return k < from && (edge === undefined || edge.kind === "punct" || edge.lower === "the") ? k : from;
}

/**
 * The end of a subject starting at `from`, before `ceil`: a speaker phrase whose lower-case words of
 * description lead to a name or role ("Ukraine’s nuclear operator Energoatom", "the shadow defence minister").
 */
function subjectEnd(tokens: Token[], from: number, ceil: number): number {
  let end = from;
  for (let k = from; k < ceil && k - from < 12; k++) {
    const t = tokens[k];
    if (!t) break;
    if (isNpAt(tokens, k)) {
      end = k + 1;
      continue;
    }
    const leadsOn = (j: number): boolean => isNpAt(tokens, j) && !["the", "of"].includes(tokens[j]?.lower ?? "");
    const describes = t.kind === "word" && t.text === t.lower && !FUNCTION_WORDS.has(t.lower) && !VERBISH.test(t.lower) && k - end < 2 && (leadsOn(k + 1) || leadsOn(k + 2));
    if (!describes) break;
  }
  while (end > from && ["of", "the"].includes(tokens[end - 1]?.lower ?? "")) end--;
  return end;
}

/** A comma before `to` that closes the adverbial starting at `from`, with no "that" or quote before it. */
function commaClosesAdjunct(tokens: Token[], from: number, to: number, out: (i: number) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const tk = tokens[k];
    if (!tk || tk.lower === "that" || out(k) || CLOSING_QUOTES.has(tk.text) || tk.text === "“") return false;
    if (tk.text === ",") return tokens[k + 1]?.lower !== "that";
  }
  return false;
}

/** Walks back from `k` (inclusive) over a speaker phrase; returns its first token index. */
function npBackward(tokens: Token[], k: number, floor: number): number {
  let i = k;
  while (i >= floor && k - i < 12 && isNpAt(tokens, i)) {
    const t = tokens[i];
    if (t && (t.lower === "of" || t.text === "-" || t.text === "’" || t.text === "'") && i === k) break;
    i--;
  }
  let first = i + 1;
  // A phrase cannot start with "of" or a hyphen.
  while (first <= k && (tokens[first]?.lower === "of" || (tokens[first]?.kind === "punct" && !isNpAt(tokens, first)))) first++;
  return first;
}

function npForward(tokens: Token[], k: number, ceil: number): number {
  let i = k;
  while (i < ceil && i - k < 12 && isNpAt(tokens, i)) i++;
  while (i > k && (tokens[i - 1]?.lower === "of" || tokens[i - 1]?.lower === "the" || (tokens[i - 1]?.kind === "punct" && !(tokens[i - 1]?.text === "." && isNpAt(tokens, i - 1) && tokens[i - 2]?.text !== "." && tokens[i - 3]?.text === ".")))) i--;
  return i;
}

function phrase(text: string, tokens: Token[], from: number, to: number): { np: string; npStart: number } | null {
  let f = from;
  while (f < to && ["the", "a", "an", "his", "her", "its"].includes(tokens[f]?.lower ?? "")) f++;
  const a = tokens[f];
  const b = tokens[to - 1];
  if (!a || !b || f >= to) return null;
  return { np: text.slice(a.start, b.end), npStart: a.start };
}

function isRoleOnly(tokens: Token[], from: number, to: number): boolean {
  let any = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || t.lower === "the") continue;
    if (t.lower === "of") continue;
    // "the U.S. President", "the French president": a place before the role still names one office.
    if ((t.text.length === 1 && tokens[i + 1]?.text === "." && !tokens[i + 1]?.spaced) || (isPlaceWord(t.lower) && i < to - 1)) continue;
    const parts = t.lower.replace(/[’']s$/, "").split("-");
    if (!parts.every((p) => ROLE_WORDS.has(p))) return false;
    any = true;
  }
  return any;
}

function build(
  text: string,
  tokens: Token[],
  npFrom: number,
  npTo: number,
  contentStart: number,
  contentEnd: number,
  extra: Partial<Attribution> = {},
): Attribution | null {
  const p = phrase(text, tokens, npFrom, npTo);
  if (!p) return null;
  const single = npTo - npFrom === 1 ? tokens[npFrom]?.lower ?? "" : "";
  return {
    np: p.np,
    npStart: p.npStart,
    pronoun: PRONOUNS.has(single),
    roleOnly: isRoleOnly(tokens, npFrom, npTo),
    contentStart,
    contentEnd,
    refersBack: false,
    frame: false,
    ...extra,
  };
}

/** Verbs that report speech only with their particle: "Sarts points out that ...", "- the expert pointed out". */
const PARTICLE_VERBS = new Set(["point", "points", "pointed"]);

/**
 * The sentence's tokens with the particle of a phrasal reporting verb left out ("points out that" is
 * read as "points that"), so that the verb stands where a one-word verb would. Offsets are the
 * tokens' own, so what is cut from the text is unchanged.
 */
function withoutVerbParticles(tokens: Token[], inQuote: boolean[]): { tokens: Token[]; inQuote: boolean[]; phrasal: Set<Token> } {
  const isParticle = (t: Token, k: number): boolean => t.lower === "out" && PARTICLE_VERBS.has(tokens[k - 1]?.lower ?? "");
  if (!tokens.some(isParticle)) return { tokens, inQuote, phrasal: NO_TOKENS };
  const kept = tokens.flatMap((t, k) => (isParticle(t, k) ? [] : [k]));
  const phrasal = new Set(tokens.filter((t, k) => tokens[k + 1] !== undefined && isParticle(tokens[k + 1]!, k + 1)));
  return { tokens: kept.map((k) => tokens[k]!), inQuote: kept.map((k) => inQuote[k] === true), phrasal };
}
const NO_TOKENS: Set<Token> = new Set();

/** "The General Staff put Russian losses at 1,130 troops": the subject gives the figure as its estimate. */
const ESTIMATE_VERBS = new Set(["put", "puts"]);

/**
 * The estimate that "put"/"puts" at `i` opens: a count after "at" within a few words ("put Russian
 * losses over the past day at 1,130"), given by a named subject or "it"/"they" opening its clause.
 * Figures, reports and assessments that put a number somewhere are evidence, not a speaker, and
 * are left to the sentence's own attribution. The content keeps its subject, which states the
 * estimate: the whole sentence.
 */
function estimateBy(text: string, tokens: Token[], i: number, start: number, end: number): Attribution | null {
  let at = i + 2;
  while (at < tokens.length && at - i <= 10 && tokens[at]?.kind !== "punct" && tokens[at]?.lower !== "at") at++;
  if (tokens[at]?.lower !== "at" || !isCountAt(tokens, at + 1)) return null;
  const before = tokens[i - 1];
  const pronoun = before !== undefined && ["it", "they"].includes(before.lower);
  const from = pronoun ? i - 1 : npBackward(tokens, i - 1, 0);
  const opensClause = from === 0 || tokens[from - 1]?.text === ",";
  if (from >= i || !opensClause || (!pronoun && !isCapitalized(tokens[from]) && tokens[from]?.lower !== "the")) return null;
  if (tokens.slice(from, i).some((tk) => EVIDENCE_NOUNS.has(tk.lower) || DATA_WORDS.has(tk.lower))) return null;
  return build(text, tokens, from, i, start, end);
}

/** Nouns for figures that "put" a number somewhere themselves ("the ministry's figures put the gap at"). */
const DATA_WORDS = new Set(["figures", "estimate", "estimates", "statistics", "tally", "count"]);

/**
 * The words at which findAttribution looks further: "according (to)", an opening "in (his words)",
 * "(as) saying", "(reported) by", and the verbs of speech and evidence. Most words of a sentence are
 * none of them and are passed with this one look-up.
 */
const ATTRIBUTION_OPENERS = new Set(["according", "in", "saying", "by", ...OPENING_PASSIVE_SOURCES, ...ESTIMATE_VERBS, ...EVIDENCE_VERBS, ...TRAILING_ONLY, ...SAY_VERBS]);

/** Most words a body's name may take as a label: "Devon and Cornwall Fire and Rescue Service:". */
const LABEL_WORDS = 7;

/**
 * A live blog's entry that opens with the body it comes from as a label: "13:30 GMT – Environment
 * Agency: 47 flood warnings ... are now in force". The label is capitalised words ending in the
 * kind of body ("Agency", "Police", "Office"), so that headings ("Verdict: Misleading", "Key
 * events:") name no one; it opens its paragraph, after at most a time stamp.
 */
function labelledSource(text: string, tokens: Token[], start: number, end: number): Attribution | null {
  let colon = 0;
  while (colon < tokens.length && colon <= LABEL_WORDS && tokens[colon]?.text !== ":") colon++;
  const head = tokens[colon - 1];
  if (tokens[colon]?.text !== ":" || colon < 2 || !head || !isCapitalized(head) || !NP_WORDS.has(head.lower) || tokens.length - colon < 5) return null;
  if (!tokens.slice(0, colon).every((tk, k) => isCapitalized(tk) || (k > 0 && isNpAt(tokens, k) && tk.kind === "word"))) return null;
  const window = text.slice(Math.max(0, start - 24), start);
  const newline = window.lastIndexOf("\n");
  if (newline < 0 && start > 24) return null;
  if (!/^\s*(?:\d{1,2}:\d{2}\b[^\n]*)?$/.test(window.slice(newline + 1))) return null;
  return build(text, tokens, 0, colon, tokens[colon + 1]?.start ?? end, end);
}

/**
 * Finds who a sentence reports as saying something, and which part of the sentence is the
 * reported content. `tokens` are the sentence's tokens; `inQuote` marks those inside quotation
 * marks, which never carry the attribution.
 */
export function findAttribution(text: string, sentenceTokens: Token[], sentenceInQuote: boolean[], start: number, end: number): Attribution | null {
  const label = labelledSource(text, sentenceTokens, start, end);
  if (label) return label;
  const found = firstAttribution(text, sentenceTokens, sentenceInQuote, start, end);
  return found && withSecondSource(text, sentenceTokens, sentenceInQuote, found, end);
}

function firstAttribution(text: string, sentenceTokens: Token[], sentenceInQuote: boolean[], start: number, end: number): Attribution | null {
  const { tokens, inQuote, phrasal } = withoutVerbParticles(sentenceTokens, sentenceInQuote);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inQuote[i] === true || t.kind !== "word" || !ATTRIBUTION_OPENERS.has(t.lower)) continue;
    // "the points that", "at one point": a noun unless its particle follows.
    if ((t.lower === "point" || t.lower === "points") && !phrasal.has(t)) continue;
    const found = attributionAt(text, tokens, inQuote, start, end, i, t);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * Words after the comma closing "according to X" that describe X rather than go on with the content:
 * "..., according to Petya Koeva Brooks, deputy director at the IMF", "..., according to the head of
 * the administration, Ivan Fedorov, who said ...".
 */
function describesSource(tokens: Token[], k: number): boolean {
  const first = ["the", "a", "an"].includes(tokens[k]?.lower ?? "") ? k + 1 : k;
  if (ROLE_WORDS.has(tokens[first]?.lower ?? "") || ROLE_WORDS.has(tokens[first + 1]?.lower ?? "")) return true;
  const name = npForward(tokens, first, tokens.length);
  return name > first + 1 && isCapitalized(tokens[first]) && tokens[name]?.text === "," && ["who", "whose"].includes(tokens[name + 1]?.lower ?? "");
}

/** Words that open a contrasting clause after a comma: "..., while organisers said ...". */
const CONTRASTS = new Set(["while", "whereas"]);

/**
 * "Police said 12 people were arrested, while organisers said 5,000 people took part", "..., according
 * to the interior ministry, while the CGT union put the figure at 250,000": a contrasting clause after
 * the first source's content that names a source of its own is that source's, and no part of the
 * first content.
 */
function withSecondSource(text: string, tokens: Token[], inQuote: boolean[], first: Attribution, end: number): Attribution {
  let w = 0;
  while (w < tokens.length && !(CONTRASTS.has(tokens[w]?.lower ?? "") && tokens[w - 1]?.text === "," && inQuote[w] !== true && (tokens[w]?.start ?? 0) > first.contentStart && (tokens[w]?.start ?? 0) > first.npStart)) w++;
  const after = tokens[w + 1];
  if (w >= tokens.length || !after) return first;
  // The clause is read as a sentence of its own, whose first word would have its capital ("organisers said").
  const clause = [{ ...after, text: after.text.charAt(0).toUpperCase() + after.text.slice(1) }, ...tokens.slice(w + 2)];
  const second = firstAttribution(text, clause, inQuote.slice(w + 1), after.start, end);
  if (!second || second.np === "" || second.refersBack || second.contentStart >= second.contentEnd) return first;
  const comma = tokens[w - 1]?.start ?? end;
  const extra: Extra = { start: second.contentStart, end: second.contentEnd, own: false, source: second };
  // What the first source was given of the contrasting clause is the second source's.
  const before = (first.extra ?? []).filter((e) => e.start < after.start);
  return { ...first, contentEnd: Math.min(first.contentEnd, comma), extra: [...before, extra] };
}

/**
 * The attribution that the word `t` at `i` opens (null when it settles that the sentence has none),
 * or undefined when the search goes on. Kept apart from the scan over the words, which thus stays
 * small enough to be compiled early in a run, while this long part runs only at the opening words.
 */
function attributionAt(text: string, tokens: Token[], inQuote: boolean[], start: number, end: number, i: number, t: Token): Attribution | null | undefined {
  const n = tokens.length;
  const out = (k: number): boolean => inQuote[k] === true;

  if (ESTIMATE_VERBS.has(t.lower)) return estimateBy(text, tokens, i, start, end) ?? undefined;
  if (i <= 3 && OPENING_PASSIVE_SOURCES.has(t.lower)) {
    const opening = openingPassiveSource(text, tokens, i, end);
    if (opening) return opening;
  }
  if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
    // "according to a report published by the World Food Programme (WFP) earlier this month, ...",
    // "according to satellite imagery reviewed by CNN", "according to the latest update - the
    // Ministry of Defense": the source is the one named after "by" or after the dash.
    const source = sourceAfter(tokens, i + 2, n);
    if (source) {
      if (i === 0 || (i === 1 && tokens[0]?.lower === "as")) {
        const comma = tokens[source.phraseEnd]?.text === "," ? source.phraseEnd + 1 : source.phraseEnd;
        return build(text, tokens, source.from, source.to, tokens[comma]?.start ?? end, end);
      }
      if (source.phraseEnd >= n - 1) {
        const cut = tokens[i - 1]?.text === "," ? tokens[i - 1]?.start ?? t.start : t.start;
        return build(text, tokens, source.from, source.to, start, cut);
      }
    }
    let npTo = npForward(tokens, i + 2, n);
    // "according to two diplomats", "according to a senior official": a count or an article before the source.
    if (npTo <= i + 2 && (COUNT_WORDS.has(tokens[i + 2]?.lower ?? "") || ["a", "an", "several"].includes(tokens[i + 2]?.lower ?? ""))) {
      const counted = npForward(tokens, i + 3, n);
      if (counted > i + 3) npTo = counted;
    }
    // "According to the latest reports, ...", "according to doctors, ...": any short phrase up to
    // the comma opening the sentence; such a common-noun source does not frame what follows.
    let common = false;
    if (i === 0 && (npTo <= i + 2 || tokens[npTo]?.kind === "word")) {
      let k = i + 2;
      while (k < n && k - i < 9 && tokens[k]?.kind === "word") k++;
      if (tokens[k]?.text === "," && k > i + 2) {
        npTo = k;
        common = true;
        // "According to the author of the study, the gynecologist Olesi Kusznarenko, ...": the name in apposition.
        let j = k + 1;
        while (j < n && j - k < 9 && tokens[j]?.kind === "word") j++;
        if (tokens[j]?.text === "," && isCapitalized(tokens[j - 1]) && isCapitalized(tokens[j - 2])) {
          let from = j - 2;
          while (from > k + 1 && isCapitalized(tokens[from - 1])) from--;
          return build(text, tokens, from, j, tokens[j + 1]?.start ?? end, end, { frame: true });
        }
      }
    }
    const leading = i === 0 || (i === 1 && tokens[0]?.lower === "as");
    // "..., according to data from the health ministry.", "..., according to figures by the
    // central bank.": a source closing the sentence whose issuer follows "from", "by" or "of" is
    // read whole, so that the issuer speaks; such a source frames nothing after it. So is evidence
    // whose issuer comes later ("preliminary data from the statistics service", "data published on
    // Wednesday by the State Customs Service").
    let whole = false;
    if (!leading && tokens[i - 1]?.text === "," && (ISSUER_LINKS.has(tokens[npTo]?.lower ?? "") || isIssuedEvidence(tokens, i + 2))) {
      const sourceEnd = sourceToSentenceEnd(tokens, i + 2, n);
      whole = sourceEnd > npTo;
      if (whole) npTo = sourceEnd;
    }
    // "..., according to the power utility Elektroprivreda BiH.", "..., according to national
    // authorities.": a source of lower-case words of description runs to the comma or the end;
    // one whose first words are a name ("the German chancellery.") only to the end, where no
    // words of the sentence's own can follow it, and not past a preposition ("doctors in Kharkiv").
    // Like a source read whole, it frames nothing after it.
    if (!leading && !whole && tokens[i - 1]?.text === "," && tokens[npTo]?.kind === "word" && !FUNCTION_WORDS.has(tokens[npTo]?.lower ?? "")) {
      const described = describedSourceEnd(tokens, i + 2, n);
      whole = described > npTo && (npTo <= i + 2 || described >= n - 1);
      if (whole) npTo = described;
    }
    if (npTo <= i + 2) return undefined;
    if (leading) {
      const comma = tokens[npTo]?.text === "," ? npTo + 1 : npTo;
      return build(text, tokens, i + 2, npTo, tokens[comma]?.start ?? end, end, { frame: !common });
    }
    // "That's according to Politico.": the source of the sentence before.
    const opening = tokens.slice(0, i).map((tk) => tk.lower).join(" ");
    if (/^(?:that[’']s|this[’']s|that is|this is|that was)$/.test(opening)) return build(text, tokens, i + 2, npTo, end, end, { refersBack: true });
    // "The number of victims - according to the Sunday report - reached 473 400": a parenthetical
    // source between two dashes or commas; the content runs on both sides of it.
    const opener = tokens[i - 1]?.text ?? "";
    if (DASHES.has(opener) || opener === ",") {
      let close = npTo;
      while (close < n && close - npTo < 8 && tokens[close]?.kind === "word") close++;
      const closer = tokens[close]?.text ?? "";
      // "..., according to Kernel, which owns the terminal.": the clause after the source is the
      // article's own account of it, as after "says X, who ..."; "..., who added that ..." is the
      // source speaking on.
      if (closer === "," && ["which", "who"].includes(tokens[close + 1]?.lower ?? "")) {
        const built = build(text, tokens, i + 2, npTo, start, tokens[i - 1]?.start ?? t.start, { frame: true });
        const speaksOn = SAY_VERBS.has(tokens[close + 2]?.lower ?? "");
        return built && { ...built, extra: [speaksOn ? addedContent(tokens, close + 1, end) : { start: tokens[i + 2]?.start ?? end, end, own: true }] };
      }
      // "..., according to the interior ministry, while the CGT union put ...": a contrast after the
      // closing comma opens a clause of its own, and the source closes the one before it.
      const contrast = closer === "," && CONTRASTS.has(tokens[close + 1]?.lower ?? "");
      if (contrast && tokens[close + 2]) {
        const cut = opener === "," ? tokens[i - 1]?.start ?? t.start : t.start;
        return build(text, tokens, i + 2, npTo, start, cut, { frame: true, extra: [{ start: tokens[close + 2]?.start ?? end, end, own: false }] });
      }
      if ((DASHES.has(opener) ? DASHES.has(closer) : closer === ",") && n - close > 3 && tokens[close + 1]?.kind !== "punct" && !(closer === "," && describesSource(tokens, close + 1))) {
        const inside = { start: tokens[i - 1]?.start ?? t.start, end: tokens[close]?.end ?? end };
        return build(text, tokens, i + 2, npTo, start, end, { frame: true, inside });
      }
    }
    const cut = tokens[i - 1]?.text === "," ? tokens[i - 1]?.start ?? t.start : t.start;
    return build(text, tokens, i + 2, npTo, start, cut, { frame: !whole });
  }

  if (i === 0 && t.lower === "in" && ["his", "her", "their"].includes(tokens[1]?.lower ?? "") && tokens[2]?.lower === "words") {
    const comma = tokens[3]?.text === "," ? 4 : 3;
    const pronoun = tokens[1]?.lower === "their" ? "they" : tokens[1]?.lower === "her" ? "she" : "he";
    const tok = tokens[1];
    if (!tok) return null;
    return {
      np: pronoun,
      npStart: tok.start,
      pronoun: true,
      roleOnly: false,
      contentStart: tokens[comma]?.start ?? end,
      contentEnd: end,
      refersBack: false,
      frame: true,
    };
  }

  // "States" in "the United States" is a name, not a verb.
  // "RIA Novosti quoted Kremlin spokesperson Dmitry Peskov as saying that ...": the one quoted speaks.
  if (t.lower === "saying" && tokens[i - 1]?.lower === "as") {
    let q = i - 2;
    while (q >= 0 && i - q < 14 && tokens[q]?.lower !== "quoted" && tokens[q]?.lower !== "quotes" && tokens[q]?.lower !== "cited") q--;
    if (q >= 0 && i - q < 14) {
      const npTo = npForward(tokens, q + 1, i - 1);
      if (npTo > q + 1) {
        const c = tokens[i + 1]?.lower === "that" ? i + 2 : i + 1;
        return build(text, tokens, q + 1, npTo, tokens[c]?.start ?? end, end);
      }
    }
  }
  // "..., as previously reported by CNN": the source after a passive reporting verb.
  if (t.lower === "by" && PASSIVE_SOURCES.has(tokens[i - 1]?.lower ?? "") && i >= 4 && !out(i)) {
    const npTo = npForward(tokens, i + 1, n);
    if (npTo > i + 1 && (npTo >= n - 1 || tokens[npTo]?.kind === "punct")) {
      let cutAt = i - 1;
      while (cutAt > 0 && cutAt > i - 4 && ["as", "previously", "first", "earlier", "also", "was", "were", "is"].includes(tokens[cutAt - 1]?.lower ?? "")) cutAt--;
      if (tokens[cutAt - 1]?.text === ",") cutAt--;
      return build(text, tokens, i + 1, npTo, start, tokens[cutAt]?.start ?? start);
    }
  }
  // "heads of African states are attending", "these reports were": plural nouns, not verbs.
  if (NOUN_OR_VERB.has(t.lower) && (NOUN_NEXT.has(tokens[i + 1]?.lower ?? "") || NOUN_PREV.has(tokens[i - 1]?.lower ?? ""))) return undefined;
  // "A CNN investigation showed how ...", "Footage from Kremlin military bloggers showed ...", "The
  // report published by the WFP on June 6 said that ...": the source of the evidence speaks.
  if (EVIDENCE_VERBS.has(t.lower) && t.text === t.lower) {
    const source = evidenceSource(tokens, i);
    if (source && !tokens.slice(0, i).some((_, k) => out(k))) {
      const c = ["that", "how"].includes(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
      return build(text, tokens, source.from, source.to, tokens[c]?.start ?? end, end);
    }
  }
  if (EVIDENCE_VERBS.has(t.lower) && !SAY_VERBS.has(t.lower) && t.text === t.lower) {
    const closing = closingEvidence(tokens, i);
    if (closing) return build(text, tokens, closing.from, closing.to, start, tokens[closing.comma]?.start ?? start);
  }
  const trailingOnly = TRAILING_ONLY.has(t.lower);
  if ((!SAY_VERBS.has(t.lower) && !trailingOnly) || t.text !== t.lower) return undefined;
  // "A port city said to be of critical importance", "forces reported to have withdrawn": a
  // passive report describes its subject; nobody is named as saying it.
  if (tokens[i + 1]?.lower === "to" && (tokens[i + 2]?.lower === "be" || tokens[i + 2]?.lower === "have") && t.lower !== "claims" && t.lower !== "claim") return undefined;
  // "Lukashenko commented on the sanctions": what follows is the topic, not what was said.
  if (TOPIC_VERBS.has(t.lower) && (tokens[i + 1]?.lower === "on" || tokens[i + 1]?.lower === "about")) return undefined;
  const prevTok = tokens[i - 1];
  const isDash = (tk: Token | undefined): boolean => tk !== undefined && DASHES.has(tk.text) && tk.spaced;
  // Inverted order after the content: "..., said Stoltenberg." / "…” said the minister." /
  // "... - explains Dr. X" / "... - said in TVN24 Ambassador X".
  // Not "..., told CNN": what follows "told" is who listened, never who spoke.
  if (prevTok && (prevTok.text === "," || CLOSING_QUOTES.has(prevTok.text) || isDash(prevTok)) && i > 1 && !OBJECT_VERBS.has(t.lower)) {
    let from = i + 1;
    // "said in TVN24 Ambassador X": a short adverbial before the inverted subject.
    if (ADVERBIAL_OPENERS.has(tokens[from]?.lower ?? "") && !isNpAt(tokens, from)) {
      let k = from + 1;
      while (k < n && k - from < 4 && !isCapitalized(tokens[k])) k++;
      if (k < n && k - from < 4) from = k + 1 < n && isCapitalized(tokens[k]) && !ROLE_WORDS.has(tokens[k]?.lower ?? "") ? k + 1 : k;
    }
    let npTo = npForward(tokens, from, n);
    // "said the mayor, Ihor Terekhov": the name in apposition is the fuller reference.
    if (npTo > from && tokens[npTo]?.text === "," && isRoleOnly(tokens, from, npTo) && isCapitalized(tokens[npTo + 1])) {
      const nameTo = npForward(tokens, npTo + 1, n);
      if (nameTo > npTo + 1 && (nameTo >= n - 1 || tokens[nameTo]?.kind === "punct")) {
        from = npTo + 1;
        npTo = nameTo;
      }
    }
    if (npTo > from && (npTo >= n - 1 || tokens[npTo]?.kind === "punct" || ADVERBIAL_OPENERS.has(tokens[npTo]?.lower ?? ""))) {
      const cut = prevTok.text === "," || isDash(prevTok) ? prevTok.start : tokens[i - 2]?.text === "," ? tokens[i - 2]?.start ?? prevTok.start : prevTok.start;
      const built = build(text, tokens, from, npTo, start, cut);
      if (!built) return built;
      const adding = addingAt(tokens, npTo, n);
      if (adding >= 0) return { ...built, extra: [addedContent(tokens, adding, end)] };
      // "says Oleksandr Kubrakov, who led the delegation that reached a deal": the article's own fact.
      if (tokens[npTo]?.text === "," && tokens[npTo + 1]?.lower === "who" && isCapitalized(tokens[from])) {
        return { ...built, extra: [{ start: tokens[from]?.start ?? end, end, own: true }] };
      }
      return built;
    }
  }
  let v = i - 1;
  while (v >= 0 && SKIP_BEFORE_VERB.has(tokens[v]?.lower ?? "")) v--;
  // "the Pentagon on Wednesday announced", "X today announced": when it was said stands between the speaker and the verb.
  if (SAID_WHEN.has(tokens[v]?.lower ?? "") && v > 0) v -= tokens[v - 1]?.lower === "on" ? 2 : 1;
  // "The UN refugee agency (UNHCR) said": the body's acronym in brackets stands between it and the verb.
  if (tokens[v]?.text === ")" && tokens[v - 2]?.text === "(" && isAcronymAt(tokens, v - 1)) v -= 3;
  // "the United Kingdom Maritime Trade Operations (UKMTO) agency said": so does the kind of body after it.
  else if (isKindAfterAcronym(tokens, v)) v -= 4;
  let npFrom: number;
  let npTo = v + 1;
  /** The comma before a role whose holder's name follows in apposition: "..., the mayor, Ana Horvat, said". */
  let roleComma = -1;
  const before = tokens[v];
  // "X upgraded its forecast and said ...": what comes before the verb is the subject's own act.
  const conjoined = before?.lower === "and" || before?.lower === "but";
  if (before && PRONOUNS.has(before.lower) && before.kind === "word") {
    npFrom = v;
  } else if (before?.text === "," && v > 0) {
    // "Kuleba, the foreign minister, said": prefer the name before the appositive.
    let c = v - 1;
    while (c >= 0 && v - c < 12 && tokens[c]?.text !== ",") c--;
    const nameTo = c;
    const nameFrom = c > 0 ? npBackward(tokens, c - 1, 0) : c;
    // "The commander of the brigade, Maj. Serhii Volyna, told", "the mayor, Ana Kovač-Horvat, said":
    // the name in apposition after a role.
    const between = tokens.slice(c + 1, v);
    if (c > 0 && between.length >= 2 && between.every((tk) => isCapitalized(tk) || tk.text === "." || (tk.text === "-" && !tk.spaced)) && between.filter((tk) => tk.kind === "word").length >= 2 && tokens.slice(Math.max(0, c - 12), c).some((tk) => ROLE_WORDS.has(tk.lower))) {
      npFrom = c + 1;
      npTo = v;
      let r = c - 1;
      while (r > 0 && c - r < 8 && tokens[r]?.text !== ",") r--;
      if (tokens[r]?.text === "," && tokens.slice(r + 1, c).some((tk) => ROLE_WORDS.has(tk.lower))) roleComma = r;
    } else if (c > 0 && nameFrom < nameTo) {
      npFrom = nameFrom;
      npTo = nameTo;
    } else {
      npFrom = npBackward(tokens, v - 1, 0);
      npTo = v;
    }
  } else if (conjoined) {
    // "X accused Y of ... and said", "X welcomed the statement but said": the speaker is the sentence's
    // subject, after an opening phrase closed by a comma ("Turning to Ukraine's partners, he thanked ... and said").
    npFrom = subjectStart(tokens, v);
    npTo = PRONOUNS.has(tokens[npFrom]?.lower ?? "") ? npFrom + 1 : subjectEnd(tokens, npFrom, v);
  } else {
    npFrom = npBackward(tokens, v, 0);
    npFrom = describedSourceStart(tokens, npFrom);
  }
  // "“…,” the operator says": a definite noun phrase right after the quote or comma.
  if (npFrom === npTo && before?.kind === "word" && !PRONOUNS.has(before.lower) && !VERBISH.test(before.lower)) {
    const det = tokens[v - 1];
    const edge = tokens[v - 2];
    if (det && (det.lower === "the" || det.lower === "a") && edge && (edge.text === "," || CLOSING_QUOTES.has(edge.text))) npFrom = v - 1;
  }
  // "The head of Ukraine railways says ...": a short subject opening the sentence, whatever its nouns.
  if (npFrom > 0 && npFrom === npTo && npTo <= 7 && before?.kind === "word" && !PRONOUNS.has(before.lower)) {
    const opening = tokens.slice(0, npTo);
    const first = opening[0];
    if (first && (first.lower === "the" || isCapitalized(first)) && !FUNCTION_WORDS.has(first.lower) && opening.every((tk) => (tk.kind === "word" && !VERBISH.test(tk.lower) && !OPENING_STOPS.has(tk.lower)) || tk.text === "’" || tk.text === "'")) {
      npFrom = 0;
    }
  }
  npFrom = groupWithModifiers(tokens, npFrom, npTo);
  if (npTo <= npFrom) return undefined;
  if (AFTER_QUOTE_ONLY.has(t.lower) && !(CLOSING_QUOTES.has(tokens[npFrom - 1]?.text ?? "") && npTo === i)) return undefined;
  if (tokens.slice(npFrom, npTo).some((_, k) => out(npFrom + k))) return undefined;
  // "The UK’s £500m funding, which officials said would come from reserves, will be used ...": a
  // speech verb inside a relative clause reports only that clause; the sentence is the article's own.
  if (npFrom >= 2 && ["which", "who"].includes(tokens[npFrom - 1]?.lower ?? "") && tokens[npFrom - 2]?.text === ",") return undefined;
  // "it was estimated that", "it is reported that": no one in particular is speaking.
  const impersonal = tokens[npFrom]?.lower === "it" && ["was", "is", "been"].includes(tokens[i - 1]?.lower ?? "");

  const afterVerb = tokens[i + 1];
  // "Russia claims to have taken the city": the subject's claim, content after "to have".
  if ((t.lower === "claims" || t.lower === "claim") && afterVerb?.lower === "to" && tokens[i + 2]?.lower === "have" && !impersonal) {
    return build(text, tokens, npFrom, npTo, tokens[i + 3]?.start ?? end, end);
  }
  if (afterVerb && (afterVerb.lower === "this" || afterVerb.lower === "so") && (tokens[i + 2] === undefined || tokens[i + 2]?.kind === "punct" || ["in", "at", "on", "during", "to", "after", "when", "while", "on"].includes(tokens[i + 2]?.lower ?? ""))) {
    return build(text, tokens, npFrom, npTo, end, end, { refersBack: true });
  }
  // Trailing attribution: "..., he said." / "…,” Zelenskiy said on Monday." Not when a clause
  // follows the verb: "Before the war, it was estimated that Moscow assembled ...".
  const beforeNp = tokens[npFrom - 1];
  const adding = addingAt(tokens, i + 1, n);
  const tail = adding >= 0 ? adding : n;
  // "Speaking to reporters, Zelensky said 31,000 soldiers had been killed": content right after the
  // verb makes the comma before the speaker the end of an opening phrase, not of the content.
  const contentAfter = tail - i > 3 && afterVerb !== undefined && afterVerb.kind !== "punct" && !out(i + 1) && !opensAdverbial(tokens, i + 1) && !OBJECT_VERBS.has(t.lower);
  // "..., Czech Prime Minister Petr Fiala said on Wednesday, weeks after he promised that ...": when
  // or where it was said, closed by a comma, ends the attribution; what follows is the article's.
  const adjunctCloses = opensAdverbial(tokens, i + 1) && commaClosesAdjunct(tokens, i + 1, Math.min(tail, i + 9), out);
  const clauseFollows = !adjunctCloses && (tokens.slice(i + 1, Math.min(tail, i + 8)).some((tk, k) => tk.lower === "that" && !out(i + 1 + k)) || tail - i > 12 || contentAfter);
  if (npFrom > 0 && !conjoined && beforeNp && !clauseFollows && (beforeNp.text === "," || CLOSING_QUOTES.has(beforeNp.text) || isDash(beforeNp) || out(npFrom - 1))) {
    let cut = roleComma >= 0 ? tokens[roleComma]?.start ?? beforeNp.start : beforeNp.start;
    if (beforeNp.text !== "," && tokens[npFrom - 2]?.text === ",") cut = tokens[npFrom - 2]?.start ?? cut;
    const built = build(text, tokens, npFrom, npTo, start, cut);
    if (built && adding >= 0) return { ...built, extra: [addedContent(tokens, adding, end)] };
    const aside = asideAfterVerb(tokens, i, tail, adjunctCloses, out);
    return built && aside >= 0 ? { ...built, extra: [{ start: tokens[aside]?.start ?? end, end, own: false, appositiveTo: { start, end: cut } }] } : built;
  }
  // "..., Minister X said as he addressed the conference", "..., Interfax said, as Moscow launched
  // attacks": the speech is before the speaker; the clause after "as" is the article's own account.
  // "..., Cameron told reporters after the UK pledged ...": so is the clause after who listened.
  const ownAfter = afterVerb?.text === "," ? i + 2 : OBJECT_VERBS.has(t.lower) ? listenerEnd(tokens, i + 1) : i + 1;
  if (!conjoined && SUBORDINATORS.has(tokens[ownAfter]?.lower ?? "") && npFrom > 2 && beforeNp && (beforeNp.text === "," || CLOSING_QUOTES.has(beforeNp.text) || isDash(beforeNp) || out(npFrom - 1)) && tokens[ownAfter + 1]?.kind === "word") {
    let cut = beforeNp.start;
    if (beforeNp.text !== "," && tokens[npFrom - 2]?.text === ",") cut = tokens[npFrom - 2]?.start ?? cut;
    const built = build(text, tokens, npFrom, npTo, start, cut);
    if (built) return { ...built, extra: [{ start: tokens[ownAfter + 1]?.start ?? end, end, own: true }] };
  }
  // Leading attribution: "X said (on Monday) (that) ..." / "X told reporters that ...". Only an
  // adverbial or an object may stand between the verb and "that" or the comma, else the "that"
  // or comma belongs to the content ("said Russia had lost 300,000 people, hundreds of ...").
  let c = i + 1;
  const adverbial = opensAdverbial(tokens, i + 1);
  const marked =
    ["that", ",", ":", "“", '"'].includes(tokens[i + 1]?.lower ?? "") ||
    ((adverbial || OBJECT_VERBS.has(t.lower)) && tokens.slice(i + 1, i + 11).some((tk, k) => tk.lower === "that" && !out(i + 1 + k)));
  // "Authorities reported four injuries", "The database estimates about 4.3 million Ukrainians were
  // ...": a count right after the verb is what the named subject reports.
  const countFollows = COUNT_REPORTING.has(t.lower) && !["a", "an", "the"].includes(tokens[i - 1]?.lower ?? "") && isCountAt(tokens, i + 1) && npTo > npFrom && isCapitalized(tokens[npFrom]) && (npFrom === 0 || tokens[npFrom - 1]?.kind !== "word");
  if (countFollows) return build(text, tokens, npFrom, npTo, tokens[i + 1]?.start ?? end, end);
  // "HopeBridge International today announced it has delivered ...": a clause of a pronoun and an
  // auxiliary right after the verb is what the named subject reports, "that" or not.
  const pronounClause = ["it", "they", "we"].includes(tokens[i + 1]?.lower ?? "") && CLAUSE_AUXILIARIES.has(tokens[i + 2]?.lower ?? "");
  if (pronounClause && npTo > npFrom && isCapitalized(tokens[npFrom])) return build(text, tokens, npFrom, npTo, tokens[i + 1]?.start ?? end, end);
  // "Moscow claimed its forces had taken ...", "Klitschko confirmed two people had died": a short
  // subject and its auxiliary right after a verb that otherwise takes an object ("claimed 14,000 lives").
  // ("An estimated 1,000 civilians were ...": a participle after an article is no verb of speech.)
  if (MARKED_ONLY.has(t.lower) && !["a", "an", "the"].includes(tokens[i - 1]?.lower ?? "") && clauseOpensAt(tokens, i + 1) && npTo > npFrom && isCapitalized(tokens[npFrom])) {
    const reported = build(text, tokens, npFrom, npTo, tokens[i + 1]?.start ?? end, end);
    if (reported) return reported;
  }
  if (MARKED_ONLY.has(t.lower) && !marked) return undefined;
  // "announced", "show": a speech verb before content only with "that" ("The Pentagon announced
  // Monday that ...", "data show that ...").
  // "assessed in the “Guardian” daily that ...": an adverbial may stand before the "that".
  const window = adverbial ? 11 : 6;
  // "..., data from X showed, up from ...": a source set off by commas, with content on both sides.
  const setOff = tokens[npFrom - 1]?.text === "," && tokens[i + 1]?.text === ",";
  if (trailingOnly && !setOff && !tokens.slice(i + 1, i + window).some((tk, k) => tk.lower === "that" && !out(i + 1 + k))) return undefined;
  // "assessed in the “Guardian” daily that ...": a quote or comma before the "that" is the adverbial's.
  let thatAhead = -1;
  for (let k = i + 1; adverbial && k < n && k - i <= 12; k++) {
    if (tokens[k]?.lower === "that" && !out(k)) {
      thatAhead = k;
      break;
    }
  }
  for (let k = i + 1; k < n && k - i <= 12; k++) {
    const tk = tokens[k];
    if (!tk) break;
    const direct = k === i + 1;
    if (thatAhead > k && tk.lower !== "that") continue;
    if (tk.lower === "that" && !out(k) && (direct || adverbial || (OBJECT_VERBS.has(t.lower) && k - i <= 10))) {
      c = k + 1;
      break;
    }
    if ((tk.text === "“" || tk.text === '"') && (direct || adverbial || tokens[k - 1]?.text === "," || tokens[k - 1]?.text === ":")) {
      c = k;
      break;
    }
    if ((tk.text === "," || tk.text === ":") && (direct || adverbial)) {
      c = k + 1;
      break;
    }
  }
  // "The mayor told us the city had spent $14 million": who listened is no part of what was said.
  if (c === i + 1 && OBJECT_VERBS.has(t.lower)) c = listenerEnd(tokens, i + 1);
  // "X has promised a package as he warned that ...": the main clause before the subordinate
  // speech is the article's own statement; what follows "warned that" is left to the speaker.
  const subordinator = tokens[npFrom - 1];
  if (npFrom >= 6 && subordinator && SUBORDINATORS.has(subordinator.lower) && !out(npFrom - 1)) {
    const cut = tokens[npFrom - 2]?.text === "," ? tokens[npFrom - 2]?.start ?? subordinator.start : subordinator.start;
    return { np: "", npStart: subordinator.start, pronoun: false, roleOnly: false, contentStart: start, contentEnd: cut, refersBack: false, frame: false };
  }
  // A parenthetical source: "Just 17 heads of state are attending, the Kremlin has confirmed, less
  // than half of ...": the content is on both sides.
  if (npFrom >= 4 && !conjoined && tokens[npFrom - 1]?.text === "," && tokens[c - 1]?.text === "," && c > i && !impersonal) {
    const around = build(text, tokens, npFrom, npTo, start, tokens[npFrom - 1]?.start ?? start);
    if (around) return { ...around, extra: [{ start: tokens[c]?.start ?? end, end, own: false }] };
  }
  if (impersonal) {
    // "In the Sunday report of the General Staff, it was reported that ...": the report's author speaks.
    const author = openingSourceOf(tokens, npFrom);
    if (author) return build(text, tokens, author.from, author.to, tokens[c]?.start ?? end, end);
  }
  const attribution = build(text, tokens, npFrom, npTo, tokens[c]?.start ?? end, end);
  return attribution && impersonal ? { ...attribution, np: "", pronoun: false } : attribution;
}
