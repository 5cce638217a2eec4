// Writes a query response body as a sequence of text chunks, so that a 500,000-row result never exists as one string.
// The body is cut when it would pass the service's size limit: rows stop, and a PartialError says why.
import type { ResultTable } from '../../engine/api.ts';
import { cellEncoder } from './cells.ts';

/** The service's limits: 500,000 rows and about 100 MiB of raw JSON (64 MB compressed). */
export const MAX_RESULT_ROWS = 500_000;
export const MAX_RESULT_BYTES = 100 * 1024 * 1024;

const CHUNK_CHARS = 256 * 1024;

export type ResultLimit = { kind: 'rows'; limit: number } | { kind: 'bytes'; limit: number };

/** The PartialError of a result cut at a limit, as recorded (key order code, message, details). */
export function partialError(limit: ResultLimit): Record<string, unknown> {
  const what = limit.kind === 'rows' ? 'record count' : 'data size';
  return {
    code: 'PartialError',
    message: 'There were some errors when processing your query.',
    details: [
      {
        code: 'EngineError',
        message: 'Something went wrong processing your query on the server.',
        innererror: {
          code: '-2133196797',
          message: `Query result set has exceeded the internal ${what} limit ${limit.limit} (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)`,
          severity: 2,
          severityName: 'Error',
        },
      },
    ],
  };
}

export interface QueryBody {
  tables: ResultTable[];
  statistics?: unknown;
  render?: unknown;
  /** Set when the engine already cut the rows at its row limit. */
  rowLimit?: number;
}

/** Yields the body's text in chunks of roughly CHUNK_CHARS, stopping rows once `maxBytes` of rows would be passed. */
export function* queryBodyChunks(body: QueryBody, maxBytes: number = MAX_RESULT_BYTES): Generator<string> {
  let chunk = '{"tables":[';
  let bytes = 0;
  let cutBySize = false;
  for (const [tableIndex, table] of body.tables.entries()) {
    if (tableIndex > 0) chunk += ',';
    chunk += `{"name":${JSON.stringify(table.name)},"columns":${JSON.stringify(table.columns.map((column) => ({ name: column.name, type: column.type })))},"rows":[`;
    const encoders = table.columns.map((column) => cellEncoder(column.type));
    for (let row = 0; row < table.rowCount && !cutBySize; row++) {
      let rowText = row === 0 ? '[' : ',[';
      for (let column = 0; column < encoders.length; column++) {
        if (column > 0) rowText += ',';
        rowText += encoders[column]!(table.data[column]![row] ?? null);
      }
      rowText += ']';
      const rowBytes = Buffer.byteLength(rowText);
      if (bytes + rowBytes > maxBytes) {
        cutBySize = true;
        break;
      }
      bytes += rowBytes;
      chunk += rowText;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    chunk += ']}';
  }
  chunk += ']';
  if (body.statistics !== undefined) chunk += `,"statistics":${JSON.stringify(body.statistics)}`;
  if (body.render !== undefined) chunk += `,"render":${JSON.stringify(body.render)}`;
  const limit: ResultLimit | undefined = cutBySize ? { kind: 'bytes', limit: maxBytes } : body.rowLimit === undefined ? undefined : { kind: 'rows', limit: body.rowLimit };
  if (limit !== undefined) chunk += `,"error":${JSON.stringify(partialError(limit))}`;
  yield `${chunk}}`;
}
