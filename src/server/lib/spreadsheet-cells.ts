/**
 * Text that a spreadsheet would read as a formula: OWASP's list of leading characters (= + - @, tab, carriage
 * return). Exports carry text other people wrote (organisation names, survey answers), and the organisation
 * CSV is public, so such text is written with a leading single quote, which the spreadsheet shows as text.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One cell of a CSV or xlsx export: numbers, booleans and empty cells as they are, risky text quoted. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}

/** A whole row of cells. */
export const safeRow = <T>(row: readonly T[]) => row.map(safeCell);
