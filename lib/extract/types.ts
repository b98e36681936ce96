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

/** A level ("419.2 billion"), a change of a level ("increased by 43.6 billion") or a multiple ("tripled"). */
export const FIGURE_KINDS = ["level", "change", "multiple"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const DIRECTIONS = ["up", "down"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What a figure counts over: one day, week, month or year, or everything since a start (a running total). */
export const PERIODS = ["day", "week", "month", "year", "cumulative"] as const;
export type Period = (typeof PERIODS)[number];

export interface ExtractedFigure {
  start: number;
  end: number;
  text: string;
  /** Scale applied ("$2.5bn" is 2500000000); null for vague magnitudes and ranges. */
  value: number | null;
  /** Normalised: ISO 4217 codes, counted nouns as lower-case plurals, "percent", "percentage_points", "share", "times", "tonnes", "km2"... */
  unit: string | null;
  qualifier: Qualifier | null;
  low: number | null;
  high: number | null;
  kind: FigureKind;
  direction: Direction | null;
  period: Period | null;
  /** The date the figure refers to when the text gives one: "2023", "2023-02" or "2023-02-24". */
  refDate: string | null;
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
