// Formula-injection guard for exports (DESIGN §6). Log fields are attacker-controlled (a user agent, a URL, a message),
// and a spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a formula; tab and CR are on the same
// OWASP list because some spreadsheets skip them before looking for the formula sign. Prefixing such a cell with a
// single quote makes Excel and LibreOffice show it as text (OWASP "CSV Injection"); removing the leading quote gives
// back the exact value.
//
// Which cells: every cell of a `string` or `dynamic` column, and the header (column names come from the query text,
// which may itself be shared). A cell that merely looks like a number, such as "-5" in a string column, is guarded
// too: telling safe text from a formula by parsing is exactly what attackers probe, and a fixed rule is one an
// analyst can predict. Typed columns are never guarded: their text follows the service's grammar and cannot carry a
// formula, and a negative int, long, real, decimal or timespan must stay a number in the sheet.

import type { KustoType } from '../results/model';

/** The characters that make a spreadsheet treat a cell as a formula, as a regular expression source. */
export const FORMULA_START_SOURCE = '^[=+\\-@\\t\\r]';
const FORMULA_START = new RegExp(FORMULA_START_SOURCE);

/** The same characters as UTF-16 code units, for the CSV writer, which reads cells a code unit at a time. */
export function isFormulaStart(code: number): boolean {
  return code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40 || code === 0x09 || code === 0x0d;
}

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function isFreeTextType(type: KustoType): boolean {
  return type === 'string' || type === 'dynamic';
}
