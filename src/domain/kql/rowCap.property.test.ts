import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer';
import { applyRowCap } from './rowCap';
import { significantTokens, splitPipeline, splitStatements, statementKind } from './syntax';

const RUNS = { seed: 42, numRuns: 300 };

// A model of the queries analysts write, built from parts whose effect on the row count is known, so the expected
// output can be computed without the code under test.
// Row counts and caps lean on the boundaries (equal to the cap, one above) where an off-by-one would hide.
const rowCount = (): fc.Arbitrary<number> => fc.oneof(fc.constantFrom(1, 100, 30_000, 30_001), fc.integer({ min: 0, max: 200_000 }));
const capValue = (): fc.Arbitrary<number> => fc.oneof(fc.constantFrom(100, 30_000), fc.integer({ min: 1, max: 100_000 }));

type OperatorModel = { text: string; effect: { bound: number } | 'nonIncreasing' | 'unknown' };

const operator: fc.Arbitrary<OperatorModel> = fc.oneof(
  fc.constantFrom<OperatorModel>(
    { text: 'where Message has "| take 5 // no; render"', effect: 'nonIncreasing' },
    { text: "extend Note = 'limit 10'", effect: 'nonIncreasing' },
    { text: 'where Path == @"c:\\take\\" and x == ```multi\n\nline | take 1```', effect: 'nonIncreasing' },
    { text: 'project-away Secret', effect: 'nonIncreasing' },
    { text: 'summarize count() by Computer', effect: 'nonIncreasing' },
    { text: 'summarize count()', effect: { bound: 1 } },
    { text: 'count', effect: { bound: 1 } },
    { text: 'distinct Computer', effect: 'nonIncreasing' },
    { text: 'mv-expand Tags', effect: 'unknown' },
    { text: 'join kind=inner (Other | take 1) on Id', effect: 'unknown' },
  ),
  rowCount().map((n): OperatorModel => ({ text: `take ${n}`, effect: { bound: n } })),
  rowCount().map((n): OperatorModel => ({ text: `top ${n} by TimeGenerated desc`, effect: { bound: n } })),
);

const queryModel = fc.record({
  prelude: fc.constantFrom('', 'set notruncation;\n', 'let threshold = 5;\n', 'let recent = AuditLogs | take 3; // cached\n'),
  source: fc.constantFrom('SigninLogs', "['My Table']", 'union SigninLogs, AuditLogs'),
  separator: fc.constantFrom(' | ', '\n| ', '\n    | '),
  operators: fc.array(operator, { maxLength: 5 }),
  render: fc.constantFrom('', ' | render timechart', '\n| render barchart with (title="a | take 1")'),
  trailer: fc.constantFrom('', ';', '; // take 10', ' // take 10 | render', ' // note\n;', '\n\n  ', ';\n'),
  cap: capValue(),
});

function isLimited(operators: readonly OperatorModel[], cap: number): boolean {
  for (const { effect } of [...operators].reverse()) {
    if (effect === 'unknown') return false;
    if (effect !== 'nonIncreasing' && effect.bound <= cap) return true;
  }
  return false;
}

// Arbitrary, mostly broken, KQL-like text: the helper must never fail and must keep its promises anyway.
const kqlLikeText = fc
  .array(fc.constantFrom('T', ' ', '\n', '|', 'take', '5', '"', "'", '\\', '//', ';', '(', ')', '[', ']', 'render', 'where', 'by', 'summarize', 'let', '=', '```', '@', 'h', 'count', 'print'), { maxLength: 30 })
  .map((parts) => parts.join(''));

const literalsAndComments = (text: string): string[] =>
  tokenize(text)
    .filter((token) => token.kind === 'string' || token.kind === 'comment')
    .map((token) => token.text);

describe('applyRowCap properties', () => {
  it('matches the model: the cap goes after the last operator, before render and trailing comments', () => {
    fc.assert(
      fc.property(queryModel, ({ prelude, source, separator, operators, render, trailer, cap }) => {
        const body = [source, ...operators.map((op) => op.text)].join(separator);
        const query = `${prelude}${body}${render}${trailer}`;
        const limited = isLimited(operators, cap);
        const expected = limited ? query : `${prelude}${body} | take ${cap}${render}${trailer}`;
        const result = applyRowCap(query, cap);
        expect(result.text).toBe(expected);
        expect(result.applied).toBe(!limited);
      }),
      RUNS,
    );
  });

  it('after a cap is added, the last query statement ends (render aside) with take <cap>', () => {
    fc.assert(
      fc.property(fc.oneof(queryModel.map((m) => `${m.prelude}${m.source}${m.operators.map((op) => ` | ${op.text}`).join('')}${m.render}${m.trailer}`), kqlLikeText), capValue(), (query, cap) => {
        const result = applyRowCap(query, cap);
        expect(result.reason).not.toBe('');
        if (!result.applied) {
          expect(result.text).toBe(query);
          return;
        }
        const statements = splitStatements(significantTokens(tokenize(result.text))).filter((statement) => statementKind(statement) === 'query');
        const segments = splitPipeline(statements[statements.length - 1]?.tokens ?? []);
        const operators = segments.map((segment) => segment.tokens.map((token) => token.text).join(' '));
        const lastBeforeRender = operators[operators.length - 1]?.startsWith('render') ? operators[operators.length - 2] : operators[operators.length - 1];
        expect(lastBeforeRender).toBe(`take ${cap}`);
      }),
      RUNS,
    );
  });

  it('only inserts " | take <cap>" and keeps every string literal and comment unchanged', () => {
    fc.assert(
      fc.property(kqlLikeText, capValue(), (query, cap) => {
        const result = applyRowCap(query, cap);
        expect(literalsAndComments(result.text)).toEqual(literalsAndComments(query));
        const insertion = ` | take ${cap}`;
        const at = [...result.text.matchAll(/ \| take \d+/g)].map((match) => match.index).find((index) => result.text.slice(0, index) + result.text.slice(index + insertion.length) === query);
        expect(result.applied ? at !== undefined : result.text === query).toBe(true);
      }),
      RUNS,
    );
  });

  it('is idempotent: capping a capped query changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(queryModel.map((m) => `${m.prelude}${m.source}${m.operators.map((op) => `\n| ${op.text}`).join('')}${m.render}${m.trailer}`), kqlLikeText), capValue(), (query, cap) => {
        const once = applyRowCap(query, cap);
        const twice = applyRowCap(once.text, cap);
        expect(twice.text).toBe(once.text);
        expect(twice.applied).toBe(false);
      }),
      RUNS,
    );
  });
});
