/**
 * A hand-written scanner rather than a regular expression so that every input, however
 * adversarial (long digit runs, long comma runs), is tokenised in one linear pass.
 */
export type TokenKind = "word" | "num" | "punct";

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  // Lone surrogates are not letters; LETTER would only ever see half a pair otherwise.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(text[i] ?? "");
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x200b || code === 12 || code === 11;
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === "’";
}

/** What opens a web address: "https://", "http://", "www.". */
export const WEB_ADDRESS_OPENING = String.raw`(?:https?:\/\/|www\.)`;
const WEB_ADDRESS = new RegExp(String.raw`${WEB_ADDRESS_OPENING}\S+`, "y");

/** Length of the web address ("https://…", "www.…") starting at `i`, up to white space; 0 if none. */
function webAddressLength(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  // Only "h" and "w" can open one: every other token start is answered without the expression.
  if (code !== 104 && code !== 119) return 0;
  WEB_ADDRESS.lastIndex = i;
  const match = WEB_ADDRESS.exec(text);
  if (!match) return 0;
  let length = Math.min(match[0].length, to - i);
  // The sentence's own closing marks are not part of the address.
  while (length > 0 && /[.,;:!?)\]”"’']/.test(text[i + length - 1] ?? "")) length--;
  return length;
}

/**
 * Whether lower-casing could change text[from, to). Most tokens are lower-case ASCII: they are their
 * own lower case, and skipping toLowerCase for them saves a call into the runtime per token.
 */
function hasUpperOrNonAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code >= 128) return true;
  }
  return false;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let spaced = true;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    const address = webAddressLength(text, i, to);
    if (address > 0) {
      // A web address is one token of no words and no numbers: "…-1234567890" in it counts nothing.
      kind = "punct";
      i += address;
    } else if (isDigit(code)) {
      kind = "num";
      i++;
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      // Thousands groups: a comma followed by exactly three digits.
      while (
        i + 3 < to &&
        text[i] === "," &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        !(i + 4 < to && isDigit(text.charCodeAt(i + 4)))
      ) {
        i += 4;
      }
      if (i + 1 < to && text[i] === "." && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      }
    } else if (isLetterAt(text, i)) {
      kind = "word";
      i++;
      for (;;) {
        while (i < to && isLetterAt(text, i)) i++;
        if (i + 1 < to && isApostrophe(text[i]) && isLetterAt(text, i + 1)) {
          i++;
          continue;
        }
        break;
      }
    } else {
      kind = "punct";
      i++;
      // Keep surrogate pairs whole so that token text is always valid.
      if (code >= 0xd800 && code <= 0xdbff && i < to) {
        const next = text.charCodeAt(i);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    const tokenText = text.slice(start, i);
    tokens.push({ start, end: i, text: tokenText, lower: hasUpperOrNonAscii(text, start, i) ? tokenText.toLowerCase() : tokenText, kind, spaced });
    spaced = false;
  }
  return tokens;
}

export function isCapitalized(token: Token | undefined): boolean {
  if (!token || token.kind !== "word") return false;
  // Most words start with an ASCII letter: answered without case-mapping a string.
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = token.text[0] ?? "";
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
