// Test support: writes response bodies the way the service does, including longs beyond 2^53 as bare digits, which
// JSON.stringify cannot do for a bigint.

export type WireCell = null | boolean | number | string | bigint;

export interface WireTable {
  readonly name: string;
  readonly columns: readonly (readonly [name: string, type: string])[];
  readonly rows: readonly (readonly WireCell[])[];
}

export interface WireResponse {
  readonly tables: readonly WireTable[];
  readonly error?: unknown;
  readonly statistics?: unknown;
  readonly render?: unknown;
}

const BIGINT_MARK = '\u0000bigint:';

/** `space` as for JSON.stringify: pretty-printed bodies check that nothing depends on the service's compact form. */
export function responseBody(response: WireResponse, space?: number): string {
  const wire = {
    ...response,
    tables: response.tables.map(({ name, columns, rows }) => ({
      name,
      columns: columns.map(([columnName, type]) => ({ name: columnName, type })),
      rows,
    })),
  };
  const text = JSON.stringify(wire, (_key, value: unknown) => (typeof value === 'bigint' ? `${BIGINT_MARK}${value}` : value), space);
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, '$1');
}

export function table(name: string, columns: WireTable['columns'], rows: WireTable['rows']): WireTable {
  return { name, columns, rows };
}
