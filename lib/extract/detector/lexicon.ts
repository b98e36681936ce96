/**
 * The engine's cue lists (cues.ts) as word lexicons, so the detector matches them with one lookup a
 * word instead of one regular-expression scan a cue. The phrases are read from the patterns
 * themselves, so a word added to cues.ts reaches the detector (after `npm run train:claims`).
 * Only the finite part of a pattern is taken: literals, one-character classes ("mobili[sz]ed"),
 * optional characters and groups ("plans? to", "vow(ed|s)? to"); an alternative with an open-ended
 * part ("accus(e|ed) [a-z ]{1,40}? of") is left to the word n-grams.
 */

const MAX_EXPANSIONS = 4096;

class Unsupported extends Error {}

/** Every string a finite regular-expression fragment matches. */
function expand(source: string): string[] {
  let i = 0;
  function alternation(): string[] {
    const out: string[] = [];
    for (;;) {
      const start = i;
      try {
        out.push(...sequence());
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
        // Skip to the next alternative at this level.
        i = start;
        let depth = 0;
        while (i < source.length) {
          const c = source[i];
          if (c === "\\") i++;
          else if (c === "(") depth++;
          else if (c === ")") {
            if (depth === 0) break;
            depth--;
          } else if (c === "|" && depth === 0) break;
          i++;
        }
      }
      if (source[i] !== "|") return out;
      i++;
    }
  }
  function sequence(): string[] {
    let out = [""];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      let atom: string[];
      const c = source[i] ?? "";
      if (c === "(") {
        i++;
        if (source[i] === "?") {
          if (source[i + 1] !== ":") throw new Unsupported();
          i += 2;
        }
        atom = alternation();
        if (source[i] !== ")") throw new Unsupported();
        i++;
      } else if (c === "[") {
        const close = source.indexOf("]", i);
        const chars = source.slice(i + 1, close);
        if (close < 0 || chars.includes("-") || chars.includes("\\") || chars.startsWith("^")) throw new Unsupported();
        atom = [...chars];
        i = close + 1;
      } else if (c === "\\") {
        if (source[i + 1] !== "b") throw new Unsupported();
        atom = [""];
        i += 2;
      } else if (c === "^" || c === "$") {
        atom = [""];
        i++;
      } else if (/[a-z0-9 '’-]/.test(c)) {
        atom = [c];
        i++;
      } else {
        throw new Unsupported();
      }
      if (source[i] === "?") {
        atom = [...atom, ""];
        i++;
      } else if (source[i] === "*" || source[i] === "+" || source[i] === "{") {
        throw new Unsupported();
      }
      const next: string[] = [];
      for (const a of out) for (const b of atom) next.push(a + b);
      if (next.length > MAX_EXPANSIONS) throw new Unsupported();
      out = next;
    }
    return out;
  }
  const result = alternation();
  return i === source.length ? result : [];
}

/** The phrases of a cue pattern, each as its words. */
export function phrasesOf(re: RegExp): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const phrase of expand(re.source)) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    const key = words.join(" ");
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(words);
  }
  return out;
}

interface Entry {
  rest: string[];
  cue: number;
}

/** Phrases from several cue lists, looked up by their first word. */
export class Lexicon {
  private readonly byFirst = new Map<string, Entry[]>();

  add(cue: number, phrases: readonly string[][]): this {
    for (const words of phrases) {
      const [first, ...rest] = words;
      if (first === undefined) continue;
      let list = this.byFirst.get(first);
      if (!list) {
        list = [];
        this.byFirst.set(first, list);
      }
      list.push({ rest, cue });
    }
    return this;
  }

  /** The cues (bit flags) of the phrases that start at word i. */
  at(words: readonly string[], i: number): number {
    const list = this.byFirst.get(words[i] ?? "");
    if (!list) return 0;
    let cues = 0;
    for (const { rest, cue } of list) {
      let k = 0;
      while (k < rest.length && words[i + 1 + k] === rest[k]) k++;
      if (k === rest.length) cues |= cue;
    }
    return cues;
  }
}
