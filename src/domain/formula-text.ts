/**
 * Text a spreadsheet may take for a formula when it opens a CSV: a cell beginning with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection"). The CSV export
 * defuses such cells and the workbook import refuses them; both ask here.
 */

/** True when a spreadsheet opening `text` as a cell could run it as a formula. */
export function beginsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
