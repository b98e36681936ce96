"use client";

import { useState } from "react";
import { FIGURE_ROW_FIELDS, type FigureRow } from "@/lib/review/figures";

let nextKey = 0;
const keyed = (row: FigureRow) => ({ ...row, key: nextKey++ });
const EMPTY: FigureRow = { text: "", value: "", unit: "", qualifier: "" };

/** The claim's figures as rows of inputs (text, value, unit, qualifier), with rows to add and remove. */
export function FigureRows({ rows, qualifiers, limits }: { rows: FigureRow[]; qualifiers: { value: string; label: string }[]; limits: { text: number; unit: number } }) {
  const [items, setItems] = useState(() => rows.map(keyed));
  return (
    <fieldset className="figure-rows" data-testid="figure-rows">
      <legend>Figures</legend>
      {items.length === 0 && <p className="muted">No figures.</p>}
      {items.map((row, index) => (
        <div key={row.key} className="figure-row" data-testid="figure-row">
          <label>Text<input name={FIGURE_ROW_FIELDS.text} defaultValue={row.text} required maxLength={limits.text} dir="auto" aria-label={`Figure ${index + 1} text`} /></label>
          <label>Value<input name={FIGURE_ROW_FIELDS.value} defaultValue={row.value} inputMode="decimal" aria-label={`Figure ${index + 1} value`} /></label>
          <label>Unit<input name={FIGURE_ROW_FIELDS.unit} defaultValue={row.unit} maxLength={limits.unit} aria-label={`Figure ${index + 1} unit`} /></label>
          <label>
            Qualifier
            <select name={FIGURE_ROW_FIELDS.qualifier} defaultValue={row.qualifier} aria-label={`Figure ${index + 1} qualifier`}>
              <option value="">None</option>
              {qualifiers.map((qualifier) => <option key={qualifier.value} value={qualifier.value}>{qualifier.label}</option>)}
            </select>
          </label>
          <button type="button" className="secondary" onClick={() => setItems(items.filter((item) => item.key !== row.key))} aria-label={`Remove figure ${index + 1}`}>Remove</button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => setItems([...items, keyed(EMPTY)])}>Add a figure</button>
    </fieldset>
  );
}
