import { COUNT_WORDS } from "./attribution";
import { parseDatelineAt } from "./dateline";
import { isInCapitals, toSentenceCase } from "./capitals";
import { EVENT_VERB, IRREGULAR_PAST, isPastForm, LEADING_LABEL, TRANSCRIPT_LABEL } from "./cues";
import { type ArticleDate, datedState, dayOutside, resolveDates } from "./statement-dates";
import { CONNECTOR_WORDS, isCountryName, isPlaceWord } from "./names";
import { withoutPictographs } from "./symbols";
import type { Span } from "./types";

/**
 * Words that tie a clause to what came before it ("And", "However,", "As reported,", "that ..."):
 * a statement read on its own must not start with one. Adverbials count only with their comma
 * ("As a result, ..." but not "As a result of sabotage, ..."); subordinators only in lower case,
 * where they are the remnant of a longer sentence ("while 17 others abstained"), and only when
 * no comma closes a fronted clause after them.
 */
const CONNECTOR = new RegExp(
  [
    `^(?:${CONNECTOR_WORDS.join("|")})\\b,?\\s+`,
    "^(?:in addition|in fact|as a result|as reported|as previously reported|as already reported|as we reported|as earlier reported|as noted|as a reminder|also|still|then|now|so|reportedly|at the same time|in turn|similarly|likewise|nevertheless|nonetheless|consequently|accordingly|subsequently|instead|finally|overall),\\s*",
  ].join("|"),
  "i",
);
const SUBORDINATOR = /^(?:that|while|whereas|although|though|because)\s+/;

/** The connector opening `s` with the space after it, or null. */
export function connectorAt(s: string): string | null {
  const head = s.slice(0, 40);
  const connector = CONNECTOR.exec(head)?.[0];
  if (connector) return connector;
  // "although X, Y" fronts a clause the rest depends on; "while 17 others abstained" is a remnant.
  const subordinator = SUBORDINATOR.exec(head)?.[0];
  return subordinator && (subordinator.startsWith("that") || !s.includes(",")) ? subordinator : null;
}

export function startsWithConnector(s: string): boolean {
  return connectorAt(s) !== null;
}

/**
 * "While Russia was gaining ground in the east", cut off from the main clause it leans on: a fronted
 * clause of contrast alone, which states its own fact once the subordinator goes. With a comma after
 * it ("While X, Y") the main clause is still there and the sentence stands as it is.
 */
const LONE_CONTRAST = /^(?:While|Whereas|Although|Though)\s+(?=\S)/;

function opensLoneContrast(s: string): boolean {
  return LONE_CONTRAST.test(s) && !s.includes(",");
}

/** Words that may open a reported statement in lower case after "X said ". */
const LOWER_AFTER_FRAME = new Set(
  "the a an this these those its their his her our there it they we some many most all more at in on over about nearly almost around up one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions several few both each every no while when after before since during under until by with for from of to as if despite following among total last today tonight yesterday tomorrow now currently recently earlier later another other such any none only what how why where here even just together half tens that very between roughly approximately fewer less".split(" "),
);

/** Pronouns that open a clause and stand for the speaker or the last person named. */
const SUBJECT_PRONOUNS = new Set(["he", "she"]);

const DANGLING_END = /\s+(?:and|but|or|that|and that|as|while|with|which|who)$/i;
const PARTICIPLE = /^[a-z]+ing$/;
/**
 * A participle right before the closing "and" of the words before a clause, after a noun rather
 * than an auxiliary or adverb: "weapons donated and" ("have not yet ended and" closes a clause).
 */
const PAST_BEFORE_AND = /\s(?!(?:has|have|had|was|were|is|are|be|been|being|not|yet|already|also|just|now|never)\s)[a-z]+\s+[a-z]{3,}ed\s+and$/;
const RELATIVE = new Set(["which", "who"]);

