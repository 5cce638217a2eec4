// Bad input for the decoder (issue #6 item 7): whatever arrives — a body cut anywhere, a corrupted byte, a valid
// JSON document of the wrong shape, arbitrary text — decodeResponse answers with a result or a typed error that says
// what is wrong, and never throws. decodeResponse.test.ts has the round trip of well-formed bodies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponse, type DecodeResult } from './decodeResponse';
import { tableArbitrary, type GeneratedTable } from './testing/arbitraries';
import { responseBody } from './testing/responseBody';

const RUNS = { seed: 6061, numRuns: 300 };

const PATHED_KINDS = ['missing-tables', 'invalid-shape', 'unknown-column-type', 'row-length', 'invalid-cell'];

/** Never a throw; an error is one of the typed kinds with a sentence, and (past the JSON parse) where it was found. */
function expectTypedOutcome(text: string): DecodeResult {
  let outcome: DecodeResult | undefined;
  expect(() => (outcome = decodeResponse(text))).not.toThrow();
  if (!outcome) throw new Error('no outcome');
  if (!outcome.ok) {
    const { error } = outcome;
    expect(error.message.length).toBeGreaterThan(15);
    if (error.kind === 'malformed-json') expect(typeof error.truncated).toBe('boolean');
    else {
      expect(PATHED_KINDS).toContain(error.kind);
      expect('path' in error && /^(\$|tables)/.test(error.path)).toBe(true);
    }
  }
  return outcome;
}

const generatedBody = fc
  .tuple(fc.array(tableArbitrary('PrimaryResult', 5), { minLength: 1, maxLength: 2 }), fc.boolean())
  .map(([tables, pretty]) => responseBody({ tables: tables.map((t) => t.wire) }, pretty ? 1 : undefined));

describe('decodeResponse: bad input gives a typed error, never a throw', () => {
  it('a body cut anywhere is reported as truncated JSON, not as some other fault', () => {
    fc.assert(
      fc.property(
        generatedBody.chain((body) => fc.tuple(fc.constant(body), fc.integer({ min: 0, max: body.length - 1 }))),
        ([body, cut]) => {
          const outcome = expectTypedOutcome(body.slice(0, cut));
          expect(outcome.ok).toBe(false);
          if (outcome.ok) return;
          expect(outcome.error).toMatchObject({ kind: 'malformed-json', truncated: true });
          expect(outcome.error.message).toMatch(/ends early/);
        },
      ),
      RUNS,
    );
  });

  it('a body with one character changed, inserted or removed still gives a result or a typed error', () => {
    const edit = fc.record({
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      at: fc.nat(),
      char: fc.oneof(fc.constantFrom('"', '\\', ',', ':', '[', ']', '{', '}', '0', '-', 'e', '.', 'n', ' ', '\u0000', '\uD800'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    });
    fc.assert(
      fc.property(generatedBody, edit, (body, { kind, at, char }) => {
        const index = at % body.length;
        const edited =
          kind === 'replace' ? body.slice(0, index) + char + body.slice(index + 1) : kind === 'insert' ? body.slice(0, index) + char + body.slice(index) : body.slice(0, index) + body.slice(index + 1);
        expectTypedOutcome(edited);
      }),
      { ...RUNS, numRuns: 1000 },
    );
  });

  it('valid JSON of the wrong shape (a cell, a row, a column or a table swapped for any value) gives a typed error', () => {
    type Mutation = (table: Record<string, unknown>, value: unknown, pick: number) => void;
    const at = <T>(items: T[], pick: number): number => (items.length === 0 ? 0 : pick % items.length);
    const mutations: Record<string, Mutation> = {
      cell: (table, value, pick) => {
        const rows = table.rows as unknown[][];
        const row = rows[at(rows, pick)];
        if (row && row.length > 0) row[at(row, pick >> 3)] = value;
        else rows.push([value]);
      },
      extraCell: (table, value, pick) => {
        const rows = table.rows as unknown[][];
        (rows[at(rows, pick)] ?? (rows[0] = [])).push(value);
      },
      row: (table, value, pick) => {
        const rows = table.rows as unknown[];
        rows[at(rows, pick)] = value;
      },
      rows: (table, value) => {
        table.rows = value;
      },
      columnType: (table, value, pick) => {
        const columns = table.columns as Record<string, unknown>[];
        const column = columns[at(columns, pick)];
        if (column) column.type = value;
        else table.columns = [{ name: 'c', type: value }];
      },
      column: (table, value, pick) => {
        const columns = table.columns as unknown[];
        columns[at(columns, pick)] = value;
      },
      columns: (table, value) => {
        table.columns = value;
      },
      name: (table, value) => {
        table.name = value;
      },
    };
    const wrongValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('NaN', 'nan', '1e999', '', 'true', '9223372036854775808', 'int', 'Long', 'string '));
    fc.assert(
      fc.property(tableArbitrary('PrimaryResult', 4), fc.constantFrom(...Object.keys(mutations)), wrongValue, fc.nat(), (generated: GeneratedTable, name, value, pick) => {
        const body = JSON.parse(responseBody({ tables: [generated.wire] })) as { tables: Record<string, unknown>[] };
        const target = body.tables[0];
        if (!target) throw new Error('no table');
        mutations[name]?.(target, value, pick);
        const outcome = expectTypedOutcome(JSON.stringify(body));
        // Whatever is accepted is internally consistent: one value per column for every row the body holds.
        if (outcome.ok) {
          const [decoded] = outcome.result.tables;
          expect(decoded?.rowCount).toBe(Array.isArray(target.rows) ? target.rows.length : -1);
          expect(decoded?.columns.length).toBe(Array.isArray(target.columns) ? target.columns.length : -1);
        }
      }),
      { ...RUNS, numRuns: 1000 },
    );
  });

  it('arbitrary text, JSON-looking or not, never throws', () => {
    const jsonish = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', 't', 'a', 'b', 'l', 'e', 's', 'r', 'o', 'w', 'n', 'u', '1', '-', '.', ' ', '\\') });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string({ unit: 'binary' }), jsonish.map((tail) => `{"tables":[${tail}`)), (text) => {
        expectTypedOutcome(text);
      }),
      { ...RUNS, numRuns: 1000 },
    );
  });
});
