/** The figure fields grouping and timelines read, in the claim's order. */
export const figureSelect = {
  orderBy: { position: "asc" as const },
  select: { value: true, unit: true, low: true, high: true, qualifier: true, text: true, kind: true, period: true, refDate: true },
};
