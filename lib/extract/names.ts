import { MONTH_WORDS, WEEKDAY_WORDS, isCalendarWord } from "./calendar";
import { type Token, isCapitalized } from "./tokens";

/** People named by their trade: "the expert" stands for the person named last, "an expert" for someone new. */
export const TRADE_WORDS = "expert scholar economist researcher politician historian scientist professor diplomat".split(" ");

/** Words of titles and roles that precede or replace a person's name, trades included ("the expert points out"). */
export const ROLE_WORDS = new Set([
  ...(
    "secretary general secretary-general minister president prime chancellor foreign defence defense deputy " +
    "vice spokesman spokeswoman spokesperson ambassador commander chief head governor mayor senator " +
    "lieutenant colonel major captain sergeant director ceo pope king queen prince speaker envoy lord sir dame " +
    "representative high adviser advisor premier leader chairman chairwoman chair commissioner prosecutor " +
    "officer official interior affairs economy finance energy health press secretary's mr mrs ms dr gen lt col " +
    "maj capt sen rep gov prof chairperson administrator ombudsman analyst correspondent state first lady " +
    "agriculture infrastructure transport education culture environment trade industry labour social " +
    "sheriff judge coroner inspector superintendent constable marshal detective executive founder treasurer"
  ).split(" "),
  ...TRADE_WORDS,
]);

/**
 * Capitalised words that name bodies rather than places or nationalities: never part of a person's
 * name, and no place either. "administration" to "chamber" are bodies whose names run on into their
 * head's name: "Deputy Head of the Presidential Administration Vladimir Pertsov".
 */
const BODY_WORDS = new Set(
  (
    "council ministry forces army federation republic kingdom summit parliament commission bank times news " +
    "post press agency office house white kremlin staff institute department pentagon congress senate assembly " +
    "ministers government party reuters associated bbc cnn telegraph guardian ukrinform tass interfax fox journal " +
    "financial daily herald tribune company group corporation foundation centre center university court justice " +
    "administration representatives communications committee service services bureau directorate cabinet " +
    "secretariat command chamber national international security defense defence war world union nations day " +
    "the a an in on at of and for to by with from"
  ).split(" "),
);

/** Capitalised words that belong to places and organisations, never to a person's name: the bodies' words, and these. */
const NON_PERSON_WORDS = new Set([
  ...BODY_WORDS,
  ...(
    "ukraine ukrainian ukrainians russia russian russians kyiv kiev moscow europe european united states " +
    "north south east west black sea korea china chinese iran america american atlantic brussels washington " +
    "crimea donbas donetsk luhansk kharkiv kherson zaporizhzhia mariupol bakhmut avdiivka odesa odessa lviv " +
    "nato eu un us uk usa g7 g20 britain british france french germany german poland polish " +
    "city region oblast new york street nord stream israel israeli hamas gaza turkey " +
    "turkish india indian japan japanese belarus belarusian georgia moldova baltic lithuania latvia estonia " +
    "finland sweden norway denmark hungary slovakia romania bulgaria czech italy spain greece canada australia " +
    "africa asia middle global"
  ).split(" "),
  ...WEEKDAY_WORDS,
  ...MONTH_WORDS,
]);

/** A capitalised word that belongs to a place or a body, never to a person's name ("Interfax", "Kyiv"). */
export function isNonPersonWord(lower: string): boolean {
  return NON_PERSON_WORDS.has(lower);
}

/** A country, region, city or nationality ("ukraine", "french", "kyiv"). */
export function isPlaceWord(lower: string): boolean {
  return NON_PERSON_WORDS.has(lower) && !BODY_WORDS.has(lower) && !isCalendarWord(lower);
}

/**
 * One-word country names in English, as the platform's ICU data gives them ("serbia", "austria"):
 * every region code is asked once, at the first question, since asking costs some 35 ms that a
 * process reading no such name need not spend at start-up.
 */
let countryNames: ReadonlySet<string> | null = null;
function readCountryNames(): ReadonlySet<string> {
  const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const names = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const name = regions.of(String.fromCharCode(a, b));
      if (name !== undefined && /^\p{Lu}\p{Ll}+$/u.test(name)) names.add(name.toLowerCase());
    }
  }
  return names;
}

/** A country by its one-word English name ("serbia"): wider than `isPlaceWord`, for where a country is expected. */
export function isCountryName(lower: string): boolean {
  countryNames ??= readCountryNames();
  return countryNames.has(lower);
}

/** Titles that popes, monarchs and patriarchs go by with one name of their own ("Pope Francis", "King Charles"). */
const REGNAL_TITLES = new Set(["pope", "king", "queen", "prince", "princess", "patriarch", "emperor"]);

