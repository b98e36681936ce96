/**
 * CSV as RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or line break), in UTF-8
 * starting with a byte-order mark so spreadsheet programs pick the right encoding.
 */
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

// A spreadsheet runs a cell starting with = + - @ as a formula (tab and CR included, as some
// programs strip them first); a leading apostrophe makes it text. Char codes: this runs per cell.
const FORMULA_START = new Set([61, 43, 45, 64, 9, 13]);
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers are written as numbers: "-3" from a number cannot be a formula.
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  let record = "";
  for (let index = 0; index < values.length; index += 1) record += (index ? "," : "") + csvCell(values[index]);
  return `${record}\r\n`;
}
