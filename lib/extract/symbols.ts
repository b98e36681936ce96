/** Emoji, flags and their joiners: decoration that is never part of a claim. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/u;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/gu;

const FIRST_PICTOGRAPH = 0xa9;

/** UTF-16 length of the emoji character at `i`, or 0 when there is none. */
export function pictographLength(text: string, i: number): number {
  const code = text.codePointAt(i);
  if (code === undefined) return 0;
  // Nothing below "©" is a pictograph: most characters are answered without building a string.
  if (code < FIRST_PICTOGRAPH) return 0;
  const ch = String.fromCodePoint(code);
  return PICTOGRAPH.test(ch) ? ch.length : 0;
}

/** `s` from its first character that is neither an emoji nor a space ("📍 Dnipro: ..." → "Dnipro: ..."). */
export function withoutLeadingPictographs(s: string): string {
  let i = 0;
  while (i < s.length && (/\s/.test(s[i] ?? "") || pictographLength(s, i) > 0)) i += Math.max(1, pictographLength(s, i));
  return s.slice(i);
}

export function withoutPictographs(s: string): string {
  return s.replace(PICTOGRAPHS, "");
}

/**
 * `s` without the emoji and hashtags that close a post ("... killing 12 people. 😢 #Kharkiv"),
 * so that its last character shows whether it ends as a sentence. Scans backwards word by word.
 */
export function withoutTrailingDecoration(s: string): string {
  const trimmed = s.trimEnd();
  // Most lines end in a letter or punctuation below the symbol blocks and with no hashtag.
  if (trimmed.charCodeAt(trimmed.length - 1) < 0x2000 && trimmed[trimmed.lastIndexOf(" ") + 1] !== "#") return trimmed;
  let end = trimmed.length;
  for (;;) {
    const space = Math.max(s.lastIndexOf(" ", end - 1), s.lastIndexOf("\n", end - 1), s.lastIndexOf("\t", end - 1));
    const word = s.slice(space + 1, end);
    if (word === "") return s.slice(0, end);
    let k = word.length;
    while (k > 0) {
      const lead = word.charCodeAt(k - 1) >= 0xdc00 && word.charCodeAt(k - 1) <= 0xdfff && k >= 2 ? 2 : 1;
      if (pictographLength(word, k - lead) === 0) break;
      k -= lead;
    }
    if (k === 0 || word.startsWith("#")) {
      end = s.slice(0, space + 1).trimEnd().length;
      continue;
    }
    return s.slice(0, space + 1 + k);
  }
}