/** Lower-case particles inside a person's name ("Ursula von der Leyen", "Lula da Silva"). */
export const NAME_PARTICLES = new Set(["von", "der", "van", "de", "den", "al", "bin", "la", "le", "du", "da"]);

/** Function words and verbs that appear capitalised only in title-case headlines. */
const TITLE_CASE_STOPS = new Set(
  "with won't will is are was were to for in on at as after says said over against from by not can could would has have be been how why what when who says warns".split(" "),
);

/** Lower-case words that may join the parts of an organisation's name. */
const ORG_JOINERS = new Set(["of", "for", "the", "on", "and"]);

export interface NameMention {
  start: number;
  end: number;
  /** The title words before the name, lower-cased ("nato secretary general"). */
  title: string[];
  name: string;
  person: boolean;
}

/**
 * How many leading words of a capitalised phrase are title, office or place rather than the
 * person's name: "NATO Secretary General Jens Stoltenberg" → 4, "Mer Moscow Sergei Sobianin" → 2.
 */
export function titleLength(words: string[]): number {
  let split = 0;
  let inName = false;
  words.forEach((w, k) => {
    // "Ursula von der Leyen": particles after a word of the name go on with it.
    inName = NAME_PARTICLES.has(w) ? inName && k < words.length - 1 : !isTitleWord(w);
    if (!inName) split = k + 1;
  });
  return split;
}

/**
 * Whether a word of a capitalised phrase is title, office or place rather than name. Every
 * capitalised word of an article is asked, and the same words come back often: answers are kept.
 */
function isTitleWord(w: string): boolean {
  let title = titleWords.get(w);
  if (title === undefined) {
    const bare = w.replace(/[’']s$/, "").replace(/^(Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Sen|Rep|Gov)\.$/, "$1");
    const lower = bare.toLowerCase();
    const parts = lower.split(/[-‐]/);
    const lowerCase = bare[0] !== undefined && bare[0] === bare[0].toLowerCase();
    // An acronym ("NATO", "EU") is no name; a middle initial written without its stop ("Tore O Sandvik") is.
    const acronym = (bare.length > 1 || bare === "I") && bare === bare.toUpperCase();
    title = parts.some((p) => ROLE_WORDS.has(p)) || NON_PERSON_WORDS.has(lower) || acronym || bare !== w || lowerCase;
    if (titleWords.size < TITLE_WORDS_KEPT) titleWords.set(w, title);
  }
  return title;
}
const titleWords = new Map<string, boolean>();
/** Bounds the memory of kept answers, whatever text comes in. */
const TITLE_WORDS_KEPT = 50_000;

/** Words that tie a sentence to the one before it ("But", "However"): capitalised when they open it, never part of a name. */
export const CONNECTOR_WORDS = "and but or nor yet plus however meanwhile moreover furthermore additionally besides indeed thus therefore hence".split(" ");
/** Adverbs that open a sentence with a capital and are no part of the name after them ("Probably Vladimir Putin ..."). */
export const SENTENCE_ADVERBS = new Set("probably perhaps maybe apparently reportedly allegedly clearly surely certainly obviously presumably possibly evidently".split(" "));

/**
 * Capitalised words that open sentences ("As Lula da Silva noted"), and labels of press releases and
 * captions ("SOURCE X", "About X"), but never names.
 */
const NAME_STOP_WORDS = new Set([..."the a an as if when while since after before although though because in on at for from with by to this that today yesterday source contact photo update breaking exclusive watch about".split(" "), ...CONNECTOR_WORDS]);

/** Titles of an office one person holds, written between a body's name and the holder's ("Commission President Ursula von der Leyen"). */
const OFFICE_TITLES = new Set("president minister chancellor governor mayor spokesman spokeswoman spokesperson commissioner secretary director chairman chairwoman ambassador commander premier envoy".split(" "));

/**
 * "Cal Fire Battalion Chief Marisol Reyes": capitalised words of rank, a chief's or a judge's title and
 * the holder's name after a body's name; the rank is no part of the body's name.
 */
function opensTitledHolder(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 3 && isNameToken(tokens[k]); k++) {
    const holder = tokens[k + 1];
    if (HOLDER_TITLES.has(tokens[k]!.lower) && isNameToken(holder) && !ROLE_WORDS.has(holder!.lower) && !NON_PERSON_WORDS.has(holder!.lower)) return true;
  }
  return false;
}

/** Titles that rank words may precede ("Battalion Chief", "District Judge"). */
const HOLDER_TITLES = new Set(["chief", "sheriff", "judge", "inspector", "superintendent"]);

function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && isCapitalized(t);
}

