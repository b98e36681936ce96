export interface FigureFields {
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  low?: number | null;
  high?: number | null;
}

/** A figure as the edit form's row of inputs holds it: all text, as typed. */
export interface FigureRow {
  text: string;
  value: string;
  unit: string;
  qualifier: string;
}

export const FIGURE_ROW_FIELDS = { text: "figureText", value: "figureValue", unit: "figureUnit", qualifier: "figureQualifier" } as const;

export function figureRow(figure: FigureFields): FigureRow {
  return { text: figure.text, value: figure.value === null ? "" : String(figure.value), unit: figure.unit ?? "", qualifier: figure.qualifier ?? "" };
}

/** A typed number, "1,200" included; anything else is passed on as typed so the schema names the row. */
function typedNumber(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const number = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(number) ? number : trimmed;
}

/** Rows of the figures form as the claim schema's figures; rows left entirely empty are dropped. */
export function figuresFromRows(rows: readonly FigureRow[]): unknown[] {
  return rows
    .filter((row) => [row.text, row.value, row.unit, row.qualifier].some((field) => field.trim() !== ""))
    .map((row) => ({ text: row.text.trim(), value: typedNumber(row.value), unit: row.unit.trim() || null, qualifier: row.qualifier || null }));
}

/** The rows a submitted figures form holds, in order: each input name repeats once per row. */
export function readFigureRows(form: FormData): FigureRow[] {
  const column = (name: string) => form.getAll(name).map(String);
  const texts = column(FIGURE_ROW_FIELDS.text);
  const values = column(FIGURE_ROW_FIELDS.value);
  const units = column(FIGURE_ROW_FIELDS.unit);
  const qualifiers = column(FIGURE_ROW_FIELDS.qualifier);
  return texts.map((text, index) => ({ text, value: values[index] ?? "", unit: units[index] ?? "", qualifier: qualifiers[index] ?? "" }));
}

/**
 * Reads the API's plain-text format back: one figure per line, `text | value | unit | qualifier`.
 * Unparseable values are passed through as strings so the schema reports them against the figure's line.
 */
export function parseFigureLines(input: string): unknown[] {
  return input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [text = "", value = "", unit = "", qualifier = ""] = line.split("|").map((part) => part.trim());
      return { text, value: typedNumber(value), unit: unit || null, qualifier: qualifier || null };
    });
}
