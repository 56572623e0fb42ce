/**
 * CSV as spreadsheets open it: RFC 4180 (comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a double quote or a line break, quotes doubled inside), UTF-8 with a byte-order mark so Excel reads accents
 * and dashes correctly, and a guard against formula injection: a text cell that begins with = + - @ a tab or a
 * carriage return is prefixed with a single quote, so a spreadsheet shows it as text instead of running it
 * (OWASP's advice for CSV injection). Numbers Rapport computes are written as plain numbers and never guarded.
 */

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as they are (finite only), text guarded and quoted as needed; null and undefined empty. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: the header row, then one row per record, every line ending in CRLF, with a BOM. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A score rounded to two decimals for a spreadsheet (scores are 0–100). */
export function round2(n: number | null | undefined): number | null {
  return n === null || n === undefined ? null : Math.round(n * 100) / 100;
}