export function roleKey(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    for (const part of w.toLowerCase().split(/[-‐]/)) {
      if (part === "the" || part === "'s" || part === "’s" || part === "") continue;
      if (ROLE_WORDS.has(part) && !["mr", "mrs", "ms", "dr", "sir", "dame", "lord"].includes(part)) out.push(part);
    }
  }
  return out;
}

/**
 * Collects capitalised sequences ("NATO Secretary General Jens Stoltenberg") split into the title
 * words and the name that follows them, so later references by surname or by role can be resolved.
 */
export function collectNames(text: string, tokens: Token[]): NameMention[] {
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    const seq: Token[] = [];
    const seqStart = i;
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t) break;
      // A name never runs on across a line break ("... Jens Stoltenberg\n\nSTOLTENBERG: ...").
      const sameLine = seq.length === 0 || !text.slice(tokens[j - 1]?.end ?? t.start, t.start).includes("\n");
      if (isNameToken(t) && sameLine && (seq.length === 0 || t.spaced || tokens[j - 1]?.text === "-")) {
        seq.push(t);
        j++;
      } else if (t.kind === "word" && NAME_PARTICLES.has(t.lower) && (isNameToken(tokens[j + 1]) || (NAME_PARTICLES.has(tokens[j + 1]?.lower ?? "") && isNameToken(tokens[j + 2]))) && seq.length > 0) {
        // "Ursula von der Leyen": one or two particles between the parts of a name.
        seq.push(t);
        j++;
      } else if (t.text === "-" && !t.spaced && isNameToken(tokens[j + 1]) && !tokens[j + 1]?.spaced && seq.length > 0) {
        // Hyphenated names and titles: "Secretary-General", "Cranny-Evans".
        const prev = seq.pop();
        const next = tokens[j + 1];
        if (prev && next) seq.push({ ...prev, end: next.end, text: text.slice(prev.start, next.end), lower: text.slice(prev.start, next.end).toLowerCase() });
        j += 2;
      } else {
        break;
      }
    }
    i = Math.max(j, i + 1);
    // A lone capital ends no name ("the Dnister R" of a map's labels); inside one it is an initial.
    while (seq.length > 1 && /^\p{Lu}$/u.test(seq[seq.length - 1]?.text ?? "")) seq.pop();
    // "But Biden said ...", "As Lula da Silva noted": the word opening the sentence is not the first of the name.
    while (seq.length > 1 && (NAME_STOP_WORDS.has(seq[0]?.lower ?? "") || SENTENCE_ADVERBS.has(seq[0]?.lower ?? ""))) seq.shift();
    let split = titleLength(seq.map((t) => t.text));
    // "Minister of Foreign Affairs of Serbia Ivica Dacic": the country the role is of opens no person's name.
    const ofCountry = split > 0 || tokens[seqStart - 1]?.lower === "of";
    while (ofCountry && seq.length - split > 2 && isCountryName(seq[split]?.lower ?? "")) split++;
    // "Pope Francis", "King Charles": one name after the title a pope or monarch goes by names the person with it.
    if (split > 0 && seq.length - split === 1 && REGNAL_TITLES.has(seq[split - 1]?.lower ?? "")) split--;
    const nameTokens = seq.slice(split);
    const first = nameTokens[0];
    const last = nameTokens[nameTokens.length - 1];
    if (!first || !last) continue;
    const name = text.slice(first.start, last.end);
    // "Luiz Inácio Lula da Silva": particles are not counted among a person's two to four names.
    const named = nameTokens.filter((t) => !NAME_PARTICLES.has(t.text)).length;
    const person = named >= 2 && named <= 4 && nameTokens.every((t) => !NON_PERSON_WORDS.has(t.lower) || REGNAL_TITLES.has(t.lower));
    mentions.push({
      start: first.start,
      end: last.end,
      title: seq.slice(0, split).map((t) => t.lower),
      name,
      person,
    });
  }
  return mentions;
}

