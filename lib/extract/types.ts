export const CLAIM_TYPES = [
  "casualties",
  "territory",
  "military",
  "aid",
  "economic",
  "humanitarian",
  "event",
  "other",
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const QUALIFIERS = [
  "more_than",
  "at_least",
  "about",
  "nearly",
  "up_to",
  "less_than",
  "range",
  "exact",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface ExtractedFigure {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  low: number | null;
  high: number | null;
}

export interface ExtractedClaim {
  start: number;
  end: number;
  text: string;
  statement: string;
  type: ClaimType;
  score: number;
  speaker: string | null;
  figures: ExtractedFigure[];
}

export interface Span {
  start: number;
  end: number;
}
