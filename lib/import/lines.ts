import type { ByteSource } from "./types";

export interface Line {
  /** 1-based. */
  number: number;
  text: string;
  /** False when the bytes of the line are not valid UTF-8 (the text then holds U+FFFD in their place). */
  valid: boolean;
  /** True when the line was longer than the cap and its text was dropped. */
  tooLong: boolean;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");
const NEWLINE = 0x0a;

function decodeLine(bytes: Uint8Array, number: number): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  const body = bytes.subarray(number === 1 && hasBom(bytes) ? 3 : 0, end);
  try {
    return { number, text: strict.decode(body), valid: true, tooLong: false };
  } catch {
    return { number, text: lenient.decode(body), valid: false, tooLong: false };
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Splits a byte stream into lines without holding more than one line (capped at maxLineBytes),
 * checking each line's UTF-8 on its own so one bad line does not spoil the file.
 */
export async function* readLines(source: ByteSource, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let number = 1;
  const finish = (): Line => {
    const line = overflow ? { number, text: "", valid: true, tooLong: true } : decodeLine(Buffer.concat(pending), number);
    pending = [];
    pendingBytes = 0;
    overflow = false;
    number++;
    return line;
  };
  const keep = (piece: Uint8Array) => {
    if (overflow) return;
    pendingBytes += piece.length;
    if (pendingBytes > maxLineBytes) {
      overflow = true;
      pending = [];
    } else pending.push(piece);
  };
  for await (const chunk of source) {
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
      keep(chunk.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    // Copy: the caller may reuse the chunk's buffer.
    if (from < chunk.length) keep(Uint8Array.prototype.slice.call(chunk, from));
  }
  if (pendingBytes > 0 || overflow) yield finish();
}

/** Reads a whole (single-article) file, refusing it past maxBytes and reporting the first line that is not UTF-8. */
export async function readWhole(
  source: ByteSource,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; line: number | null; reason: "too_large" | "encoding" }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) return { ok: false, line: null, reason: "too_large" };
    chunks.push(Uint8Array.prototype.slice.call(chunk));
  }
  const bytes = Buffer.concat(chunks);
  try {
    return { ok: true, text: strict.decode(hasBom(bytes) ? bytes.subarray(3) : bytes) };
  } catch {
    for await (const line of readLines(once(bytes), Number.MAX_SAFE_INTEGER)) {
      if (!line.valid) return { ok: false, line: line.number, reason: "encoding" };
    }
    return { ok: false, line: null, reason: "encoding" };
  }
}

export const ENCODING_REASON = "not valid UTF-8 text";

async function* once(bytes: Uint8Array): ByteSource {
  yield bytes;
}
