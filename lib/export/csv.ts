/**
 * CSV as RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or line break), in UTF-8
 * starting with a byte-order mark so spreadsheet programs pick the right encoding.
 */
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

// A spreadsheet runs a cell starting with one of these as a formula (tab and CR included, as some
// programs strip them first); a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers are written as numbers: "-3" from a number cannot be a formula.
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
