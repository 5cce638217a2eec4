import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, cellValue, isNull } from './cells';
import { decodeResponse } from './decodeResponse';
import type { DecodeError } from './decodeResponse';
import type { ResultColumn, ResultSet, ResultTable } from './model';
import { tableArbitrary } from './testing/arbitraries';
import { responseBody, table } from './testing/responseBody';

function decoded(text: string): ResultSet {
  const outcome = decodeResponse(text);
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.error)}`);
  return outcome.result;
}

function failed(text: string): DecodeError {
  const outcome = decodeResponse(text);
  if (outcome.ok) throw new Error('expected a decode error');
  return outcome.error;
}

function firstTable(text: string): ResultTable {
  const [first] = decoded(text).tables;
  if (!first) throw new Error('no table');
  return first;
}

function column(resultTable: ResultTable, index: number): ResultColumn {
  const found = resultTable.columns[index];
  if (!found) throw new Error(`no column ${index}`);
  return found;
}

function texts(resultTable: ResultTable): string[][] {
  return Array.from({ length: resultTable.rowCount }, (_, row) => resultTable.columns.map((c) => cellText(c, row)));
}

// [REC] log-analytics-api.md §1.5 (JSREC recording_querylogsbatch_with_types.json), byte for byte.
const RECORDED_WITH_TYPES =
  '{"tables":[{"name":"PrimaryResult","columns":[{"name":"stringcolumn","type":"string"},{"name":"boolcolumn","type":"bool"},{"name":"datecolumn","type":"datetime"},{"name":"intcolumn","type":"int"},{"name":"longcolumn","type":"long"},{"name":"realcolumn","type":"real"},{"name":"dynamiccolumn","type":"dynamic"}],"rows":[["hello",true,"2000-01-02T03:04:05Z",100,101,102.1,"{\\"hello\\":\\"world\\"}"]]}]}';

// [REC] §1.11 (NETREC CanQueryAllSupportedTypes.json), plus the recorded all-null row of §1.6.
const ALL_SUPPORTED_TYPES =
  '{"tables":[{"name":"PrimaryResult","columns":[{"name":"DateTime","type":"datetime"},{"name":"Bool","type":"bool"},{"name":"Guid","type":"guid"},{"name":"Int","type":"int"},{"name":"Long","type":"long"},{"name":"Double","type":"real"},{"name":"String","type":"string"},{"name":"Timespan","type":"timespan"},{"name":"Decimal","type":"decimal"},{"name":"Dynamic","type":"dynamic"}],"rows":[["2015-12-31T23:59:59.9Z",false,"74be27de-1e4e-49d9-b579-fe0b331d3642",12345,1234567890123,12345.6789,"string value","00:00:10","0.10101","{\\"a\\":[1,2]}"],[null,null,null,null,null,null,"I cant be null",null,null,null]]}]}';

describe('decodeResponse: column types', () => {
  it('decodes the recorded body of every basic type', () => {
    const result = decoded(RECORDED_WITH_TYPES);
    expect(result.tables.map((t) => [t.name, t.rowCount])).toEqual([['PrimaryResult', 1]]);
    const primary = firstTable(RECORDED_WITH_TYPES);
    expect(primary.columns.map((c) => [c.name, c.type])).toEqual([
      ['stringcolumn', 'string'],
      ['boolcolumn', 'bool'],
      ['datecolumn', 'datetime'],
      ['intcolumn', 'int'],
      ['longcolumn', 'long'],
      ['realcolumn', 'real'],
      ['dynamiccolumn', 'dynamic'],
    ]);
    expect(texts(primary)).toEqual([['hello', 'true', '2000-01-02T03:04:05Z', '100', '101', '102.1', '{"hello":"world"}']]);
    expect(primary.columns.map((c) => cellValue(c, 0))).toEqual(['hello', true, '2000-01-02T03:04:05Z', 100, 101, 102.1, { hello: 'world' }]);
    expect(result.partialError).toBeUndefined();
    expect(result.statistics).toBeUndefined();
    expect(result.render).toBeUndefined();
  });

  it('decodes all ten types and a row of nulls', () => {
    const primary = firstTable(ALL_SUPPORTED_TYPES);
    expect(texts(primary)).toEqual([
      ['2015-12-31T23:59:59.9Z', 'false', '74be27de-1e4e-49d9-b579-fe0b331d3642', '12345', '1234567890123', '12345.6789', 'string value', '00:00:10', '0.10101', '{"a":[1,2]}'],
      ['', '', '', '', '', '', 'I cant be null', '', '', ''],
    ]);
    expect(primary.columns.map((c) => isNull(c, 0))).toEqual(Array(10).fill(false));
    expect(primary.columns.map((c) => isNull(c, 1))).toEqual([true, true, true, true, true, true, false, true, true, true]);
    expect(primary.columns.map((c) => cellValue(c, 1))).toEqual([null, null, null, null, null, null, 'I cant be null', null, null, null]);
    expect(cellValue(column(primary, 9), 0)).toEqual({ a: [1, 2] });
  });

  it('stores numbers and bools in typed arrays, with a null mask only when a null occurs', () => {
    const primary = firstTable(responseBody({ tables: [table('T', [['b', 'bool'], ['i', 'int'], ['r', 'real']], [[true, 1, 1.5], [null, 2, null], [false, 3, 2.5]])] }));
    const [b, i, r] = primary.columns;
    expect(b?.type === 'bool' && Array.from(b.values)).toEqual([1, 2, 0]);
    expect(i?.type === 'int' && [Array.from(i.values), i.nulls]).toEqual([[1, 2, 3], null]);
    expect(r?.type === 'real' && [Array.from(r.values), r.nulls && Array.from(r.nulls)]).toEqual([[1.5, 0, 2.5], [0, 1, 0]]);
  });

  it('reads the non-finite reals the service writes as strings, keeping NaN apart from null', () => {
    // Written by hand: JSON.stringify would write -0 as 0.
    const primary = firstTable('{"tables":[{"name":"T","columns":[{"name":"r","type":"real"}],"rows":[["NaN"],["Infinity"],["-Infinity"],[null],[-0],[1e21],[5e-7]]}]}');
    const real = column(primary, 0);
    expect(texts(primary).map(([text]) => text)).toEqual(['NaN', 'Infinity', '-Infinity', '', '-0', '1e+21', '5e-7']);
    expect([0, 1, 2, 3].map((row) => cellValue(real, row))).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null]);
    expect([0, 3].map((row) => isNull(real, row))).toEqual([false, true]);
  });

  it('keeps the 100 ns digits of datetimes and every text-kept type as sent', () => {
    const primary = firstTable(
      responseBody({
        tables: [
          table('T', [['t', 'datetime'], ['s', 'timespan'], ['d', 'decimal'], ['g', 'guid']], [['2024-05-14T15:20:49.8019363Z', '-1.02:03:04.5000000', '79228162514264337593543950335', '74BE27DE-1E4E-49D9-B579-FE0B331D3642']]),
        ],
      }),
    );
    expect(texts(primary)).toEqual([['2024-05-14T15:20:49.8019363Z', '-1.02:03:04.5000000', '79228162514264337593543950335', '74BE27DE-1E4E-49D9-B579-FE0B331D3642']]);
  });

  it('gives a table with no rows its columns and a row count of zero', () => {
    const primary = firstTable(responseBody({ tables: [table('PrimaryResult', [['a', 'string'], ['b', 'long']], [])] }));
    expect([primary.rowCount, primary.columns.length]).toEqual([0, 2]);
  });
});

describe('decodeResponse: long beyond 2^53', () => {
  const bigLongs = [9007199254740993n, -9223372036854775808n, 9223372036854775807n, 9007199254740992n];

  it('keeps the exact digits that JSON.parse would round', () => {
    const primary = firstTable(responseBody({ tables: [table('T', [['l', 'long']], [...bigLongs.map((l) => [l]), [9007199254740991], [null], [-5]])] }));
    const long = column(primary, 0);
    expect(texts(primary).map(([text]) => text)).toEqual([
      '9007199254740993',
      '-9223372036854775808',
      '9223372036854775807',
      '9007199254740992',
      '9007199254740991',
      '',
      '-5',
    ]);
    expect([0, 1, 2, 3, 4, 5, 6].map((row) => cellValue(long, row))).toEqual([...bigLongs, 9007199254740991, null, -5]);
  });

  it('costs nothing when every long is exact', () => {
    const long = column(firstTable(responseBody({ tables: [table('T', [['l', 'long']], [[9007199254740991], [-9007199254740991]])] })), 0);
    expect(long.type === 'long' && long.exactDigits).toBe(null);
  });

  it('finds the digits in the right table, row and column of a pretty-printed body full of look-alikes', () => {
    const body = responseBody(
      {
        statistics: { query: { rows: [[12345678901234567890n]] } },
        tables: [
          table('First', [['s', 'string'], ['l', 'long']], [['[9999999999999999999, "\\" ]', 1]]),
          table('Second', [['d', 'dynamic'], ['l', 'long'], ['m', 'long']], [
            ['{"x":"],[99999999999999999999]"}', 11111111111111111111n, 1],
            [null, 2, -22222222222222222222n],
          ]),
        ],
      },
      2,
    );
    const [first, second] = decoded(body).tables;
    expect(first && texts(first)).toEqual([['[9999999999999999999, "\\" ]', '1']]);
    expect(second && texts(second)).toEqual([
      ['{"x":"],[99999999999999999999]"}', '11111111111111111111', '1'],
      ['', '2', '-22222222222222222222'],
    ]);
  });

  it('lets the last of duplicate keys win, as JSON.parse does', () => {
    const body = '{"tables":[{"name":"T","columns":[{"name":"l","type":"long"}],"rows":[[1]],"rows":[[12345678901234567891]]}]}';
    expect(texts(firstTable(body))).toEqual([['12345678901234567891']]);
  });
});

describe('decodeResponse: several tables, partial errors, statistics and render', () => {
  it('decodes every table in order', () => {
    const body = responseBody({ tables: [table('PrimaryResult', [['a', 'int']], [[1], [2]]), table('Table_1', [['b', 'string']], [['x']])] });
    const result = decoded(body);
    expect(result.tables.map((t) => [t.name, t.rowCount, texts(t)])).toEqual([
      ['PrimaryResult', 2, [['1'], ['2']]],
      ['Table_1', 1, [['x']]],
    ]);
  });

  it('reads the recorded partial error with its innermost cause (§1.9)', () => {
    const body = JSON.stringify({
      tables: [{ name: 'PrimaryResult', columns: [{ name: 's', type: 'string' }], rows: [['a']] }],
      error: {
        code: 'PartialError',
        message: 'There were some errors when processing your query.',
        details: [
          {
            code: 'EngineError',
            message: 'Something went wrong processing your query on the server.',
            innererror: {
              code: '-2133196797',
              message: 'Query result set has exceeded the internal record count limit 1 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)',
              severity: 2,
              severityName: 'Error',
            },
          },
        ],
      },
    });
    const result = decoded(body);
    const innermost = {
      code: '-2133196797',
      message: 'Query result set has exceeded the internal record count limit 1 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)',
      severityName: 'Error',
    };
    expect(result.partialError).toEqual({
      code: 'PartialError',
      message: 'There were some errors when processing your query.',
      causes: [{ code: 'EngineError', message: 'Something went wrong processing your query on the server.' }, innermost],
      innermost,
    });
    expect(result.tables[0]?.rowCount).toBe(1);
  });

  it('walks several details and innererror chains depth first and picks the deepest cause', () => {
    const body = JSON.stringify({
      tables: [],
      error: {
        code: 'PartialError',
        message: 'top',
        details: [
          { code: 'A', message: 'a' },
          { code: 'B', message: 'b', innererror: { code: 'B1', message: 'b1', innererror: { code: 'B2', message: 'b2' } } },
        ],
      },
    });
    const partialError = decoded(body).partialError;
    expect(partialError?.causes.map((c) => c.code)).toEqual(['A', 'B', 'B1', 'B2']);
    expect(partialError?.innermost).toEqual({ code: 'B2', message: 'b2' });
  });

  it('gives a partial error without causes no innermost cause', () => {
    expect(decoded('{"tables":[],"error":{"code":"PartialError","message":"m"}}').partialError).toEqual({
      code: 'PartialError',
      message: 'm',
      causes: [],
      innermost: null,
    });
  });

  it('passes statistics and render through as plain objects', () => {
    const statistics = { query: { executionTime: 0.0155775, resourceUsage: { cpu: { totalCpu: '00:00:00.1250000' } } } };
    const render = { visualization: 'columnchart', title: 'the chart title', yMin: 'NaN', kind: null };
    const result = decoded(responseBody({ tables: [], statistics, render }));
    expect([result.statistics, result.render]).toEqual([statistics, render]);
  });
});

describe('decodeResponse: errors are typed values', () => {
  it('reports a truncated body as malformed JSON that ends early', () => {
    const error = failed('{"tables":[{"name":"PrimaryResult","columns":[');
    expect(error.kind === 'malformed-json' && error.truncated).toBe(true);
    expect(error.message).toMatch(/^The response is not valid JSON \(.+\)\. The body ends early/);
  });

  it('reports broken JSON with the position the parser stopped at', () => {
    const error = failed('{"tables":[],}');
    expect(error).toEqual({ kind: 'malformed-json', truncated: false, position: 13, message: expect.stringContaining('position 13') });
  });

  it('reports an empty body as truncated', () => {
    expect(failed('')).toMatchObject({ kind: 'malformed-json', truncated: true });
  });

  it.each([
    ['[]', '$'],
    ['null', '$'],
    ['"text"', '$'],
    ['{"tables":[5]}', 'tables[0]'],
    ['{"tables":[{"columns":[],"rows":[]}]}', 'tables[0].name'],
    ['{"tables":[{"name":"T","rows":[]}]}', 'tables[0].columns'],
    ['{"tables":[{"name":"T","columns":[]}]}', 'tables[0].rows'],
    ['{"tables":[{"name":"T","columns":[{"name":"a"}],"rows":[]}]}', 'tables[0].columns[0]'],
    ['{"tables":[{"name":"T","columns":[{"name":"a","type":"int"}],"rows":[{"a":1}]}]}', 'tables[0].rows[0]'],
  ])('reports the unexpected shape of %s at %s', (body, path) => {
    expect(failed(body)).toMatchObject({ kind: 'invalid-shape', path });
  });

  it('reports a body without tables, naming the error it carries instead', () => {
    expect(failed('{}')).toEqual({ kind: 'missing-tables', path: 'tables', message: 'The response has no "tables" array.' });
    expect(failed('{"error":{"message":"The request had some invalid properties","code":"BadArgumentError"}}').message).toBe(
      'The response has no "tables" array. It is an error answer: BadArgumentError: The request had some invalid properties',
    );
  });

  it('reports a row whose length differs from the column count', () => {
    const body = responseBody({ tables: [table('T', [['a', 'int'], ['b', 'int']], [[1, 2], [3]])] });
    expect(failed(body)).toEqual({
      kind: 'row-length',
      path: 'tables[0].rows[1]',
      expected: 2,
      actual: 1,
      message: 'Row 1 of table "T" has 1 cells, but the table has 2 columns.',
    });
  });

  it('reports an unknown column type', () => {
    expect(failed(responseBody({ tables: [table('T', [['a', 'int'], ['b', 'integer']], [])] }))).toEqual({
      kind: 'unknown-column-type',
      path: 'tables[0].columns[1]',
      columnType: 'integer',
      message: 'Column "b" of table "T" has the unknown type "integer".',
    });
  });

  it.each([
    ['bool', '"true"', 'true, false or null'],
    ['int', '"1"', 'a number or null'],
    ['long', '"12"', 'a number or null'],
    ['real', '"nan"', 'a number, "NaN", "Infinity", "-Infinity" or null'],
    ['string', 'null', 'a string (KQL strings are never null)'],
    ['datetime', '5', 'a string or null'],
    ['dynamic', '{"a":1}', 'a string or null'],
  ])('reports a %s cell written as %s', (type, cell, expected) => {
    const body = `{"tables":[{"name":"T","columns":[{"name":"c","type":"${type}"}],"rows":[[null],[${cell}]]}]}`;
    const cellBody = type === 'string' ? body.replace('[[null],', '[["ok"],') : body;
    expect(failed(cellBody)).toEqual({
      kind: 'invalid-cell',
      path: 'tables[0].rows[1][0]',
      message: `Table "T", row 1, column "c" (${type}): expected ${expected}, got ${cell}.`,
    });
  });
});

describe('decodeResponse: properties', () => {
  const generatedResponse = fc.array(tableArbitrary('PrimaryResult'), { minLength: 1, maxLength: 3 });

  it('round-trips generated responses with cells of every type', () => {
    fc.assert(
      fc.property(generatedResponse, fc.boolean(), (tables, pretty) => {
        const body = responseBody({ tables: tables.map((t) => t.wire) }, pretty ? 1 : undefined);
        const result = decoded(body);
        expect(result.tables.map((t) => t.columns.map((c) => c.type))).toEqual(tables.map((t) => t.types));
        result.tables.forEach((resultTable, index) => {
          const generated = tables[index]?.cells ?? [];
          expect(resultTable.rowCount).toBe(generated.length);
          expect(texts(resultTable)).toEqual(generated.map((row) => row.map((c) => c.text)));
          expect(generated.map((_, row) => resultTable.columns.map((c) => cellValue(c, row)))).toEqual(generated.map((row) => row.map((c) => c.value)));
        });
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('turns a body cut anywhere into a typed malformed-json error, never a throw', () => {
    fc.assert(
      fc.property(
        generatedResponse.chain((tables) => {
          const body = responseBody({ tables: tables.map((t) => t.wire) });
          return fc.tuple(fc.constant(body), fc.integer({ min: 0, max: body.length - 1 }));
        }),
        ([body, cut]) => {
          expect(failed(body.slice(0, cut)).kind).toBe('malformed-json');
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (value, tables) => {
        const shaped = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, tables } : value;
        expect(() => decodeResponse(JSON.stringify(shaped))).not.toThrow();
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