export interface StatementParts {
  /** What the claim asserts: the clause, or a list item with its list's predicate. */
  body: string;
  /** The sentence before the clause, for a clause that lacks its subject ("..., killing 12 people"). */
  before: string;
  /**
   * The clause is an appositive split off the clause before it ("..., among them three children",
   * "..., up 12% from September"): it says its fact only of that clause, so it is read with it.
   */
  appositive?: boolean;
  speaker: string | null;
  /** The person named last before the sentence, for an unattributed "He ...". */
  person: string | null;
  /** The article's own date, to which "on Tuesday" or "this year" is resolved. */
  date: ArticleDate | null;
  /** The article and where the clause's sentence lies in it: its day may stand outside the clause ("On 28 January, ..."). */
  sentence?: { text: string; span: Span };
  /**
   * Whether the article writes a word in lower case (and never as a name): a capital opening the
   * claim's sentence ("Rescue teams pulled ...") is lowered after "X said" when it does.
   */
  isCommonWord?: (word: string) => boolean;
}

/**
 * White space other than a single plain space: what `fold` turns into one space. Matching single
 * spaces too, as /\s+/ does, would rebuild the whole string for nothing.
 */
const UNFOLDED_SPACE = /\s\s+|[^\S ]/g;

function fold(s: string): string {
  return withoutPictographs(s).replace(/[“”"«»]/g, "").replace(UNFOLDED_SPACE, " ").trim();
}

/** A dateline opens with a capital, a day or a bracket and closes with a dash, a bracket or a slash. */
function mayOpenWithDateline(s: string): boolean {
  return /^[A-Z(\d]/.test(s) && /[-–—(/]/.test(s.slice(0, 160));
}

function stripOpening(s: string): string {
  let out = s;
  for (let guard = 0; guard < 4; guard++) {
    const dateline = mayOpenWithDateline(out) ? parseDatelineAt(out) : null;
    if (dateline) out = out.slice(dateline.end);
    // Bullets, dashes and remnants such as "?Copy:" before the first word.
    out = out.replace(/^[^\p{L}\p{N}$€£(]+/u, "").replace(LEADING_LABEL, "").replace(TRANSCRIPT_LABEL, "");
    const connector = connectorAt(out);
    if (connector === null || connector.length >= out.length) break;
    out = out.slice(connector.length);
  }
  return out;
}

/** Finite auxiliaries: a clause that opens with one ("was held on March 16") has lost its subject. */
const AUXILIARIES = ["has", "have", "had", "was", "were", "is", "are", "did", "does", "do"];
const FINITE_AUXILIARY = new RegExp(`\\b(?:${AUXILIARIES.join("|")})\\b`);
const OPENS_WITH_AUXILIARY = new Set(AUXILIARIES);
/** A form of "be" or "have" ending the words before a verb, which belongs to the verb, not the subject. */
const TRAILING_AUXILIARY = /\s+(?:has|have|had|was|were|is|are)\s*$/i;
const SUBJECT_WORDS = 8;
/**
 * Words that make a phrase something other than the subject a coordinated clause shares: reported
 * words ("X said Y ... and was condemned") and relative clauses ("the win – which sparked protests
 * and were followed"), whose own subject is not the sentence's.
 */
const REPORTED_OR_RELATIVE = /\b(?:said|says|told|stated|added|noted|according|that|which|who|whose|how|whether|why)\b|\s[–—]\s/i;
/**
 * A subordinate clause or a quotation before "and": the verb after "and" may continue it ("... the
 * goal of Putin "when he ignited a rebellion and launched ...""), whose subject is not the sentence's.
 */
const SUBORDINATE_OR_QUOTED = /\b(?:when|while|because|after|before|since|if|until|where|as)\b|["“”]/i;
/** A pronoun or time word in front: "He", "Today we": who it stands for is not read here. */
const NOT_A_NAME = /^(?:he|she|it|they|we|i|you|this|that|today|now|then|there)\b/i;
/**
 * An opening adverbial phrase or clause closed by a comma: "As part of his visit, ", "In 2022, ",
 * "After the Minsk-born player won her first major in January, ".
 */
const OPENING_PHRASE = /^(?:As|In|On|At|After|Before|During|Since|Following|Despite|Earlier|Later|Last|This|When|While|Although|Though|Once|Amid|Under)\b[^,;:]{0,120},\s+(?=\p{Lu}|(?:the|a|an)\s)/u;
/**
 * A regular past form used as a verb: "framed" in "The president framed the request", known by the
 * word after it, which opens its object or complement ("the armed forces", "occupied territories" are
 * no verbs).
 */
const REGULAR_PAST_VERB = /\s[a-z]{3,}ed\s+(?:(?:the|a|an|its|their|his|her|our|this|these|those|him|them|it|for|to|in|on|at|with|into|from|up|out|off|over|\d)\b|\p{Lu})/u;
/** A phrase set off by dashes ("The event - called the Holodomor by Ukrainians - killed ..."): no verb of the sentence's. */
const DASHED_ASIDE = /\s[-–—]\s[^-–—]{1,80}\s[-–—]\s/g;
/** A participle or past form opens a predicate, never a subject: "displayed during the invasion". */
const VERB_OPENING = new RegExp(String.raw`^(?:[a-z]+(?:ed|ing)\b|${IRREGULAR_PAST.source})`);
/** An irregular past form after a space ("made" in "first made the remarks"; not "Russian-held"). */
const IRREGULAR_PAST_VERB = new RegExp(String.raw`\s${IRREGULAR_PAST.source}`);
/** Adverbs between a subject and its verb ("The head of the Church first made", "Zelenskyy routinely pushed"). */
const TRAILING_ADVERB = /\s+(?:[a-z]{3,}ly|first|also|then|later|again|now|still|already|never|once|initially|previously)$/;

/** The subject of the sentence before a coordinated verb: "The shelling" of "The shelling killed three people". */
function subjectOf(before: string): string | null {
  const verb = EVENT_VERB.exec(before.toLowerCase());
  if (!verb || verb.index === 0) return null;
  const subject = before.slice(0, verb.index).replace(TRAILING_AUXILIARY, "").trim();
  if (!/[,;:]/.test(subject) && subject.split(/\s+/).length <= (isNounPhrase(subject) ? NOUN_PHRASE_WORDS : SUBJECT_WORDS)) return subject;
  return subjectAfterOpening(subject);
}

/**
 * A subject longer than `SUBJECT_WORDS` may be taken whole when it is a noun phrase with its
 * modifiers ("A Russian missile strike on a hotel in the city of Kryvyi Rih"): no verb, no
 * auxiliary, no clause of its own inside.
 */
const NOUN_PHRASE_WORDS = 16;
const CLAUSE_INSIDE = /\b(?:that|which|who|whose|when|where|said|says)\b|\s[a-z]{3,}ed\s/;

function isNounPhrase(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return /^(?:the|a|an)\s/.test(lower) && !FINITE_AUXILIARY.test(lower) && !CLAUSE_INSIDE.test(lower) && !IRREGULAR_PAST_VERB.test(lower);
}

/**
 * "But again, the Kremlin", "Last month, the State Department": the subject after an opening
 * adverbial closed by a comma, when what follows the last comma is a plain subject.
 */
function subjectAfterOpening(phrase: string): string | null {
  const comma = phrase.lastIndexOf(",");
  if (comma < 0 || /[;:]/.test(phrase)) return null;
  const subject = phrase.slice(comma + 1).trim();
  // ", and the ministry": a clause of its own after the comma; "Kyiv, Lviv and Odesa": the end of a list.
  return isPlainSubject(subject) && !VERB_OPENING.test(subject) && connectorAt(subject) === null && !/\band\b/.test(subject) ? subject : null;
}

/**
 * The subject a clause opening with an auxiliary shares with its sentence: "Sabalenka" of
 * "Sabalenka has met Lukashenko and was photographed with him", "Marles" of "As part of his visit,
 * Marles met ... and had the opportunity ...". Only a name or a noun phrase: a pronoun, reported
 * words or a relative clause in the way leave the clause as it is.
 */
function subjectBeforeAuxiliary(sentence: string): string | null {
  // The verb is looked for after an opening adverbial: "won" of "After the player won her first major, Lukashenko congratulated ..." is not the sentence's.
  const opening = OPENING_PHRASE.exec(sentence);
  const before = (opening ? sentence.slice(opening[0].length) : sentence).replace(DASHED_ASIDE, " ");
  const lower = before.toLowerCase();
  const at = (pattern: RegExp, within: string, offset: number): number => {
    const m = pattern.exec(within);
    return m ? m.index + offset : Infinity;
  };
  const verbAt = Math.min(at(EVENT_VERB, lower, 0), at(FINITE_AUXILIARY, lower, 0), at(IRREGULAR_PAST_VERB, lower, 1), at(REGULAR_PAST_VERB, before, 1));
  if (verbAt === Infinity) return isPlainSubject(before) ? before : null;
  // "... dug;A soldier came to me and": a clause of its own stands between the verb and the "and".
  const predicate = before.slice(verbAt);
  if (verbAt === 0 || predicate.includes(";") || REPORTED_OR_RELATIVE.test(predicate.replace(PARENTHETICAL, " "))) return null;
  const phrase = before.slice(0, verbAt).replace(TRAILING_AUXILIARY, "").trim().replace(TRAILING_ADVERB, "");
  const subject = phrase.replace(APPOSITIVE_AFTER_NAME, "");
  return isPlainSubject(subject) ? subject : subjectAfterOpening(subject);
}

/**
 * A phrase set off by two commas inside the predicate ("is bound by the Rome statute, the treaty
 * that governs the ICC, and is obligated ..."): its relative clause is not the one "and" continues.
 */
const PARENTHETICAL = /,[^,;]*,/g;
/** An appositive after a name, closed by a comma: "Ivanov, 48," is "Ivanov". */
const APPOSITIVE_AFTER_NAME = /,[^,;]+,$/;

function isPlainSubject(phrase: string): boolean {
  return phrase !== "" && phrase.split(/\s+/).length <= SUBJECT_WORDS && !/[,;:]|\band$/.test(phrase) && !REPORTED_OR_RELATIVE.test(phrase) && !NOT_A_NAME.test(phrase);
}

/** The auxiliary of a passive opening a clause: "was" of "was fined €1m", "has been" of "has been banned". */
const PASSIVE_AUXILIARY = /\b(was|were|is|are|(?:has|have|had) been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ung|ught|lt|nt|id|ld|nd|ne|un|ot)\b/;
/** A subject that took the passive's auxiliary with it: "The man has been" of "The man has been arrested". */
const TRAILING_PASSIVE = /\s+(?:was|were|is|are|(?:has|have|had) been)$/;
/**
 * Participles that after a passive read as passives too, whatever follows them: a penalty or a
 * court's ruling suffered ("was fined €1m and docked 10 points", "was found guilty and sentenced to
 * eight years"), and forms that are participles only ("was arrested and taken to hospital").
 */
const PASSIVE_PARTICIPLE = new Set(
  "docked stripped sentenced charged convicted jailed imprisoned fined banned barred suspended disqualified relegated indicted acquitted extradited deported expelled arrested detained hospitalised hospitalized taken given shown driven thrown beaten stolen".split(" "),
);

/**
 * "The club was fined €1m and docked 10 points by the league": the second participle after "and"
 * shares the first one's auxiliary, without which "The club docked 10 points" inverts the meaning.
 * The auxiliary (or null) when the sentence's own verb is a passive and the clause's participle reads
 * as one: one the list knows, or any followed by its agent ("and destroyed by fire").
 */
function sharedPassive(subject: string, context: string, body: string): string | null {
  if (!/\sand$/.test(context)) return null;
  const passive = PASSIVE_AUXILIARY.exec(context);
  const subjectAt = context.indexOf(subject);
  // The passive follows the subject ("The defendant, 34, was found"), not a clause of its own
  // further on ("The court ordered him to pay ..., through whose account the money was collected, and").
  if (!passive || subjectAt < 0 || !BETWEEN_SUBJECT_AND_VERB.test(context.slice(subjectAt + subject.length, passive.index))) return null;
  const [, participle = "", next = ""] = /^(\S+)\s+(\S+)/.exec(body) ?? [];
  // "and banned him from ...": a participle with an object of its own is active.
  if (OBJECT_PRONOUNS.has(next)) return null;
  return PASSIVE_PARTICIPLE.has(participle) || next === "by" ? (passive[1] ?? null) : null;
}
/** What may stand between a subject and its verb: an appositive ("The defendant, 34, was") or nothing. */
const BETWEEN_SUBJECT_AND_VERB = /^(?:,[^,;]{1,60},)?\s*(?:also\s+|now\s+)?(?:(?:was|were|is|are|has|have|had)\s*)?$/;
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "it", "us", "me", "you"]);

/** A figure and the plural noun it counts: "More than 2,000 homes", "1.2 million people". */
const COUNT = String.raw`(?:(?:more than|at least|about|around|nearly|almost|over|some|another)\s+)?(?:\d[\d,.]*(?:\s+(?:million|billion|thousand))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)`;
/** The last clause before "and" opening with a count, its noun, its passive auxiliary and participle. */
const COUNTED_PASSIVE = new RegExp(String.raw`(?:^|\s)${COUNT}\s+((?:[a-z]+\s+){0,2}?[a-z]{3,}s)\s+(was|were|is|are|(?:has|have|had) been)\s+[a-z]+(?:ed|en)\b[^,;]*\sand$`, "i");
/** A count and a participle alone: "340 destroyed" of "... were damaged and 340 destroyed". */
const GAPPED_COUNT = new RegExp(String.raw`^(${COUNT})\s+(?=[a-z]+(?:ed|en)\b)`);

/**
 * "More than 2,000 homes were damaged and 340 destroyed": the second count leaves out the noun and
 * the auxiliary of the first, which its statement says again ("340 homes were destroyed").
 */
function withGappedNoun(body: string, context: string): string {
  const count = GAPPED_COUNT.exec(body);
  const counted = count ? COUNTED_PASSIVE.exec(context) : null;
  if (!count || !counted) return body;
  return `${count[1]} ${counted[1]} ${counted[2]} ${body.slice(count[0].length)}`;
}

/** "120 others" in a clause: the count whose noun is the one counted before it. */
const COUNTED_OTHERS = new RegExp(String.raw`\b(${COUNT})\s+others\b`);
/** The noun of the last count in the words before a clause: "homes" of "The fire destroyed 58 homes and". */
const LAST_COUNTED_NOUN = new RegExp(String.raw`(?:^|\s)${COUNT}\s+([a-z]{3,}s)\b(?!.*\d)[^;:]*$`);
/** Verbs whose objects are people: "killed two farmers and wounded 11 others" wounded other people, not only farmers. */
const PEOPLE_VERB_BEFORE = /\b(?:killed|wounded|injured|hurt|evacuated|rescued|arrested|detained|displaced|killing|wounding|injuring)\s+$/;

/**
 * "The fire destroyed 58 homes and damaged 120 others": read alone, "damaged 120 others" could be
 * people; the statement names the things counted before ("120 other homes"). After a verb of harm
 * to people the others are people, as the reader takes them.
 */
function withOthersNamed(body: string, before: string): string {
  const others = body.includes(" others") ? COUNTED_OTHERS.exec(body) : null;
  const noun = others ? LAST_COUNTED_NOUN.exec(before)?.[1] : undefined;
  if (!others || noun === undefined || PEOPLE_VERB_BEFORE.test(body.slice(0, others.index))) return body;
  return `${body.slice(0, others.index)}${others[1]} other ${noun}${body.slice(others.index + others[0].length)}`;
}

/** A clause without its subject takes it from the sentence: "wounded 14 others" → "The shelling wounded 14 others". */
function withSubject(body: string, before: string, appositive: boolean): string {
  const first = /^[\p{L}’']+/u.exec(body)?.[0] ?? "";
  const context = fold(stripOpening(before)).replace(/[\s,;:–—-]+$/, "");
  // "..., with Brent crude settling at $78.40": an absolute phrase reads only with its clause, whatever its first word.
  if (context !== "" && /,\s+with$/.test(before.trimEnd())) return `${context} ${body}`;
  // A clause that opens with a capital has its subject: the sentence before it is not read.
  if (first !== first.toLowerCase()) return body;
  if (context === "") return body;
  const gapped = GAPPED_COUNT.test(body) ? withGappedNoun(body, context) : body;
  if (gapped !== body) return gapped;
  // "..., which killed 18 people": the relative clause says its fact of the whole main clause.
  if (/\bwhich$/.test(before.trimEnd())) return `${context} ${body}`;
  if (first === "where") return whereAsPlace(body, context);
  if (PARTICIPLE.test(first) || RELATIVE.has(first)) return `${context.replace(/\s+and$/, "")}, ${body}`;
  if (appositive) return `${context}, ${body}`;
  // "weapons donated and damaged in combat": two participles of one noun, not a second clause.
  if (PAST_BEFORE_AND.test(context)) return body;
  // "The shortage has worsened food insecurity and shot up food prices": when the sentence's own verb
  // is none of the event verbs, its subject is what stands before its first verb or auxiliary.
  if (EVENT_VERB.test(first) || isPastForm(first)) {
    const subject = subjectOf(context) ?? (SUBORDINATE_OR_QUOTED.test(before) ? null : subjectBeforeAuxiliary(context));
    const passive = subject ? sharedPassive(subject, context, body) : null;
    if (subject && passive) return `${subject.replace(TRAILING_PASSIVE, "")} ${passive} ${body}`;
    if (subject) return `${subject} ${body}`;
  }
  // "... and was photographed alongside him": the auxiliary's subject is the sentence's; before a
  // quoted word ('A so-called "referendum" was held') the words before the clause are the subject.
  if (OPENS_WITH_AUXILIARY.has(first)) {
    const subject = subjectBeforeAuxiliary(context);
    if (subject) return `${subject} ${body}`;
  }
  return body;
}

/** The place a sentence names last, right before its ", where": "Estonia", "the Netherlands". */
const PLACE_AT_END = /(?:\bthe\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,2}(\p{Lu}[\p{L}’'-]*)$/u;

/**
 * "..., to the defence of Estonia, where Britain already has 1,700 personnel" → "In Estonia, Britain
 * already has 1,700 personnel": the place the relative adverb stands for, when a place names it; a
 * "where" after anything else is left as it is, not guessed.
 */
function whereAsPlace(body: string, context: string): string {
  const place = PLACE_AT_END.exec(context);
  const last = place?.[1]?.toLowerCase() ?? "";
  if (!place || !(isPlaceWord(last) || isCountryName(last))) return body;
  return `In ${place[0]}, ${body.slice("where".length).trimStart()}`;
}

/**
 * "he had met" → "Volodymyr Zelensky had met". An opening "its forces" is left as it is: the
 * statement names its speaker first ("Moldova said its forces ..."), which is what "its" stands for.
 */
function resolvePronoun(body: string, speaker: string | null, person: string | null): string {
  const first = /^[A-Za-z]+/.exec(body)?.[0] ?? "";
  const lower = first.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lower)) {
    const who = speaker ?? person;
    return who ? who + body.slice(first.length) : body;
  }
  return body;
}

/**
 * "Border guards also detained 14 smugglers": an "also" between the subject and its verb adds
 * the fact to one the reader of the statement has not seen, so it leaves; "not only ... but also"
 * and an "also" further on, in a clause of its own, stay.
 */
const ADDITION = /^((?:\S+\s+){1,6}?)also\s+(?=\p{Ll})/u;

function withoutAddition(body: string): string {
  const match = ADDITION.exec(body);
  if (!match?.[1] || /[,;:(]|\b(?:but|and|which|who|that)\s+$/i.test(match[1])) return body;
  return match[1] + body.slice(match[0].length);
}

/** An all-capitals statement reads as a sentence. */
function sentenceCase(s: string): string {
  // "MLRS ‒ 1,310 (+1)": one word in capitals is an acronym, not shouting.
  return isInCapitals(s, SHOUTED_WORDS) ? toSentenceCase(s) : s;
}

/** Words in capitals that make a statement shouted rather than an acronym and figures. */
const SHOUTED_WORDS = 3;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Bodies named by their kind take "the" in running text: "the Defence Ministry", "the UN mission". */
const BODY_HEADS = new Set(
  "ministry office council service services mission agency department staff command commission committee institute kremlin pentagon un eu us uk nato government army military navy police prosecutor's court force forces guard bank fund parliament assembly administration presidency embassy kingdom states nations union organization organisation treasury programme program bureau authority crescent federation alliance association".split(" "),
);

/**
 * A source counted by its first word, as attribution.ts reads "according to two diplomats": "two
 * diplomats said", never "the two diplomats".
 */
function isCountedSource(speaker: string): boolean {
  const first = /^(\S+)\s/.exec(speaker)?.[1]?.toLowerCase() ?? "";
  return /^\d+$/.test(first) || COUNT_WORDS.has(first) || ["several", "some", "many"].includes(first);
}

function asSource(speaker: string): string {
  if (/^\S+[’']s\s/.test(speaker) || /^(?:the|a|an)\s/i.test(speaker) || isCountedSource(speaker)) return speaker;
  const name = speaker.split(/\s+(?:in|of|for|at)\s+/)[0] ?? speaker;
  const words = name.split(/\s+/);
  const head = (words[words.length - 1] ?? "").toLowerCase();
  const description = (words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1] ?? "") && !/s$/.test(head)) || (/^\p{Ll}/u.test(speaker) && !/s$/.test(words[0] ?? ""));
  return description || BODY_HEADS.has(head) ? `the ${speaker}` : speaker;
}

/**
 * A name or noun phrase and the relative clause that describes it, and nothing else: "Mr. Patel, who
 * took office in 2021", "The mission, which has monitored the conflict since 2014".
 */
const DESCRIBED_NOUN = /^((?!(?:In|On|At|Of|For|From|With|By|To|Since|While|Whereas|Although|Though|When|If|As|After|Before|During|Under|Until|Because)\b)(?:\p{Lu}|(?:the|a|an|its|his|her|their)\s)[^,;:“”"()]{2,80}),\s+(who|which)\s+(?!(?:he|she|it|they|we|I|you|the|a|an|this|that)\b)([^,;:“”"–—]+)$/u;
/** "The prime minister of Estonia, which ...": "which" may stand for the last noun, not the phrase. */
const INNER_NOUN = /\s(?:of|in|on|at|for|from|with|by|to)\s/i;

/** "Mr. Patel, who took office in 2021" states "Mr. Patel took office in 2021": the relative clause is the predicate. */
function relativeAsPredicate(body: string): string {
  const described = body.includes(", wh") ? DESCRIBED_NOUN.exec(body) : null;
  const [, noun, pronoun, predicate] = described ?? [];
  if (noun === undefined || predicate === undefined || noun.split(/\s+/).length > SUBJECT_WORDS || !isVerbless(noun)) return body;
  if (pronoun === "which" && INNER_NOUN.test(noun)) return body;
  return `${noun} ${predicate}`;
}

/** No verb or auxiliary in a phrase: "The Liberia-flagged Delta Blue" (not "The strike hit Kyiv"). */
function isVerbless(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return !FINITE_AUXILIARY.test(lower) && !EVENT_VERB.test(lower) && !IRREGULAR_PAST_VERB.test(lower) && !REGULAR_PAST_VERB.test(phrase) && !/\s(?:says|said)\b/.test(lower);
}

/**
 * What an editor approves and a ClaimReview publishes: the claim as a sentence of its own, with
 * no dateline or connector in front, its subject and pronouns filled in from the article, and
 * the source it is attributed to.
 */
export function buildStatement(parts: StatementParts): string {
  let body = stripOpening(fold(parts.body)).replace(DANGLING_END, "").replace(/[\s.,;:]+$/, "");
  if (body === "") return fold(parts.body);
  if (opensLoneContrast(body)) body = body.replace(LONE_CONTRAST, "");
  // "(He also visited children injured ...": a bracket the clause never closes is the sentence's, not the claim's.
  if (body.startsWith("(") && !body.includes(")")) body = body.slice(1);
  body = withoutAddition(sentenceCase(withOthersNamed(relativeAsPredicate(withSubject(body, parts.before, parts.appositive === true)), parts.before)));
  body = resolveDates(resolvePronoun(body, parts.speaker, parts.person), parts.date);
  const speaker = parts.speaker;
  const day = parts.sentence ? dayOutside(parts.sentence.text, parts.sentence.span, parts.body, speaker !== null) : null;
  // A state told on a given day is as of that day, which "as of" would only repeat.
  if (day === null) body = datedState(body, parts.date);
  const when = day === null ? "" : `${resolveDates(day, parts.date)} `;
  const isCommonWord = parts.isCommonWord ?? NO_COMMON_WORDS;
  if (!speaker || opensWith(body, speaker)) return capitalise(when === "" ? body : when + afterFrame(body, isCommonWord));
  // "Moldova's border police said it detained 14 smugglers": the source's own "it" or "they" reads as itself.
  return saidBy(speaker, when, body, isCommonWord);
}

/** No word known to be common: without the article, only the closed list of LOWER_AFTER_FRAME is lowered. */
const NO_COMMON_WORDS = (): boolean => false;

/** A statement built before its source was known, naming the source as buildStatement does. */
export function withSource(statement: string, speaker: string, isCommonWord: (word: string) => boolean = NO_COMMON_WORDS): string {
  return opensWith(statement, speaker) ? statement : saidBy(speaker, "", statement, isCommonWord);
}

/** The body opens with its speaker, with or without "the": "The General Staff put Russian losses at ...". */
function opensWith(body: string, speaker: string): boolean {
  const lower = body.toLowerCase();
  const name = `${speaker.toLowerCase()} `;
  return lower.startsWith(name) || (lower.startsWith("the ") && lower.startsWith(name, 4));
}

/**
 * "The port authority said 900 trucks ...", with the day it was said when there is one: "said on
 * Tuesday 3 June 2025 that 900 trucks ...", where without "that" the day runs into the claim's first words.
 */
function saidBy(speaker: string, when: string, body: string, isCommonWord: (word: string) => boolean): string {
  return `${capitalise(asSource(speaker))} said ${when === "" ? "" : `${when}that `}${afterFrame(body, isCommonWord)}`;
}

/** A capitalised word, then one in lower case: "Rescue teams", "Markets now" ("Energy Minister" is a title). */
const CAPITAL_BEFORE_LOWER = /^\p{Lu}\p{Ll}+\s+\p{Ll}/u;

/**
 * The body as it reads after "X said " or "On Tuesday ": "The navy" → "the navy"; "Rescue teams"
 * → "rescue teams" where the article writes "rescue" in lower case elsewhere ("Russia" never is).
 */
function afterFrame(body: string, isCommonWord: (word: string) => boolean): string {
  const firstWord = /^[\p{L}’']+/u.exec(body)?.[0] ?? "";
  // "It's", "That's", "There's": a contraction of a word that is lower-cased.
  const lower = firstWord.toLowerCase();
  const word = lower.replace(/[’'](?:s|re|ve|ll|d)$/, "");
  // Places and nationalities ("Russia", "Ukrainian forces") are asked of no list: most bodies open with one.
  const common = LOWER_AFTER_FRAME.has(word) || (CAPITAL_BEFORE_LOWER.test(body) && !isPlaceWord(lower) && isCommonWord(lower));
  return common ? lower + body.slice(firstWord.length) : body;
}

export type TextFault = "dateline" | "connector" | "lower case" | "no subject";

/** A statement is never a question, so one that opens with an auxiliary ("Was held on March 16") lacks its subject. */
const OPENING_AUXILIARY = new RegExp(`^(?:${AUXILIARIES.map(capitalise).join("|")})\\b`);

/** What keeps a quote or statement from reading on its own; a quote may open in lower case or mid-clause. */
export function textFaults(s: string, kind: "quote" | "statement"): TextFault[] {
  const faults: TextFault[] = [];
  const trimmed = s.trimStart();
  if (parseDatelineAt(trimmed)) faults.push("dateline");
  if (startsWithConnector(trimmed) || (kind === "statement" && opensLoneContrast(trimmed))) faults.push("connector");
  if (kind === "statement" && /^\p{Ll}/u.test(trimmed)) faults.push("lower case");
  if (kind === "statement" && OPENING_AUXILIARY.test(trimmed)) faults.push("no subject");
  return faults;
}
