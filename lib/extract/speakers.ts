import { WEEKDAY_LOWER_PATTERN } from "./calendar";
import { type Attribution, EVIDENCE_NOUNS, EVIDENCE_PARTICIPLES } from "./attribution";
import { isCommonWord } from "./common-words";
import { TRANSCRIPT_LABEL } from "./cues";
import { type NameMention, NAME_PARTICLES, NameIndex, ROLE_WORDS, TRADE_WORDS, firstMentionFrom, fullestOrganisation, isCountryName, isNonPersonWord, isPlaceWord, roleKey, titleLength } from "./names";
import { type Token, isCapitalized } from "./tokens";
import type { Span } from "./types";

/** Head nouns of bodies, never of a person's name ("U.S. Energy Information Administration"). */
const ORGANISATION_HEADS = new Set(
  ("administration ministry agency office department service services council committee commission command staff force forces army navy institute programme program organization organisation bank fund union court government parliament assembly data report reports statement database authorities presidency media " +
    "mission authority crescent cross bureau directorate inspectorate association federation alliance coalition foundation society observatory monitor watch tribunal guard police centre center fire rescue ambulance").split(" "),
);

/** Documents that "say" on behalf of their issuer. */
const DOCUMENTS = new Set(["statement", "report", "communique", "communiqué", "release", "press release", "letter", "document", "announcement"]);

const PERSON_PRONOUNS = new Set(["he", "she"]);
/** Object pronouns as the subject they refer back to ("according to him"). */
const SUBJECT_FORMS = new Map([["him", "he"], ["them", "they"]]);

/** Roles that name a single person, so an unresolved "the president said" can fall back to the last person. */
const PERSONAL_ROLES = new Set(
  "head secretary president minister chancellor spokesman spokeswoman spokesperson ambassador commander chief governor mayor senator general leader premier adviser advisor envoy director".split(" "),
);
const TRADE_NOUNS = new Set(TRADE_WORDS);

/** "Ukraine's defence minister", "the head of the regional administration": a role one person holds, not a body. */
function isPersonalRole(np: string): boolean {
  const words = np.toLowerCase().split(/\s+/);
  const of = words.indexOf("of");
  return PERSONAL_ROLES.has((of > 0 ? words[of - 1] : words[words.length - 1]) ?? "");
}

/**
 * A document or evidence and who issued it: "the Statement of the Ministry of X", "a report by
 * UNHCR", "data published on Wednesday by the State Customs Service", "the data previously provided
 * by the Ministry of Defense", "satellite imagery reviewed by CNN". Its nouns and participles are
 * the ones attribution.ts reads such a source by, so a source it takes whole always yields its issuer.
 */
const ISSUED_BY = new RegExp(
  `^(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:statement|communiqu[eé]|release|letter|message|announcement|statistics|estimates|tally|${[...EVIDENCE_NOUNS].join("|")})` +
    `\\s+(?:(?:\\w+ly\\s+)?(?:${[...EVIDENCE_PARTICIPLES, "provided", "reviewed", "obtained"].join("|")})\\s+(?:\\w+\\s+){0,3}?)?(?:of|by|from)\\s+(?:the\\s+)?(.+)$`,
  "i",
);

/** Nouns that stand for the figures themselves, not for whoever asserted them ("updated figures showed", "preliminary results"). */
const DATA_NOUNS = new Set("figures figure numbers statistics update updates data estimates tally count toll results".split(" "));

/** Words that date or rank figures without naming who issued them ("New figures", "Official data"). */
const DATA_ADJECTIVES = new Set("new latest recent official updated preliminary final global national international annual monthly weekly daily".split(" "));

/** Plural nouns of people that an article may give as a source on their own ("officials said"). */
const PEOPLE_NOUNS = new Set(
  ("officials authorities police doctors experts analysts residents witnesses sources observers diplomats researchers monitors bloggers prosecutors investigators rescuers medics locals eyewitnesses filings " +
    "traders economists epidemiologists scientists farmers exporters brokers lawmakers activists volunteers organisers organizers").split(" "),
);

/** A speaker that names no one: one lower-case word that is not a group of people ("mission", "figures"). */
export function isBareCommonNoun(speaker: string): boolean {
  const bare = speaker.trim().replace(/^(?:the|a|an)\s+/i, "");
  return !/\s/.test(bare) && !/\p{Lu}/u.test(bare) && !PEOPLE_NOUNS.has(bare.toLowerCase());
}

/** Heads of a source described in lower case, besides a body's and a role's: "the company", "the utility". */
const SOURCE_HEADS = new Set("company firm operator utility carrier airline group insurer lender regulator embassy official".split(" "));

/**
 * "The ministry said", "according to the company", "a spokesman said": a source described in one to
 * three lower-case words, as written, where the article names it no more fully. It is nobody's name,
 * so it is no speaker; a statement still says whose claim it is. Null for anything else (documents
 * and data speak for whoever issued them, and "he" for the person).
 */
export function unnamedSource(text: string, attribution: Attribution): string | null {
  if (attribution.pronoun || !/^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+$/u.test(attribution.np)) return null;
  const article = /(?:^|\s)(the|a|an)\s+$/i.exec(text.slice(Math.max(0, attribution.npStart - 5), attribution.npStart))?.[1];
  const head = attribution.np.slice(attribution.np.lastIndexOf(" ") + 1);
  const named = (ORGANISATION_HEADS.has(head) && !DATA_NOUNS.has(head) && !DOCUMENTS.has(head)) || PERSONAL_ROLES.has(head) || SOURCE_HEADS.has(head);
  return named && article ? `${article.toLowerCase()} ${attribution.np}` : null;
}

/** Kinds of company that wire copy names a company by once it has been named ("the carmaker said"). */
const COMPANY_KINDS = new Set("company firm carmaker automaker airline carrier retailer manufacturer maker producer insurer operator utility club broadcaster chipmaker miner developer supplier".split(" "));

