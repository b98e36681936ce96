import { ROLE_WORDS } from "./names";
import { type Token, isCapitalized } from "./tokens";

/** Verbs that report speech. "announced" is left out: it usually reports an event, not words. */
const SAY_VERBS = new Set(
  (
    "said says say told tells stated states claimed claims added adds noted notes stressed stresses emphasized " +
    "emphasised emphasizes emphasises warned warns explained explains insisted insists confirmed confirms " +
    "wrote writes tweeted tweets declared declares argued argues acknowledged admitted alleged alleges asserted " +
    "asserts assured underlined underscored reiterated recalled mentioned observed commented informed posted " +
    "specified clarified indicated reported reports estimated estimates"
  ).split(" "),
);

/** Verbs that report speech only with "that", a quote or a colon, or after the content ("claimed 14,000 lives"). */
const MARKED_ONLY = new Set(["claimed", "claims", "reported", "reports", "estimated", "estimates", "noted", "notes", "confirmed", "confirms", "recalled", "indicated", "posted", "informed", "specified", "observed", "mentioned", "added", "adds"]);

/** Verbs that take a clause only after an object ("told reporters that"). */
const OBJECT_VERBS = new Set(["told", "tells", "informed", "assured", "warned"]);

const SKIP_BEFORE_VERB = new Set(
  "has have had was is also further later earlier previously then reportedly already once again had has recently repeatedly publicly".split(" "),
);

/** Words that open an adverbial between a speech verb and its content ("said on Monday that"). */
const ADVERBIAL_OPENERS = new Set(
  "in at on during after before while when via through from to yesterday today earlier later last this late early".split(" "),
);

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

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
    "media outlet newspaper agency's kremlin pentagon white house press" 
  ).split(" "),
);

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
}

/** Capitalised at the start of a sentence, but never part of a speaker's name. */
const FUNCTION_WORDS = new Set(
  (
    "as but and if when while since after before although though because so yet then meanwhile however also in " +
    "on at for from with by to of this that these those there here now today yesterday earlier later many some " +
    "most all both several other others another such what which who whom whose where why how"
  ).split(" "),
);

function isNpToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === "word") {
    if (FUNCTION_WORDS.has(t.lower) && t.lower !== "of") return false;
    return isCapitalized(t) || NP_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower);
  }
  return t.text === "-" || t.text === "’" || t.text === "'";
}

/** Walks back from `k` (inclusive) over a speaker phrase; returns its first token index. */
function npBackward(tokens: Token[], k: number, floor: number): number {
  let i = k;
  while (i >= floor && k - i < 10 && isNpToken(tokens[i])) {
    const t = tokens[i];
    if (t && (t.lower === "of" || t.text === "-" || t.text === "’" || t.text === "'") && i === k) break;
    i--;
  }
  let first = i + 1;
  // A phrase cannot start with "of" or a hyphen.
  while (first <= k && (tokens[first]?.lower === "of" || tokens[first]?.kind === "punct")) first++;
  return first;
}

