import { describe, expect, it } from 'vitest';
import type { ResultTable } from '../../engine/api.ts';
import { queryBodyChunks } from './body.ts';

function table(rows: number): ResultTable {
  return {
    name: 'PrimaryResult',
    columns: [
      { name: 'n', type: 'long' },
      { name: 's', type: 'string' },
    ],
    data: [Array.from({ length: rows }, (_, index) => index), Array.from({ length: rows }, (_, index) => `row ${index}`)],
    rowCount: rows,
  };
}

const ROW_LIMIT_ERROR =
  '{"code":"PartialError","message":"There were some errors when processing your query.","details":[{"code":"EngineError","message":"Something went wrong processing your query on the server.","innererror":{"code":"-2133196797","message":"Query result set has exceeded the internal record count limit 1 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)","severity":2,"severityName":"Error"}}]}';

describe('query body', () => {
  it('writes compact JSON in the recorded key order', () => {
    expect([...queryBodyChunks({ tables: [table(2)] })].join('')).toBe('{"tables":[{"name":"PrimaryResult","columns":[{"name":"n","type":"long"},{"name":"s","type":"string"}],"rows":[[0,"row 0"],[1,"row 1"]]}]}');
  });

  it('writes an empty result with its columns, and several tables', () => {
    const second = { ...table(1), name: 'Table_1' };
    expect([...queryBodyChunks({ tables: [table(0), second] })].join('')).toBe(
      '{"tables":[{"name":"PrimaryResult","columns":[{"name":"n","type":"long"},{"name":"s","type":"string"}],"rows":[]},{"name":"Table_1","columns":[{"name":"n","type":"long"},{"name":"s","type":"string"}],"rows":[[0,"row 0"]]}]}',
    );
  });

  it('appends statistics, render and the row-limit PartialError after the tables', () => {
    const text = [...queryBodyChunks({ tables: [table(1)], statistics: { query: {} }, render: { visualization: 'table' }, rowLimit: 1 })].join('');
    expect(text).toBe(`{"tables":[{"name":"PrimaryResult","columns":[{"name":"n","type":"long"},{"name":"s","type":"string"}],"rows":[[0,"row 0"]]}],"statistics":{"query":{}},"render":{"visualization":"table"},"error":${ROW_LIMIT_ERROR}}`);
  });

  it('cuts rows at the byte limit and reports the data size limit', () => {
    const text = [...queryBodyChunks({ tables: [table(3), table(2)] }, 23)].join('');
    const body = JSON.parse(text) as { tables: { rows: unknown[] }[]; error: { details: { innererror: { message: string } }[] } };
    expect(body.tables.map((result) => result.rows)).toEqual([[[0, 'row 0'], [1, 'row 1']], []]);
    expect(body.error.details[0]!.innererror.message).toBe('Query result set has exceeded the internal data size limit 23 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)');
  });

  it('streams a large result in bounded chunks that join to valid JSON', () => {
    const chunks = [...queryBodyChunks({ tables: [table(50_000)] })];
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(300 * 1024);
    const body = JSON.parse(chunks.join('')) as { tables: { rows: unknown[][] }[] };
    expect(body.tables[0]!.rows[49_999]).toEqual([49_999, 'row 49999']);
  });
});