/** Up to three capitalised words opening a sentence, with a possessive or a lower-case word after: "Toyota sold", "Volvex's revenue". */
const OPENING_NAME = /^((?:\p{Lu}[\p{L}&-]*\s+){0,2}\p{Lu}[\p{L}&-]*)(?:[’']s)?\s+\p{Ll}/u;

/** A name a company may have: capitalised, with no place, state body's head noun, role or common word ("Revenue fell"). */
function isCompanyName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && name.split(/\s+/).every((word) => {
    const lower = word.toLowerCase();
    return !ORGANISATION_HEADS.has(lower) && !ROLE_WORDS.has(lower) && !isPlaceWord(lower) && !isCountryName(lower) && !isCommonWord(lower);
  });
}

const NAME_JOINERS = new Set(["of", "for", "and", "on", "de", "du"]);

/**
 * The name an acronym in brackets stands for, from the words before the bracket: those whose capitals
 * spell it ("Office for the Coordination of Humanitarian Affairs (OCHA)"), with a place or acronym
 * before them ("UN Office ..."); else, for an acronym of another language or a described body, the
 * whole phrase when it holds a body's head noun ("Turkey's Disaster and Emergency Management
 * Authority (AFAD)", "the UN refugee agency (UNHCR)"). The acronym itself when neither fits.
 */
function spelledOut(before: string, acronym: string): string {
  const words = before.trimEnd().split(/\s+/);
  const picked: string[] = [];
  let initials = "";
  let described = 0;
  for (let k = words.length - 1; k >= 0 && picked.length < 10; k--) {
    const w = words[k] ?? "";
    const previous = words[k - 1] ?? "";
    const next = picked[0] ?? "";
    const capital = /^\p{Lu}[\p{L}’'-]*$|^(?:\p{Lu}\.)+$/u.test(w) && !/^(?:The|A|An)$/.test(w);
    // "Office for the Coordination", "Disaster and Emergency": small words between capitals.
    const joins = (/^\p{Lu}/u.test(next) || next === "the") && ((w === "the" && ["of", "for", "on"].includes(previous)) || (NAME_JOINERS.has(w) && /^\p{Lu}/u.test(previous)));
    // "refugee agency": lower-case words of description right before the bracket.
    const describes = initials === "" && described < 4 && /^[a-z][a-z-]*$/.test(w) && !DESCRIPTION_STOPS.has(w);
    if (!capital && !joins && !describes) break;
    if (capital) initials = w[0] + initials;
    if (describes) described++;
    picked.unshift(w);
    if (initials === acronym) {
      const prefix = (words[k - 1] ?? "").replace(/[’']s$/, "");
      return (ACRONYM.test(prefix) || isPlaceWord(prefix.toLowerCase()) ? [words[k - 1], ...picked] : picked).join(" ");
    }
  }
  // "the national civil protection authority (ANEPC)": a description in lower case whose last word
  // is a body's head names it as fully as one with capitals.
  const body = picked.some((w) => ORGANISATION_HEADS.has(w.toLowerCase()));
  const describedBody = described === picked.length && ORGANISATION_HEADS.has(picked[picked.length - 1] ?? "");
  return picked.length >= 2 && body && (describedBody || picked.some((w) => /^\p{Lu}/u.test(w))) ? picked.join(" ") : acronym;
}

/**
 * Capitalised words and "for (the)" / "of the" right before a name ("Institute for the " + "Study of
 * War", "General Inspectorate for " + "Emergency Situations").
 */
const NAME_BEFORE_JOINER = /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+)+(?:(?:for|of|on)\s+the|for)\s+)$/u;

/**
 * Whether text ends in "the" or "for" and white space, as NAME_BEFORE_JOINER requires. Most
 * phrases follow neither, and the pattern, anchored at the end, is tried from every character.
 */
function endsWithJoiner(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && (trimmed.endsWith("the") || trimmed.endsWith("for"));
}

/** An abbreviated rank or title before a name ("Maj. Serhii Volyna", "Lt. Gen. Keith Kellogg"). */
const RANK_ABBREVIATION = /^(?:(?:Maj|Gen|Lt|Col|Capt|Sgt|Cpl|Adm|Brig|Cmdr|Dr|Prof|Rev|Sen|Rep|Gov|Amb)\.?\s+)+(?=\p{Lu}\p{Ll})/u;

/**
 * Forms of address and ranks written before a person's name that are no part of it ("Councillor
 * Jane Hill", "Judge Tom Reed", "Detective Sergeant Ann Cole"), left out of a person's fullest name.
 */
const HONORIFICS = new Set("councillor councilor councilman councilwoman alderman judge justice detective sergeant inspector constable superintendent bishop archbishop rabbi imam sheikh".split(" "));

/** "Councillor Jane Hill" → "Jane Hill": leading honorifics dropped while two words of the name remain. */
function withoutHonorifics(name: string): string {
  const words = name.split(" ");
  let k = 0;
  while (k < words.length - 2 && HONORIFICS.has(words[k]?.toLowerCase() ?? "")) k++;
  return k === 0 ? name : words.slice(k).join(" ");
}

/** Words that join the parts of a portfolio's name ("Minister for Development of Communities and Territories"). */
const PORTFOLIO_JOINERS = new Set(["of", "for", "and", "on", "the"]);

/**
 * The holder named after a role whose portfolio or body has a name of several words: "Deputy Minister
 * for Development of Communities and Territories Oleksandr Kovalenko", "EU Commissioner for Crisis
 * Management Janez Lenarčič", "Deputy Head of the Belarus President Administration Vladimir
 * Pertsov". The portfolio's last words run into the name, which is taken as its last two words
 * (with any particles between them). Null unless the phrase opens with a role and has three or more
 * capitalised words after its last joiner.
 */
function holderAfterPortfolio(words: string[]): string | null {
  if (!words.slice(0, 2).some((w) => ROLE_WORDS.has(w.toLowerCase()))) return null;
  let joiner = -1;
  words.forEach((w, k) => {
    if (PORTFOLIO_JOINERS.has(w)) joiner = k;
  });
  const tail = words.slice(joiner + 1);
  if (joiner < 1 || tail.length < 3 || !tail.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w))) return null;
  let first = tail.length - 2;
  while (first > 0 && NAME_PARTICLES.has(tail[first]!)) first--;
  const name = tail.slice(first);
  return name.some((w) => ORGANISATION_HEADS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()) || isPlaceWord(w.toLowerCase())) ? null : name.join(" ");
}

/**
 * A mention of a person, not a body whose capitalised name was read as one: "Federal Civil Protection
 * Administration" ends in a body's head noun, so "it added" after it refers to that body.
 */
function isPerson(mention: NameMention): boolean {
  return mention.person && !ORGANISATION_HEADS.has(mention.name.slice(mention.name.lastIndexOf(" ") + 1).toLowerCase());
}

