export interface FigureFields {
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  low?: number | null;
  high?: number | null;
}

/** One figure per line, `text | value | unit | qualifier`, so figures can be edited in a plain textarea. */
export function formatFigureLines(figures: readonly FigureFields[]): string {
  return figures.map((figure) => [figure.text, figure.value ?? "", figure.unit ?? "", figure.qualifier ?? ""].join(" | ")).join("\n");
}

/**
 * Reads the textarea format back. Unparseable values are passed through as strings so the schema
 * reports them against the figure's line.
 */
export function parseFigureLines(input: string): unknown[] {
  return input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [text = "", value = "", unit = "", qualifier = ""] = line.split("|").map((part) => part.trim());
      const number = value === "" ? null : Number(value.replace(/,/g, ""));
      return {
        text,
        value: number === null || Number.isFinite(number) ? number : value,
        unit: unit || null,
        qualifier: qualifier || null,
      };
    });
}
