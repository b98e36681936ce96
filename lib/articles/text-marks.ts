import { segmentText, type Span } from "./segments";

export interface MarkedClaim {
  id: string;
  type: string;
  status: string;
}

/**
 * The article text's highlights in the compact form the page sends to the browser: where each piece
 * of text starts and which claim (index into `ids`, or -1) highlights it, and each claim's look as an
 * index into a short table of class names. At 500 claims the text is sent once as plain text and
 * these numbers, instead of one element with attributes per piece twice over (the HTML and React's
 * payload).
 */
export interface TextMarks {
  /** [start, claim index] per piece, flattened; each piece ends where the next starts. */
  pieces: number[];
  ids: string[];
  /** Per claim, an index into `looks`. */
  look: number[];
  /** Class names, e.g. "type-casualties" or "type-aid dismissed". */
  looks: string[];
}

export function textMarks(length: number, claims: readonly (Span & MarkedClaim)[], from = 0): TextMarks {
  const index = new Map(claims.map((claim, position) => [claim.id, position]));
  const pieces: number[] = [];
  for (const segment of segmentText(length, claims, from)) {
    const innermost = segment.spanIds.at(-1);
    pieces.push(segment.start, innermost === undefined ? -1 : index.get(innermost)!);
  }
  const looks: string[] = [];
  const look = claims.map((claim) => {
    const name = `type-${claim.type}${claim.status === "dismissed" ? " dismissed" : ""}`;
    const at = looks.indexOf(name);
    return at >= 0 ? at : looks.push(name) - 1;
  });
  return { pieces, ids: claims.map((claim) => claim.id), look, looks };
}

/** The pieces back as ranges: [start, end, claim index]. */
export function pieceRanges(marks: TextMarks, length: number): [number, number, number][] {
  const ranges: [number, number, number][] = [];
  for (let at = 0; at < marks.pieces.length; at += 2) {
    const end = at + 2 < marks.pieces.length ? marks.pieces[at + 2]! : length;
    ranges.push([marks.pieces[at]!, end, marks.pieces[at + 1]!]);
  }
  return ranges;
}