/**
 * Whether the name at token `t` opens its sentence as the subject: among its first words ("President
 * Joe Biden said"), or right after an opening phrase closed by a comma ("During his visit, Marles met").
 */
function opensSentence(tokens: Token[], t: number): boolean {
  if (t <= 2) return true;
  return t <= 8 && tokens[t - 1]?.text === "," && tokens.slice(0, t - 1).every((tk) => tk.text !== ",");
}

/** Nouns of a person described rather than named ("the driver", "a 34-year-old woman"). */
const PERSON_NOUNS = new Set(
  "man woman boy girl driver suspect soldier officer pilot victim prisoner teenager resident journalist doctor nurse teacher student worker farmer volunteer priest mother father son daughter husband wife captain defendant witness".split(" "),
);
const DESCRIPTION_DETERMINERS = new Set(["the", "a", "an"]);
/** How many tokens a description may take before its noun: "The 52-year-old" is five. */
const DESCRIPTION_REACH = 8;

/**
 * A person a sentence opens with by description, not by name: "The 52-year-old driver of the lorry"
 * of "The 52-year-old driver of the lorry, a man from Carlisle, was arrested". A "he" in the next
 * sentence stands for them, not for the last person named.
 */
function describedSubject(tokens: readonly Token[]): string | null {
  if (!DESCRIPTION_DETERMINERS.has(tokens[0]?.lower ?? "")) return null;
  let head = -1;
  for (let t = 1; t < Math.min(tokens.length, DESCRIPTION_REACH); t++) {
    const token = tokens[t]!;
    if (token.kind === "punct" && token.text !== "-") return null;
    if (token.kind === "word" && PERSON_NOUNS.has(token.lower)) {
      head = t;
      break;
    }
  }
  // "The driver's family": the noun is no subject of its own.
  if (head < 0 || tokens[head + 1]?.text === "'s" || tokens[head + 1]?.text === "’s") return null;
  let end = head;
  // "... of the lorry": a phrase that tells which one.
  if (tokens[head + 1]?.lower === "of" && DESCRIPTION_DETERMINERS.has(tokens[head + 2]?.lower ?? "") && tokens[head + 3]?.kind === "word") end = head + 3;
  return wordsOf(tokens, 0, end);
}

/** The tokens `from` to `to` (inclusive) as written, one space where the text has white space. */
function wordsOf(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let t = from; t <= to; t++) out += (t > from && tokens[t]!.spaced ? " " : "") + tokens[t]!.text;
  return out;
}

/** Words a body's name may hold before its head noun: "Ukraine's General Staff", "the Defence Ministry". */
const BODY_NAME_REACH = 6;

/**
 * The body a sentence opens with as its subject, named with capitals up to its head noun ("Ukraine's
 * General Staff did not confirm ...", "The Defence Ministry denied ..."), or null.
 */
function openingBody(tokens: readonly Token[]): string | null {
  let t = tokens[0]?.lower === "the" ? 1 : 0;
  const from = t;
  for (; t < Math.min(tokens.length, from + BODY_NAME_REACH); t++) {
    const token = tokens[t]!;
    const possessive = (token.text === "'s" || token.text === "’s") && t > from;
    if (!possessive && !(token.kind === "word" && isCapitalized(token))) return null;
    if (ORGANISATION_HEADS.has(token.lower) && tokens[t + 1]?.kind === "word" && !isCapitalized(tokens[t + 1])) return wordsOf(tokens, from, t);
  }
  return null;
}

/**
 * A speaker named by one capitalised word that names no place, country or body ("Zelenskyy says"):
 * a person the article gives no full name for, whom a "he" in the next sentence stands for.
 */
function isSurname(speaker: string): boolean {
  const lower = speaker.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(speaker) && !ROLE_WORDS.has(lower) && !isNonPersonWord(lower) && !isPlaceWord(lower) && !isCountryName(lower) && !ORGANISATION_HEADS.has(lower);
}

/** A subordinator opening a phrase: an adverbial clause, not a noun phrase. */
const SUBORDINATOR = /^(?:despite|although|though|while|whereas|after|before|since|because|when|if|once|unless)\s/i;

/** Capitals only, as an acronym ("IMF", "UNHCR"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A body's head named by the role alone: "head of the EC", "Secretary of State of the USA", "Nato chief". */
const HEAD_OF_BODY = /^(?:[Tt]he\s+)?(?:(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Ll]eader)(?:\s+of\s+State)?\s+of\s+\S|(?:\p{Lu}[\p{L}.-]*\s+)+chief$)/u;

/** Words of a body's head's role that name no body: "the head of", "chief". */
const ROLE_HEADS = new Set("the and for head chief director secretary chairman chairwoman leader".split(" "));
/** How many name mentions before a role are searched for its holder. */
const TITLED_HOLDER_LOOKBACK = 200;

