export interface ScaleRating {
  key: string;
  label: string;
  value: number;
}

/**
 * Warns when the sources all point one way and the rating the other: every source (context aside)
 * supports the claim but the rating is in the false third of the scale, or every source refutes it
 * and the rating is in the true third. Ratings valued 0 or less (Unverifiable) are not on the scale.
 */
export function stanceWarning(stances: readonly string[], rating: ScaleRating, scale: readonly ScaleRating[]): string | null {
  const values = scale.map((entry) => entry.value).filter((value) => value > 0);
  if (rating.value <= 0 || values.length < 2) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const third = (high - low) / 3;
  const taking = stances.filter((stance) => stance !== "context");
  if (taking.length === 0) return null;
  const every = (stance: string) => taking.every((taken) => taken === stance);
  const all = taking.length === 1 ? "The only source" : `All ${taking.length} sources`;
  if (every("supports") && rating.value <= low + third) return `${all} ${taking.length === 1 ? "supports" : "support"} the claim, but the rating is “${rating.label}”`;
  if (every("refutes") && rating.value >= high - third) return `${all} ${taking.length === 1 ? "refutes" : "refute"} the claim, but the rating is “${rating.label}”`;
  return null;
}
