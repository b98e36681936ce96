export interface FigureLike {
  value: number | null;
  unit: string | null;
  qualifier?: string | null;
  low?: number | null;
  high?: number | null;
  /** The figure as written, to find it in its claim's text. */
  text?: string | null;
  /** level, change or multiple; only levels go on a timeline. */
  kind?: string | null;
  period?: string | null;
  refDate?: string | null;
}

const UNIT_ALIASES: Record<string, string> = {
  soldier: "troops",
  soldiers: "troops",
  troop: "troops",
  personnel: "troops",
  servicemen: "troops",
  fighters: "troops",
  person: "people",
  persons: "people",
  individuals: "people",
  lives: "people",
  residents: "people",
  ton: "tonnes",
  tons: "tonnes",
  tonne: "tonnes",
  civilian: "civilians",
  child: "children",
  year: "years",
  month: "months",
  day: "days",
};

export function normalizeUnit(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const lower = unit.toLowerCase();
  return UNIT_ALIASES[lower] ?? (/^[A-Z]{3}$/.test(unit) ? unit : lower);
}

/** Relative difference two reports of one figure may have and still be the same figure (rounding). */
export const FIGURE_TOLERANCE = 0.02;

function bounds(figure: FigureLike): [number, number] | null {
  if (figure.value !== null && figure.value !== undefined) return [figure.value, figure.value];
  if (figure.low != null || figure.high != null) return [figure.low ?? figure.high!, figure.high ?? figure.low!];
  return null;
}

/** Same unit and the same value within tolerance, or overlapping ranges. */
export function figuresAgree(a: FigureLike, b: FigureLike, tolerance = FIGURE_TOLERANCE): boolean {
  if (normalizeUnit(a.unit) !== normalizeUnit(b.unit)) return false;
  const ra = bounds(a);
  const rb = bounds(b);
  if (!ra || !rb) return false;
  const slack = tolerance * Math.max(Math.abs(ra[1]), Math.abs(rb[1]));
  return ra[0] <= rb[1] + slack && rb[0] <= ra[1] + slack;
}

export interface FigureComparison {
  /** Figures of the shorter list that the other claim states too. */
  shared: number;
  /** Figures with a value on either side; 0 means the comparison says nothing. */
  comparable: number;
  /** Both claims give a figure in the same unit and none of them agree: the same statement with a different number. */
  conflict: boolean;
}

export function compareFigures(a: readonly FigureLike[], b: readonly FigureLike[]): FigureComparison {
  const valuedA = a.filter((figure) => bounds(figure) !== null);
  const valuedB = b.filter((figure) => bounds(figure) !== null);
  const shared = valuedA.filter((figure) => valuedB.some((other) => figuresAgree(figure, other))).length;
  const unitsA = new Set(valuedA.map((figure) => normalizeUnit(figure.unit)));
  let conflict = false;
  for (const unit of unitsA) {
    const ofA = valuedA.filter((figure) => normalizeUnit(figure.unit) === unit);
    const ofB = valuedB.filter((figure) => normalizeUnit(figure.unit) === unit);
    if (ofB.length > 0 && !ofA.some((figure) => ofB.some((other) => figuresAgree(figure, other)))) conflict = true;
  }
  return { shared: Math.min(shared, valuedB.length), comparable: Math.max(valuedA.length, valuedB.length), conflict };
}

/** The number a figure puts on a timeline: its value, or the middle of its range. */
export function figureValue(figure: FigureLike): number | null {
  if (figure.value != null) return figure.value;
  if (figure.low != null && figure.high != null) return (figure.low + figure.high) / 2;
  return null;
}