/** A body given as its country's: "country's health ministry" (after "the", which the phrase leaves out). */
const COUNTRY_POSSESSIVE = /^country([’'])s\s+/i;
const CAPITALISED_WORD = /(?<![\p{L}’'-])\p{Lu}[\p{L}-]+/gu;

/** "Vladimir Putin himself maintains": the stress is no part of the name. */
const REFLEXIVE = /\s+(?:himself|herself|themselves|itself)$/i;

/** When it was said, after the speaker ("Biden last week said", "Zelensky on Monday said"). */
const TRAILING_TIME = new RegExp(String.raw`\s+(?:(?:last|this|earlier this|later this)\s+(?:week|month|year|weekend|night|morning|evening)|(?:on\s+)?(?:${WEEKDAY_LOWER_PATTERN})|yesterday|today|tonight|earlier|previously|also|recently)$`, "i");

/** What dates or ranks a document that speaks for its issuer ("the Sunday report", "its latest statement"). */
const DOCUMENT_DATING = new RegExp(String.raw`^(?:(?:the|its|their|a|an|latest|new|recent|daily|weekly|monthly|annual|morning|evening|${WEEKDAY_LOWER_PATTERN}|official|joint)\s+)+`);

/** Words that end the description before a head noun ("said the mission", "of the mission"). */
/** Nouns that say what kind of outlet a named one is: "the Associated Press agency", "American TV CNN". */
const OUTLET_NOUNS = new Set("agency portal website site channel tv television radio station broadcaster newspaper daily weekly outlet news information".split(" "));

/**
 * The outlet's own name in a phrase that also says what kind of outlet it is: the words of kind after
 * the name ("the Associated Press agency", "the Axios information portal" → "Associated Press",
 * "Axios"), or the name after them ("American TV CNN", "independent Russian Telegram channel SOTA",
 * "Chinese Information Agency Xinhua News Agency"). Not a name that opens with such a word ("Radio
 * Free Europe"); null when the phrase has no such part.
 */
function outletName(np: string): string | null {
  const words = np.replace(/^(?:the|a|an)\s+/i, "").split(/\s+/);
  let end = words.length;
  while (end > 1 && OUTLET_NOUNS.has(words[end - 1]!) ) end--;
  // "the French newspaper": a nationality before the kind word names no outlet.
  if (end < words.length) return /^\p{Lu}/u.test(words[end - 1] ?? "") && !(end === 1 && isPlaceWord(words[0]!.toLowerCase())) ? words.slice(0, end).join(" ").replace(/^\p{Lu}[\p{L}-]*[’']s\s+/u, "") : null;
  const kind = words.findIndex((w, k) => k >= 1 && OUTLET_NOUNS.has(w.toLowerCase()));
  if (kind < 0) return null;
  let name = kind;
  while (name < words.length && OUTLET_NOUNS.has(words[name]!.toLowerCase())) name++;
  // "U.S. Energy Information Administration": a body's head after the kind word is the name going on.
  return name < words.length && /^\p{Lu}/u.test(words[name]!) && !ORGANISATION_HEADS.has(words[name]!.toLowerCase()) ? words.slice(name).join(" ") : null;
}

const DESCRIPTION_STOPS = new Set("the a an this that these those its their his her our of in on at to by from for with and or as said says told is are was were has have had".split(" "));

/** A transcript's line naming who speaks throughout: "Speaker: Denys Shmyhal, Prime Minister". */
const SPEAKER_LINE = /^[ \t]*Speaker:[ \t]/;

/** A title that opens a text as one person's words: "Transcript: …", "Speech by …", "Remarks by …". */
const TRANSCRIPT_TITLE = /^[ \t]*(?:Transcript:|(?:Full text of |Text of )?(?:Speech|Address|Remarks|Statement|Keynote|Opening remarks) by\s)/i;

/** A name set off by commas before a role ("Ivan Fedorov, the mayor ...") or after it ("..., Rustem Umerov,"). */
const APPOSED_BEFORE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3}), (?:the )?$/u;
const APPOSED_AFTER = /^, (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3})[,.]/u;

/** A body's acronym in brackets right after a phrase: " (ANEPC)". */
const BRACKET_AFTER = /^\s*\((\p{Lu}{2,6})\)/u;

/** A body's acronym given in brackets after its name: "(IMF)", "(UNHCR)". */
const BRACKETED_ACRONYM = /\((\p{Lu}{2,6})\)/gu;

/** Each acronym the text gives in brackets, with where it first does. */
function firstBracketedAcronyms(text: string): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of text.matchAll(BRACKETED_ACRONYM)) if (m[1] && !first.has(m[1])) first.set(m[1], m.index);
  return first;
}

/** A body's name in a country, whose initials spell its acronym without the country's ("Ministry of Foreign Affairs of Ukraine"). */
const OF_COUNTRY = / of \p{Lu}[\p{L}’'-]*$/u;

/**
 * The speakers resolved so far, in order, looked up by a word of their name ("mission") or by the
 * initials of their capitalised words ("MFA"), the most recent first. Reading every earlier speaker
 * back at each such question made resolving quadratic in a long text's length; the lookups are
 * built from the speakers added since the last question, so a text that never asks pays nothing.
 */
class SpokenNames {
  private readonly names: string[] = [];
  private indexed = 0;
  /** The latest name of more than one word holding each lower-cased word. */
  private readonly byWord = new Map<string, number>();
  /** The latest name by its initials, and by its initials less the country's for a name ending "of <Country>". */
  private readonly byInitials = new Map<string, number>();
  private readonly byInitialsBeforeCountry = new Map<string, number>();

  get last(): string | undefined {
    return this.names[this.names.length - 1];
  }

  add(name: string): void {
    this.names.push(name);
  }

  /** The latest name of more than one word with `word` (lower case) among its words. */
  latestWithWord(word: string): string | null {
    this.catchUp();
    return this.at(this.byWord.get(word));
  }

  /** The latest name whose capitalised words' initials spell the acronym, a country after "of" allowed. */
  latestSpelling(acronym: string): string | null {
    this.catchUp();
    return this.at(Math.max(this.byInitials.get(acronym) ?? -1, this.byInitialsBeforeCountry.get(acronym) ?? -1));
  }

  private at(k: number | undefined): string | null {
    return k === undefined || k < 0 ? null : (this.names[k] ?? null);
  }

  private catchUp(): void {
    for (; this.indexed < this.names.length; this.indexed++) {
      const k = this.indexed;
      const name = this.names[k] ?? "";
      if (name.includes(" ")) for (const w of name.toLowerCase().split(/\s+/)) this.byWord.set(w, k);
      const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
      this.byInitials.set(initials, k);
      if (initials.length > 0 && OF_COUNTRY.test(name)) this.byInitialsBeforeCountry.set(initials.slice(0, -1), k);
    }
  }
}

export interface QuoteSpeaker {
  span: Span;
  speaker: string | null;
}

interface SentenceLike extends Span {
  tokens: Token[];
}

/**
 * Resolves speaker phrases to the fullest name the article gives, tracking the most recent
 * person for pronouns and the titles seen so far for role references.
 */
export class SpeakerContext {
  private lastPerson: string | null = null;
  /** Who "he" or "she" stands for: the last person named, or one a sentence opened with by description since. */
  private pronounTarget: string | null = null;
  private lastSpeaker: string | null = null;
  /** The last speaker that is not a person, for "it said". */
  private lastBody: string | null = null;
  private mentionCursor = 0;
  private readonly people = new Set<string>();
  /** Every speaker resolved so far, for "the mission" after "the UN monitoring mission". */
  private readonly spoken = new SpokenNames();
  private readonly expansions = new Map<string, string>();
  /** Where each acronym is first given in brackets, read from the text at the first question. */
  private bracketed: Map<string, number> | null = null;
  /** The apostrophe the article writes possessives with, read at the first question. */
  private possessiveMark: string | null = null;
  /** Heads of descriptions given with a name ("operator" for "Ukraine’s nuclear operator Energoatom"). */
  private readonly aliases = new Map<string, string>();
  /** People only a transcript's labels name, by surname ("STREETING:" after "HEALTH SECRETARY WES STREETING:"). */
  private readonly labelledNames = new Map<string, string>();
  /** The person the last named label gave: who answers under "A:". */
  private labelledPerson: string | null = null;
  private readonly index: NameIndex;
  /** Positions of capitalised tokens by lower-cased text, for finding organisations' full names. */
  private readonly capitalised = new Map<string, number[]>();
  /**
   * The fullest name found for each organisation phrase: it depends only on the article, and a
   * body that speaks often ("the ministry said") would otherwise have its mentions re-read each time.
   */
  private readonly organisations = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly names: NameMention[],
  ) {
    this.index = new NameIndex(names);
    for (const m of names) if (isPerson(m)) this.people.add(m.name).add(withoutHonorifics(m.name));
    tokens.forEach((t, i) => {
      if (!isCapitalized(t)) return;
      const list = this.capitalised.get(t.lower);
      if (list) list.push(i);
      else this.capitalised.set(t.lower, [i]);
    });
  }

  /** The person named or speaking most recently, or described since: who "he" or "she" stands for. */
  get person(): string | null {
    return this.pronounTarget;
  }

  /** The fullest name or description of who speaks, or null: never a bare common noun ("mission", "figures"). */
  resolve(attribution: Attribution | null, position: number): string | null {
    const phrase = this.resolvePhrase(attribution, position);
    const speaker = attribution && phrase !== null ? (this.ownedByCountry(attribution, phrase, position) ?? phrase) : phrase;
    // "Ukraine's defence minister, Rustem Umerov, ...", "Ivan Fedorov, the mayor of Melitopol, ...":
    // a role given with a person's name in apposition is that person.
    if (attribution && speaker !== null && !this.people.has(speaker) && isPersonalRole(attribution.np)) {
      const person = this.apposedPerson(attribution.npStart, attribution.npStart + attribution.np.length);
      if (person) return person;
    }
    // "the head of the Ministry of National Defense wrote", "the Nato chief said": a body's head left
    // unnamed here is the person the article named last.
    if (attribution && speaker !== null && !this.people.has(speaker) && HEAD_OF_BODY.test(attribution.np)) {
      const holder = this.titledHolder(attribution.np, attribution.npStart);
      if (holder) return holder;
    }
    // "the national statistics service (INSTAT) said": the acronym after the phrase spells out the
    // body whose last words the phrase caught.
    const bracketed = attribution ? BRACKET_AFTER.exec(this.text.slice(attribution.npStart + attribution.np.length, attribution.npStart + attribution.np.length + 12)) : null;
    if (bracketed?.[1] && speaker !== null) {
      const full = this.expanded(bracketed[1]);
      if (full !== bracketed[1] && full.toLowerCase().endsWith(speaker.toLowerCase())) return full;
    }
    const described = speaker === null ? null : (this.described(speaker, position) ?? (attribution ? this.companyDescribed(attribution, position) : null));
    if (described !== null && this.people.has(described)) return withoutHonorifics(described);
    return described !== null && ACRONYM.test(described) ? this.expanded(described) : described;
  }

  /**
   * A body given as its country's, named with the country: "Nineteen people have died in Kazakhstan,
   * the country's health ministry said" → "Kazakhstan's health ministry"; "Ukraine finished with 12
   * medals, its National Olympic Committee said" → "Ukraine's National Olympic Committee". The
   * country is the last one the sentence names before the phrase, or for "its" the first, as the
   * sentence's subject that "its" stands for. Null for any other phrase.
   */
  private ownedByCountry(attribution: Attribution, speaker: string, sentenceStart: number): string | null {
    const before = this.text.slice(sentenceStart, attribution.npStart);
    const countryWord = COUNTRY_POSSESSIVE.exec(speaker);
    const its = !countryWord && /(?:^|\s)its\s+$/i.test(before) && ORGANISATION_HEADS.has(speaker.slice(speaker.lastIndexOf(" ") + 1).toLowerCase());
    if (!countryWord && !its) return null;
    const countries = [...before.matchAll(CAPITALISED_WORD)].map((m) => m[0]).filter((w) => isCountryName(w.toLowerCase()));
    const country = its ? countries[0] : countries[countries.length - 1];
    if (country === undefined) return null;
    this.possessiveMark ??= /\p{L}([’'])s\b/u.exec(this.text)?.[1] ?? "'";
    const apostrophe = countryWord?.[1] ?? this.possessiveMark;
    return `${country}${apostrophe}s ${countryWord ? speaker.slice(countryWord[0].length) : speaker}`;
  }

  /**
   * The person named last before `position` under a title that shares a word with the role's body:
   * "Minister of National Defense Mariusz Błaszczak" for "the head of the Ministry of National
   * Defense", "Nato Secretary General Jens Stoltenberg" for "the Nato chief". Null when no title
   * shares one, so a role is never given to someone merely named before it.
   */
  private titledHolder(role: string, position: number): string | null {
    const bodyWords = new Set(role.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !ROLE_HEADS.has(w)));
    const from = firstMentionFrom(this.names, position);
    for (let i = from - 1; i >= 0 && from - i <= TITLED_HOLDER_LOOKBACK; i--) {
      const mention = this.names[i]!;
      if (isPerson(mention) && mention.title.some((w) => bodyWords.has(w.replace(/[’']s$/, "")))) return this.index.fullest(mention.name) ?? mention.name;
    }
    return null;
  }

  /** A person the article names, set off by commas right before or right after the phrase at `from`..`to`. */
  private apposedPerson(from: number, to: number): string | null {
    const before = APPOSED_BEFORE.exec(this.text.slice(Math.max(0, from - 60), from));
    const after = APPOSED_AFTER.exec(this.text.slice(to, to + 60));
    for (const name of [after?.[1], before?.[1]]) {
      const person = name === undefined ? null : this.index.fullest(name);
      if (person && this.people.has(person)) return person;
    }
    return null;
  }

  /**
   * "International Monetary Fund" for "IMF" when the article spells it out as "International
   * Monetary Fund (IMF)", or a body that spoke before under a name whose capitals spell it.
   */
  private expanded(acronym: string): string {
    const cached = this.expansions.get(acronym);
    if (cached !== undefined) return cached;
    const at = this.bracketedAt(acronym);
    let full = at > 0 ? spelledOut(this.text.slice(Math.max(0, at - 120), at), acronym) : acronym;
    // "the MFA" after "the Ministry of Foreign Affairs of Ukraine": a body already speaking whose
    // capitalised words spell the acronym (a country after "of" may follow).
    if (full === acronym) full = this.spoken.latestSpelling(acronym) ?? acronym;
    if (full !== acronym || at >= 0) this.expansions.set(acronym, full);
    return full;
  }

  /**
   * Where the text first gives the acronym in brackets ("(IMF)"), or -1. All bracketed acronyms are
   * found in one reading of the text: searching it once per acronym made a long text with many
   * bodies (a day's news as one file) read itself whole dozens of times.
   */
  private bracketedAt(acronym: string): number {
    this.bracketed ??= firstBracketedAcronyms(this.text);
    return this.bracketed.get(acronym) ?? -1;
  }

  private described(speaker: string, position: number): string | null {
    const words = speaker.replace(/^(?:the|a|an)\s+/i, "").split(/\s+/);
    const head = (words[words.length - 1] ?? "").toLowerCase();
    const first = words[0] ?? "";
    // "Finance Ministry data showed", "ministry figures": the body that issued the figures speaks.
    if (DATA_NOUNS.has(head) && ORGANISATION_HEADS.has((words[words.length - 2] ?? "").toLowerCase())) return this.described(words.slice(0, -1).join(" "), position);
    // A capital on the first word alone may be the sentence's ("Updated figures showed").
    const proper = words.slice(1).some((w) => /\p{Lu}/u.test(w)) || /^\p{Lu}{2,}/u.test(first) || (isPlaceWord(first.toLowerCase()) && !DATA_ADJECTIVES.has(first.toLowerCase()));
    if (DATA_NOUNS.has(head) && !proper) return null;
    // "Analysts said": a capital that only opens the sentence.
    if (words.length === 1 && PEOPLE_NOUNS.has(head)) return this.spoken.latestWithWord(head) ?? head;
    if (words.length > 1 || /\p{Lu}/u.test(first) || PEOPLE_NOUNS.has(head)) return speaker;
    const alias = this.aliases.get(head);
    if (alias !== undefined) return alias;
    return this.spoken.latestWithWord(head) ?? this.describedInText(head, position);
  }

  /**
   * "Toyota sold 10.3 million vehicles, the carmaker said", "Volvex cut 900 jobs. The company said
   * ...": a company described by its kind alone is the one the sentence opens with, else the last
   * body named that is no state body or place. Null for any other phrase.
   */
  private companyDescribed(attribution: Attribution, sentenceStart: number): string | null {
    if (!COMPANY_KINDS.has(attribution.np.toLowerCase())) return null;
    const opening = OPENING_NAME.exec(this.text.slice(sentenceStart, attribution.npStart))?.[1];
    if (opening !== undefined && isCompanyName(opening) && !this.people.has(opening)) return this.index.fullest(opening) ?? opening;
    return this.lastBody !== null && isCompanyName(this.lastBody) ? this.lastBody : null;
  }

  /** "the UN human rights monitoring mission" for "mission": the last fuller mention before `position`. */
  private describedInText(head: string, position: number): string | null {
    let at = this.text.lastIndexOf(head, position);
    for (let tries = 0; at > 0 && tries < 5; tries++, at = this.text.lastIndexOf(head, at - 1)) {
      if (/[\p{L}\d]/u.test(this.text[at - 1] ?? "") || /[\p{L}\d]/u.test(this.text[at + head.length] ?? "")) continue;
      // "Ukraine’s nuclear operator Energoatom": the name given with the description.
      const named = /^ (\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){0,3})/u.exec(this.text.slice(at + head.length, at + head.length + 80));
      if (named?.[1] && !/[’']s$/.test(named[1])) return named[1];
      const before = this.text.slice(Math.max(0, at - 80), at).split(/\s+/);
      before.pop();
      const modifiers: string[] = [];
      for (let k = before.length - 1; k >= 0 && modifiers.length < 6; k--) {
        const w = before[k] ?? "";
        if (!/^[\p{L}][\p{L}’'.-]*$/u.test(w) || DESCRIPTION_STOPS.has(w.toLowerCase())) break;
        modifiers.unshift(w);
      }
      if (modifiers.some((w) => /\p{Lu}/u.test(w))) return `${modifiers.join(" ")} ${head}`;
    }
    return null;
  }

  private resolvePhrase(attribution: Attribution | null, position: number): string | null {
    if (!attribution || attribution.np === "") return null;
    // "Biden last week said", "Zelensky on Monday said": when it was said is no part of the name.
    let np = attribution.np.length > 200 ? attribution.np : attribution.np.replace(TRAILING_TIME, "").replace(REFLEXIVE, "").replace(RANK_ABBREVIATION, "");
    // "Institute for the Study of War": a name that the phrase boundary cut at "for the" / "of the".
    if (/^\p{Lu}/u.test(np) && attribution.npStart > 0) {
      const before = this.text.slice(Math.max(0, attribution.npStart - 80), attribution.npStart);
      const joined = endsWithJoiner(before) ? NAME_BEFORE_JOINER.exec(before) : null;
      if (joined?.[1]) np = joined[1] + np;
    }
    // "Despite the Kremlin": a fronted adverbial read as the subject names no speaker.
    if (np === "" || SUBORDINATOR.test(np)) return null;
    // "President Volodymyr Zelensky in Kyiv": where a person speaks is no part of the name, unlike
    // the seat of a body ("the Defence Ministry in Moscow", "the UN mission in Ukraine").
    const seat = np.lastIndexOf(" in ");
    if (seat > 0) {
      const last = np.slice(0, seat).split(" ").pop() ?? "";
      if (/^\p{Lu}/u.test(last) && !ORGANISATION_HEADS.has(last.toLowerCase())) np = np.slice(0, seat);
    }
    const written = np.toLowerCase();
    const lower = SUBJECT_FORMS.get(written) ?? written;
    if (attribution.pronoun) {
      if (PERSON_PRONOUNS.has(lower)) return this.pronounTarget;
      // "It says": a body, never the person who spoke last.
      if (lower === "it") return this.lastBody;
      // "They said", "Two of them said": many, never the one person who spoke last.
      return lower === "they" && this.lastSpeaker !== null && !this.people.has(this.lastSpeaker) ? this.lastSpeaker : null;
    }
    // "the statement said", "the Sunday report said": the document speaks for whoever issued it.
    if (DOCUMENTS.has(lower.replace(DOCUMENT_DATING, "")) && this.lastSpeaker !== null) return this.lastSpeaker;
    // "the Statement of the Ministry of X", "a report by UNHCR", "data from the health department":
    // the issuer is the speaker.
    // "data from industry group Gas Infrastructure Europe": the issuer named after its description.
    const issued = np.length > 200 ? null : ISSUED_BY.exec(np);
    if (issued?.[1]) return this.nameAfterDescription(issued[1]) ?? this.resolveName(issued[1]);
    const outlet = np.length > 200 ? null : outletName(np);
    if (outlet) return outlet;
    const described = np.length > 200 ? null : this.nameAfterDescription(np);
    if (described) return described;
    const words = np.split(/\s+/);
    if (attribution.roleOnly) {
      const role = roleKey(words);
      const byTitle = this.index.byTitle(role, position);
      if (byTitle) return byTitle;
      const definiteTrade = role.length > 0 && role.every((r) => TRADE_NOUNS.has(r)) && /\bthe\s+$/i.test(this.text.slice(Math.max(0, attribution.npStart - 5), attribution.npStart));
      if ((role.some((r) => PERSONAL_ROLES.has(r)) || definiteTrade) && this.lastPerson) return this.lastPerson;
      return np.replace(/^the\s+/i, "");
    }
    return this.resolveName(np);
  }

  /**
   * The name after a description: "the Ukrainian agency Ukrinform", "the British expert Matthew
   * Savill", "Ukraine’s nuclear operator Energoatom": up to three lower-case words of description;
   * the description's head then stands for the name ("the operator says"). Null for any other phrase.
   */
  private nameAfterDescription(np: string): string | null {
    const described = /^(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'-]*\s+)*((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)$/.exec(np);
    if (!described?.[1] || !described[2] || /\s(?:of|and|for|on|in|at|to|from)\s+[A-Z][^\s]*(?:\s+[A-Z][^\s]*)*$/.test(np) || described[1].split(/\s+/).some((w) => DESCRIPTION_STOPS.has(w))) return null;
    const head = described[1].split(/\s+/).pop() ?? "";
    // "the foreign minister Sergei Lavrov": a role before a name is a title, read by resolveName;
    // "industry group Gas Infrastructure Europe" describes a body by a portfolio's word.
    if (ROLE_WORDS.has(head)) return null;
    const name = this.resolveName(described[2].trim());
    if (!PEOPLE_NOUNS.has(head) && !DATA_NOUNS.has(head)) this.aliases.set(head, name);
    return name;
  }

  /** "NATO Secretary General Jens Stoltenberg" → "Jens Stoltenberg"; "Mr Macron" → "Emmanuel Macron". */
  private resolveName(np: string): string {
    const words = np.split(/\s+/);
    const holder = holderAfterPortfolio(words);
    if (holder) {
      // A fuller mention inside this very phrase is the portfolio run into the name, as read before.
      const full = this.index.fullest(holder);
      return withoutHonorifics(full && !np.includes(full) ? full : holder);
    }
    const headWord = (words[words.length - 1] ?? "").toLowerCase();
    let split = titleLength(words);
    // "Minister of Foreign Affairs of Serbia Ivica Dacic": the country the role is of is no part of the name (as in collectNames).
    while (split > 0 && words.length - split > 2 && isCountryName((words[split] ?? "").toLowerCase())) split++;
    const nameWords = words.slice(split);
    // "Center for Countering Disinformation", "Ministry of Foreign Affairs": a name right after a joiner
    // belongs to the organisation; "Minister of Finance Andrzej Domański" keeps its person after the role.
    const afterJoiner = split > 0 && ["of", "for", "and", "on"].includes(words[split - 1] ?? "");
    if (ORGANISATION_HEADS.has(headWord) || afterJoiner || (words.some((w) => w === "of") && nameWords.length < 2)) return this.organisation(np);
    if (nameWords.length > 0) {
      // "Judge Grabowska" after "Judge Ewa Grabowska": the form of address is no part of the name looked up.
      const addressed = nameWords.length >= 2 && HONORIFICS.has(nameWords[0]!.toLowerCase());
      const full = (addressed ? this.index.fullest(nameWords.slice(1).join(" ")) : null) ?? this.index.fullest(nameWords.join(" "));
      if (full) return withoutHonorifics(full);
      if (nameWords.length >= 2) return nameWords.join(" ");
      const before = words[split - 1]?.toLowerCase() ?? "";
      if (split > 0 && ROLE_WORDS.has(before)) return nameWords.join(" ");
    }
    return this.organisation(np);
  }

  private organisation(np: string): string {
    let fullest = this.organisations.get(np);
    if (fullest === undefined) {
      fullest = this.fullestOrganisation(np);
      this.organisations.set(np, fullest);
    }
    return fullest;
  }

  private fullestOrganisation(np: string): string {
    const bare = np.replace(/^the\s+/i, "");
    // A country speaks under its own name: "Ukraine says" is not "Soviet Ukraine".
    if (!/\s/.test(bare) && isPlaceWord(bare.toLowerCase())) return bare;
    // "the service said": a body's head in lower case is the body with that head that spoke before,
    // which described() finds; the longest capitalised "... Service" may be another body named later.
    if (!/[\s\p{Lu}]/u.test(bare) && this.spoken.latestWithWord(bare)) return bare;
    const head = (bare.split(/\s+/).pop() ?? "").toLowerCase();
    const occurrences = this.capitalised.get(head);
    return occurrences ? fullestOrganisation(this.text, this.tokens, occurrences.slice(0, 50), bare) : bare;
  }

  /**
   * The speaker a transcript's label gives the paragraph starting at `paragraphStart` ("STOLTENBERG:"
   * → "Jens Stoltenberg"), null for a label naming no one the article names ("Q (Reuters):"), and
   * undefined when the paragraph has no label: it continues the speaker of the label before.
   */
  transcriptSpeaker(paragraphStart: number): string | null | undefined {
    const opening = this.text.slice(paragraphStart, paragraphStart + 200);
    const label = TRANSCRIPT_LABEL.exec(opening);
    if (!label?.[1]) return this.transcriptHeaderSpeaker(paragraphStart, opening);
    // "Q: ... A: ...": the answer is the one labelled by name before the questions began.
    if (label[1] === "A" && label[2] === undefined) return this.labelledPerson;
    // "JAMES CARAFANO: BIDEN AT UNITED NATIONS IS ...": a headline in capitals names no speaker of its own.
    const spoken = /^[^\n]*?\p{Ll}/u.test(opening.slice(label[0].length, label[0].length + 40));
    for (const named of [label[2], label[1]]) {
      const person = named === undefined ? null : this.personEndingLabel(named, spoken);
      if (person) {
        this.labelledPerson = person;
        return person;
      }
    }
    return null;
  }

  /**
   * "PRIME MINISTER DENYS SHMYHAL" → "Denys Shmyhal": the label's name after the title words before
   * it, as the article names the person elsewhere or, when only labels name them, as the label
   * spells it ("HEALTH SECRETARY WES STREETING" → "Wes Streeting", then "STREETING" → the same).
   */
  private personEndingLabel(label: string, spoken: boolean): string | null {
    const words = label.split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const person = this.index.fullest(words.slice(k).join(" "));
      if (person) return person;
    }
    if (!spoken) return null;
    const spelled = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    const name = spelled.slice(titleLength(spelled));
    if (name.length === 1) return this.labelledNames.get(name[0]!) ?? null;
    if (name.length < 2 || name.length > 3) return null;
    const full = name.join(" ");
    this.labelledNames.set(name[name.length - 1]!, full);
    return full;
  }

  /**
   * The speaker a transcript's header names for all that follows: a "Speaker: Denys Shmyhal, …"
   * line, or a title that opens the text as a person's speech ("Transcript: Speech by the Minister
   * of Defence, Jana Novak, …", "Remarks by President X at …"): the first person it names.
   */
  private transcriptHeaderSpeaker(paragraphStart: number, opening: string): string | undefined {
    const header = SPEAKER_LINE.test(opening) || (TRANSCRIPT_TITLE.test(opening) && this.text.slice(0, paragraphStart).trim() === "");
    if (!header) return undefined;
    const lineEnd = opening.indexOf("\n");
    const end = paragraphStart + (lineEnd < 0 ? opening.length : lineEnd);
    for (let i = firstMentionFrom(this.names, paragraphStart); i < this.names.length && (this.names[i]?.start ?? end) < end; i++) {
      const mention = this.names[i];
      if (mention?.person) return this.index.fullest(mention.name) ?? mention.name;
    }
    return undefined;
  }

  /** Records who was mentioned or spoke in a sentence, for later pronouns and roles. */
  observe(tokens: Token[], inQuote: boolean[], speaker: string | null, start: number, end: number): void {
    let lastMention: string | null = null;
    /** A person named as the sentence opens, its subject: "he" after the sentence is more likely them. */
    let subject: string | null = null;
    while (this.mentionCursor < this.names.length && (this.names[this.mentionCursor]?.start ?? Infinity) < start) this.mentionCursor++;
    let t = 0;
    for (let i = this.mentionCursor; i < this.names.length; i++) {
      const m = this.names[i];
      if (!m || m.start >= end) break;
      while (t < tokens.length && (tokens[t]?.end ?? 0) <= m.start) t++;
      if (inQuote[t] === true) continue;
      const person = isPerson(m);
      const full = person ? (this.index.fullest(m.name) ?? m.name) : isCapitalized(tokens[t]) ? this.index.fullest(m.name) : null;
      if (full) lastMention = person ? withoutHonorifics(full) : full;
      if (full && subject === null && opensSentence(tokens, t)) subject = lastMention;
    }
    lastMention = subject ?? lastMention;
    if (speaker !== null) {
      this.lastSpeaker = speaker;
      if (!this.people.has(speaker)) this.lastBody = speaker;
      if (this.spoken.last !== speaker) this.spoken.add(speaker);
    } else {
      // "Ukraine's General Staff did not confirm the loss. In its evening report, it said ...": the
      // body a sentence opens with is what "it" next stands for, as much as the last body that spoke.
      const body = openingBody(tokens);
      if (body !== null) this.lastBody = body;
    }
    if (speaker !== null && this.people.has(speaker)) this.lastPerson = speaker;
    else if (lastMention) this.lastPerson = lastMention;
    const described = subject === null && speaker === null ? describedSubject(tokens) : null;
    if (described !== null) this.pronounTarget = described;
    else if (speaker !== null && isSurname(speaker)) this.pronounTarget = speaker;
    else if ((speaker !== null && this.people.has(speaker)) || lastMention) this.pronounTarget = this.lastPerson;
  }

  /**
   * A quote is attributed by the sentence that closes it (‘…,” said X’) or, failing that, by the
   * sentence that opens it (‘He said, “…’). Both lists are in text order, so one pass suffices.
   */
  quoteSpeakers(quotes: Span[], sentences: SentenceLike[], attributions: (Attribution | null)[], speakers: (string | null)[]): QuoteSpeaker[] {
    const out: QuoteSpeaker[] = [];
    let s = 0;
    for (const quote of quotes) {
      while (s < sentences.length && (sentences[s]?.end ?? 0) <= quote.start) s++;
      let opening = -1;
      let closing = -1;
      for (let k = s; k < sentences.length; k++) {
        const sentence = sentences[k];
        if (!sentence || sentence.start >= quote.end) break;
        if (opening < 0) opening = k;
        closing = k;
      }
      let speaker: string | null = null;
      const closingAttr = attributions[closing];
      if (closing >= 0 && closingAttr && (closingAttr.npStart >= quote.end || closingAttr.npStart < quote.start)) {
        speaker = speakers[closing] ?? null;
      }
      const openingAttr = attributions[opening];
      if (speaker === null && opening >= 0 && openingAttr && openingAttr.npStart < quote.start) {
        speaker = speakers[opening] ?? null;
      }
      // Consecutive quotes of one paragraph share their speaker: '…,’ said X. “…”'.
      const previous = out[out.length - 1];
      if (speaker === null && previous?.speaker && quote.start - previous.span.end < 200 && !this.text.slice(previous.span.end, quote.start).includes("\n")) {
        speaker = previous.speaker;
      }
      out.push({ span: quote, speaker });
    }
    return out;
  }
}