function npForward(tokens: Token[], k: number, ceil: number): number {
  let i = k;
  while (i < ceil && i - k < 10 && isNpToken(tokens[i])) i++;
  while (i > k && (tokens[i - 1]?.lower === "of" || tokens[i - 1]?.lower === "the" || tokens[i - 1]?.kind === "punct")) i--;
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

/**
 * Finds who a sentence reports as saying something, and which part of the sentence is the
 * reported content. `tokens` are the sentence's tokens; `inQuote` marks those inside quotation
 * marks, which never carry the attribution.
 */
export function findAttribution(text: string, tokens: Token[], inQuote: boolean[], start: number, end: number): Attribution | null {
  const n = tokens.length;
  const out = (i: number): boolean => inQuote[i] === true;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t || out(i) || t.kind !== "word") continue;

    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      const npTo = npForward(tokens, i + 2, n);
      if (npTo <= i + 2) continue;
      const leading = i === 0 || (i === 1 && tokens[0]?.lower === "as");
      if (leading) {
        const comma = tokens[npTo]?.text === "," ? npTo + 1 : npTo;
        return build(text, tokens, i + 2, npTo, tokens[comma]?.start ?? end, end, { frame: true });
      }
      const cut = tokens[i - 1]?.text === "," ? tokens[i - 1]?.start ?? t.start : t.start;
      return build(text, tokens, i + 2, npTo, start, cut, { frame: true });
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
    if (!SAY_VERBS.has(t.lower) || t.text !== t.lower) continue;
    const prevTok = tokens[i - 1];
    // Inverted order after the content: "..., said Stoltenberg." / "…” said the minister."
    if (prevTok && (prevTok.text === "," || prevTok.text === "”" || prevTok.text === '"') && i > 1) {
      const npTo = npForward(tokens, i + 1, n);
      if (npTo > i + 1) {
        const cut = prevTok.text === "," ? prevTok.start : tokens[i - 2]?.text === "," ? tokens[i - 2]?.start ?? prevTok.start : prevTok.start;
        return build(text, tokens, i + 1, npTo, start, cut);
      }
    }
    let v = i - 1;
    while (v >= 0 && SKIP_BEFORE_VERB.has(tokens[v]?.lower ?? "")) v--;
    let npFrom: number;
    let npTo = v + 1;
    const before = tokens[v];
    if (before && PRONOUNS.has(before.lower) && before.kind === "word") {
      npFrom = v;
    } else if (before?.text === "," && v > 0) {
      // "Kuleba, the foreign minister, said": prefer the name before the appositive.
      let c = v - 1;
      while (c >= 0 && v - c < 12 && tokens[c]?.text !== ",") c--;
      const nameTo = c;
      const nameFrom = c > 0 ? npBackward(tokens, c - 1, 0) : c;
      if (c > 0 && nameFrom < nameTo) {
        npFrom = nameFrom;
        npTo = nameTo;
      } else {
        npFrom = npBackward(tokens, v - 1, 0);
        npTo = v;
      }
    } else if (before?.lower === "and") {
      // "X accused Y of ... and said": the speaker is the sentence's subject.
      npFrom = 0;
      npTo = npForward(tokens, 0, v);
    } else {
      npFrom = npBackward(tokens, v, 0);
    }
    if (npTo <= npFrom) continue;
    if (tokens.slice(npFrom, npTo).some((_, k) => out(npFrom + k))) continue;
    // "it was estimated that", "it is reported that": no one in particular is speaking.
    const impersonal = tokens[npFrom]?.lower === "it" && ["was", "is", "been"].includes(tokens[i - 1]?.lower ?? "");

    const afterVerb = tokens[i + 1];
    if (afterVerb && (afterVerb.lower === "this" || afterVerb.lower === "so") && (tokens[i + 2] === undefined || tokens[i + 2]?.kind === "punct" || ["in", "at", "on", "during", "to", "after", "when", "while", "on"].includes(tokens[i + 2]?.lower ?? ""))) {
      return build(text, tokens, npFrom, npTo, end, end, { refersBack: true });
    }
    // Trailing attribution: "..., he said." / "…,” Zelenskiy said on Monday." Not when a clause
    // follows the verb: "Before the war, it was estimated that Moscow assembled ...".
    const beforeNp = tokens[npFrom - 1];
    const clauseFollows = tokens.slice(i + 1, i + 8).some((tk, k) => tk.lower === "that" && !out(i + 1 + k)) || n - i > 12;
    if (npFrom > 0 && beforeNp && !clauseFollows && (beforeNp.text === "," || beforeNp.text === "”" || beforeNp.text === '"' || out(npFrom - 1))) {
      let cut = beforeNp.start;
      if (beforeNp.text !== "," && tokens[npFrom - 2]?.text === ",") cut = tokens[npFrom - 2]?.start ?? cut;
      return build(text, tokens, npFrom, npTo, start, cut);
    }
    // Leading attribution: "X said (on Monday) (that) ..." / "X told reporters that ...". Only an
    // adverbial or an object may stand between the verb and "that" or the comma, else the "that"
    // or comma belongs to the content ("said Russia had lost 300,000 people, hundreds of ...").
    let c = i + 1;
    const adverbial = ADVERBIAL_OPENERS.has(tokens[i + 1]?.lower ?? "");
    const marked = ["that", ",", ":", "“", '"'].includes(tokens[i + 1]?.lower ?? "") || (adverbial && tokens.slice(i + 1, i + 8).some((tk) => tk.lower === "that"));
    if (MARKED_ONLY.has(t.lower) && !marked) continue;
    for (let k = i + 1; k < n && k - i <= 12; k++) {
      const tk = tokens[k];
      if (!tk) break;
      const direct = k === i + 1;
      if (tk.lower === "that" && !out(k) && (direct || adverbial || (OBJECT_VERBS.has(t.lower) && k - i <= 6))) {
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
    const attribution = build(text, tokens, npFrom, npTo, tokens[c]?.start ?? end, end);
    return attribution && impersonal ? { ...attribution, np: "", pronoun: false } : attribution;
  }
  return null;
}
