// The row cap judged by the official Kusto parser (Kusto.Language, as the emulator loads it) rather than by the
// console's own lexer: inserting `| take <cap>` never turns a query that parses into one that does not, keeps the
// statements the query had, and leaves the cap as the last operator of the last query statement (render aside).
// rowCap.property.test.ts checks the insertion point against a model of the query. (The parser comes through the
// emulator's loader: src/domain code may not use @kusto/*, but a test may use it as the judge.)
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the loader's ambient module types, outside src's tsconfig
/// <reference path="../../../emulator/engine/kusto/modules.d.ts" />
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKustoLanguage, type KustoLanguage } from '../../../emulator/engine/kusto/language';
import { listItems, type ExpressionStatement, type KustoCode, type PipeExpression, type SyntaxNode } from '../../../emulator/engine/kusto/syntax';
import { applyRowCap } from './rowCap';

// Each run parses and analyses two texts with the full Kusto.Language: fewer runs than the model-based properties.
const RUNS = { seed: 30_000, numRuns: 80 };
const TIMEOUT_MS = 60_000;
// No tables: only syntax diagnostics are read, and the semantic pass has nothing to resolve against.
const EMPTY_DATABASE: Parameters<KustoLanguage['parseAndAnalyze']>[1] = { name: 'db', tables: new Map(), functions: [] };

let kusto: KustoLanguage;
beforeAll(async () => {
  kusto = await loadKustoLanguage();
  // The parser's first calls are several times slower (JIT); warming it here keeps the properties' own time honest.
  for (let i = 0; i < 20; i++) kusto.parseAndAnalyze(`T | where x == ${i} | summarize count() by y | take 5 | render timechart`, EMPTY_DATABASE);
}, 120_000);

function parsed(text: string): { code: KustoCode; errors: number; statements: string[] } {
  const code = kusto.parseAndAnalyze(text, EMPTY_DATABASE);
  const errors = listItems(code.GetSyntaxDiagnostics()).filter((diagnostic) => diagnostic.Severity === 'Error').length;
  const statements = listItems(code.Syntax.Statements).map((element) => kusto.kindName(element.Element$1));
  return { code, errors, statements };
}

/** The text of the last query statement's last pipe operator, a final `render` stepped over, in the parser's tree. */
function lastOperatorBeforeRender(code: KustoCode): string | null {
  const statements = listItems(code.Syntax.Statements).map((element) => element.Element$1);
  const query = statements.reverse().find((statement) => kusto.kindName(statement) === 'ExpressionStatement') as ExpressionStatement | undefined;
  let node: SyntaxNode | undefined = query?.Expression;
  const isPipe = (candidate: SyntaxNode | undefined): candidate is PipeExpression => candidate !== undefined && kusto.kindName(candidate) === 'PipeExpression';
  if (isPipe(node) && kusto.kindName(node.Operator) === 'RenderOperator') node = node.Expression;
  return isPipe(node) ? code.Text.slice(node.Operator.TextStart, node.Operator.End) : null;
}

const operator = fc.oneof(
  fc.constantFrom(
    'where Message has "| take 5 // no; render"',
    "extend Note = 'limit 10; x'",
    'where Path == @"c:\\take\\"',
    'where x == ```multi\n\nline | take 1```',
    'project-away Secret',
    'summarize count() by Computer',
    'summarize count()',
    'count',
    'distinct Computer',
    'mv-expand Tags',
    'join kind=inner (Other | take 1) on Id',
    'sort by TimeGenerated desc',
    'top 5 by TimeGenerated',
    'take 100000',
    'extend y = toint(x) // trailing | take 1',
    'where TimeGenerated > ago(1h) /* not a KQL comment */',
  ),
  fc.integer({ min: 0, max: 200_000 }).map((n) => `take ${n}`),
);

const realisticQuery = fc
  .record({
    prelude: fc.constantFrom('', 'set notruncation;\n', 'let threshold = 5;\n', 'let recent = AuditLogs | take 3; // cached\n', 'declare query_parameters(n:long = 5);\n'),
    source: fc.constantFrom('SigninLogs', "['My Table']", 'union SigninLogs, AuditLogs', 'print x = 1', 'datatable(a:long) [1, 2]', 'range i from 1 to 10 step 1'),
    separator: fc.constantFrom(' | ', '\n| ', '\n    | ', ' |\n'),
    operators: fc.array(operator, { maxLength: 5 }),
    render: fc.constantFrom('', ' | render timechart', '\n| render barchart with (title="a | take 1")'),
    trailer: fc.constantFrom('', ';', '; // take 10', ' // take 10 | render', ' // note\n;', '\n\n  ', ';\n'),
  })
  .map(({ prelude, source, separator, operators, render, trailer }) => `${prelude}${[source, ...operators].join(separator)}${render}${trailer}`);

// Mostly broken KQL-like text: whatever of it the official parser accepts must still be accepted after the cap.
const kqlLikeText = fc
  .array(fc.constantFrom('T', ' ', '\n', '|', 'take', '5', '"', "'", '\\', '//', ';', '(', ')', '[', ']', 'render', 'where', 'by', 'summarize', 'let', '=', '```', '@', 'h', 'count', 'print', 'x', '==', '1', 'extend'), { maxLength: 30 })
  .map((parts) => parts.join(''));

const cap = fc.oneof(fc.constantFrom(100, 30_000), fc.integer({ min: 1, max: 100_000 }));

describe('applyRowCap, checked by the official Kusto parser', () => {
  it('a query that parses still parses after the cap, with the same statements, the cap last before render', () => {
    let capped = 0;
    fc.assert(
      fc.property(realisticQuery, cap, (query, rowCap) => {
        const before = parsed(query);
        fc.pre(before.errors === 0);
        const result = applyRowCap(query, rowCap);
        if (!result.applied) return;
        capped++;
        const after = parsed(result.text);
        expect(after.errors).toBe(0);
        expect(after.statements).toEqual(before.statements);
        expect(lastOperatorBeforeRender(after.code)).toBe(`take ${rowCap}`);
      }),
      RUNS,
    );
    expect(capped).toBeGreaterThan(RUNS.numRuns / 4);
  }, TIMEOUT_MS);

  it('never turns text the parser accepts into text it rejects, however odd the text', () => {
    fc.assert(
      fc.property(kqlLikeText, cap, (text, rowCap) => {
        const result = applyRowCap(text, rowCap);
        if (!result.applied || parsed(text).errors > 0) return;
        expect(parsed(result.text).errors, result.text).toBe(0);
      }),
      { ...RUNS, numRuns: 500 },
    );
  }, TIMEOUT_MS);
});
