// Response body of the Log Analytics query API (log-analytics-api.md §1.5) → the columnar model.
// JSON.parse does the parsing (nothing written in JS beats it, performance-and-style.md §1.3); the rest is one pass
// per column. Nothing here throws: a malformed, truncated or unexpected body becomes a typed error, so a caller never
// loses the result it already shows.

import { decodeColumn, isCellProblem } from './decodeColumn';
import type { CheckedRows } from './decodeColumn';
import { withExactLongs } from './exactLongs';
import { isObject } from './isObject';
import { KUSTO_TYPES } from './model';
import type { KustoType, ResultColumn, ResultSet, ResultTable } from './model';
import { readPartialError } from './partialError';

/** Every error names where in the body it was found (`path`, e.g. `tables[0].rows[12][3]`) except unparseable JSON. */
export type DecodeError =
  | {
      readonly kind: 'malformed-json';
      readonly message: string;
      /** Where the parser stopped, when the runtime says. */
      readonly position?: number;
      /** The text ends in the middle of a value: a cut connection or a truncated body, rather than bad JSON. */
      readonly truncated: boolean;
    }
  | { readonly kind: 'missing-tables'; readonly message: string; readonly path: string }
  | { readonly kind: 'invalid-shape'; readonly message: string; readonly path: string }
  | { readonly kind: 'unknown-column-type'; readonly message: string; readonly path: string; readonly columnType: string }
  | { readonly kind: 'row-length'; readonly message: string; readonly path: string; readonly expected: number; readonly actual: number }
  | { readonly kind: 'invalid-cell'; readonly message: string; readonly path: string };

export type DecodeResult = { readonly ok: true; readonly result: ResultSet } | { readonly ok: false; readonly error: DecodeError };

export function decodeResponse(text: string): DecodeResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: malformedJson(text, error) };
  }
  if (!isObject(body)) return failure(invalidShape('$', 'The response should be a JSON object.'));
  if (!Array.isArray(body.tables)) return failure(missingTables(body));

  const tables: ResultTable[] = [];
  for (const [index, raw] of body.tables.entries()) {
    const table = decodeTable(raw, index, text);
    if ('kind' in table) return failure(table);
    tables.push(table);
  }
  const partialError = readPartialError(body.error);
  return {
    ok: true,
    result: {
      tables,
      ...(partialError && { partialError }),
      ...(isObject(body.statistics) && { statistics: body.statistics }),
      ...(isObject(body.render) && { render: body.render }),
    },
  };
}

function decodeTable(raw: unknown, tableIndex: number, text: string): ResultTable | DecodeError {
  const path = `tables[${tableIndex}]`;
  if (!isObject(raw)) return invalidShape(path, `${path} should be a table object.`);
  const { name, columns: rawColumns, rows } = raw;
  if (typeof name !== 'string') return invalidShape(`${path}.name`, `${path} should have a string "name".`);
  if (!Array.isArray(rawColumns)) return invalidShape(`${path}.columns`, `Table "${name}" should have a "columns" array.`);
  if (!Array.isArray(rows)) return invalidShape(`${path}.rows`, `Table "${name}" should have a "rows" array.`);

  const schema: { name: string; type: KustoType }[] = [];
  for (const [index, column] of rawColumns.entries()) {
    const columnPath = `${path}.columns[${index}]`;
    if (!isObject(column) || typeof column.name !== 'string' || typeof column.type !== 'string') {
      return invalidShape(columnPath, `${columnPath} of table "${name}" should be an object with a string "name" and "type".`);
    }
    if (!isKustoType(column.type)) {
      return {
        kind: 'unknown-column-type',
        path: columnPath,
        columnType: column.type,
        message: `Column "${column.name}" of table "${name}" has the unknown type "${column.type}".`,
      };
    }
    schema.push({ name: column.name, type: column.type });
  }

  const rowProblem = checkRows(rows, schema.length, path, name);
  if (rowProblem) return rowProblem;
  const checkedRows = rows as CheckedRows;

  const columns: ResultColumn[] = [];
  for (const [index, { name: columnName, type }] of schema.entries()) {
    const column = decodeColumn(columnName, type, checkedRows, index);
    if (isCellProblem(column)) {
      const cell = (checkedRows[column.row] as readonly unknown[])[index];
      return {
        kind: 'invalid-cell',
        path: `${path}.rows[${column.row}][${index}]`,
        message: `Table "${name}", row ${column.row}, column "${columnName}" (${type}): expected ${column.expected}, got ${preview(cell)}.`,
      };
    }
    columns.push(column);
  }
  return { name, columns: withExactLongs(text, tableIndex, columns), rowCount: rows.length };
}

function checkRows(rows: readonly unknown[], columnCount: number, path: string, tableName: string): DecodeError | null {
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const rowPath = `${path}.rows[${index}]`;
    if (!Array.isArray(row)) return invalidShape(rowPath, `Row ${index} of table "${tableName}" should be an array of cells.`);
    if (row.length !== columnCount) {
      return {
        kind: 'row-length',
        path: rowPath,
        expected: columnCount,
        actual: row.length,
        message: `Row ${index} of table "${tableName}" has ${row.length} cells, but the table has ${columnCount} columns.`,
      };
    }
  }
  return null;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(KUSTO_TYPES);

function isKustoType(type: string): type is KustoType {
  return KNOWN_TYPES.has(type);
}

/** An error answer (4xx body) handed to the decoder says so, rather than just "no tables". */
function missingTables(body: Record<string, unknown>): DecodeError {
  const error = readPartialError(body.error);
  const cause = error ? ` It is an error answer: ${error.code}: ${error.message}` : '';
  return { kind: 'missing-tables', path: 'tables', message: `The response has no "tables" array.${cause}` };
}

function malformedJson(text: string, error: unknown): DecodeError {
  const reason = error instanceof Error ? error.message : String(error);
  // V8 says "… in JSON at position N" for most errors and "Unexpected end of JSON input" when the text stops early.
  const match = /at position (\d+)/.exec(reason);
  const position = match ? Number(match[1]) : undefined;
  const truncated = /end of JSON input/.test(reason) || (position !== undefined && position >= text.length);
  const hint = truncated ? ' The body ends early: the connection may have been cut or the response truncated.' : '';
  return {
    kind: 'malformed-json',
    truncated,
    message: `The response is not valid JSON (${reason}).${hint}`,
    ...(position !== undefined && { position }),
  };
}

function invalidShape(path: string, message: string): DecodeError {
  return { kind: 'invalid-shape', path, message };
}

function failure(error: DecodeError): DecodeResult {
  return { ok: false, error };
}

function preview(cell: unknown): string {
  const text = JSON.stringify(cell);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