/** The index of the first of `mentions` (in text order) that starts at or after `position`, found by halving. */
export function firstMentionFrom(mentions: readonly NameMention[], position: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastWord(name: string): string {
  const at = name.lastIndexOf(" ");
  return name.slice(at + 1).toLowerCase();
}

/** How many titled mentions on each side of a reference are compared, so lookups stay cheap. */
const ROLE_WINDOW = 50;

/** Lookups over an article's name mentions, built once so each lookup is cheap. */
export class NameIndex {
  /** Person names by lower-cased surname, longest first. */
  private readonly bySurname = new Map<string, string[]>();
  /** Titled person mentions by each role word of their title, in text order. */
  private readonly byRole = new Map<string, NameMention[]>();

  constructor(readonly mentions: NameMention[]) {
    for (const m of mentions) {
      if (!m.person) continue;
      const key = lastWord(m.name);
      const list = this.bySurname.get(key) ?? [];
      if (!list.includes(m.name)) {
        list.push(m.name);
        list.sort((a, b) => b.length - a.length);
      }
      this.bySurname.set(key, list);
      for (const role of new Set(roleKey(m.title))) {
        const titled = this.byRole.get(role) ?? [];
        titled.push(m);
        this.byRole.set(role, titled);
      }
    }
  }

  /** The fullest person name in the article that ends with the given surname or partial name. */
  fullest(partial: string): string | null {
    const lower = partial.toLowerCase();
    for (const name of this.bySurname.get(lastWord(lower)) ?? []) {
      if (name.toLowerCase().includes(lower)) return name;
    }
    return null;
  }

  /** A person whose title contains all the role words: the latest before `before`, else the next after. */
  byTitle(role: string[], before: number): string | null {
    const first = role[0];
    if (first === undefined) return null;
    const list = this.byRole.get(first) ?? [];
    const lo = firstMentionFrom(list, before);
    const fits = (m: NameMention): boolean => {
      const title = new Set(roleKey(m.title));
      return role.every((r) => title.has(r));
    };
    for (let i = lo - 1; i >= Math.max(0, lo - ROLE_WINDOW); i--) {
      const m = list[i];
      if (m && fits(m)) return this.fullest(m.name) ?? m.name;
    }
    for (let i = lo; i < Math.min(list.length, lo + ROLE_WINDOW); i++) {
      const m = list[i];
      if (m && fits(m)) return this.fullest(m.name) ?? m.name;
    }
    return null;
  }
}

/**
 * The fullest form of an organisation's name used in the article: "Treasury" → "U.S. Treasury",
 * "Ministry" → "Ministry of Foreign Affairs of Ukraine". Looks only at the phrase's own
 * occurrences, extending them over capitalised words and joiners.
 */
export function fullestOrganisation(text: string, tokens: Token[], occurrences: number[], np: string): string {
  const npLower = np.toLowerCase();
  let best = np;
  for (const at of occurrences) {
    let from = at;
    while (from > 0 && from > at - 6) {
      const prev = tokens[from - 1];
      if (!prev) break;
      const isDot = prev.text === "." && !prev.spaced && tokens[from - 2]?.kind === "word" && (tokens[from - 2]?.text.length ?? 0) === 1;
      if (isNameToken(prev) && !NAME_STOP_WORDS.has(prev.lower)) from--;
      else if (isDot && tokens[from - 2] && isNameToken(tokens[from - 2])) from -= 2;
      else break;
    }
    let to = at + 1;
    while (to < tokens.length && to < at + 8) {
      const next = tokens[to];
      if (!next) break;
      // "European Commission President Ursula von der Leyen": a title and its holder after the body's name are no part of it.
      if (OFFICE_TITLES.has(next.lower) && isNameToken(tokens[to + 1])) break;
      if (opensTitledHolder(tokens, to)) break;
      if (isNameToken(next) && next.spaced) to++;
      else if (ORG_JOINERS.has(next.lower) && next.lower !== "and" && isNameToken(tokens[to + 1]) && !isCalendarWord(tokens[to + 1]?.lower ?? "")) to += 2;
      // "General Staff of the Armed Forces", and a body's seat: "Monitoring Mission in Ukraine".
      else if (["of", "for"].includes(next.lower) && tokens[to + 1]?.lower === "the" && isNameToken(tokens[to + 2])) to += 3;
      else if (next.lower === "in" && isPlaceWord(tokens[to + 1]?.lower ?? "") && isNameToken(tokens[to + 1])) to += 2;
      else break;
    }
    while (to > at + 1 && ORG_JOINERS.has(tokens[to - 1]?.lower ?? "")) to--;
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) continue;
    const phrase = text.slice(first.start, last.end);
    // A title-case headline ("Ukraine Won't Trigger War With Russia") or a line break is no name.
    if (/[\n\r]/.test(phrase) || tokens.slice(from + 1, to).some((t) => TITLE_CASE_STOPS.has(t.lower) && isNameToken(t))) continue;
    // "HopeBridge International Delivers 1,200 Tonnes": capitals going on after a number are a headline's.
    if (tokens[to]?.kind === "num" && isNameToken(tokens[to + 1])) continue;
    if (phrase.toLowerCase().includes(npLower) && phrase.length > best.length && phrase.length < 80) best = phrase;
  }
  return best;
}
