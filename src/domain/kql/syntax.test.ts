import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer';
import { hasUnclosedBracket, nestingDepths, significantTokens, splitPipeline, splitStatements, statementKind } from './syntax';

const tokensOf = (text: string) => significantTokens(tokenize(text));
const texts = (tokens: readonly { text: string }[]): string => tokens.map((token) => token.text).join(' ');

describe('significantTokens', () => {
  it('drops comments only', () => {
    expect(texts(tokensOf('T // c\n| take 1 // d'))).toBe('T | take 1');
  });
});

describe('nestingDepths', () => {
  it('gives brackets the depth outside them and does not go below zero on a stray closer', () => {
    expect(nestingDepths(tokenize('a ( b [ c ] ) ) d'))).toEqual([0, 0, 1, 1, 2, 1, 0, 0, 0]);
  });
});

describe('hasUnclosedBracket', () => {
  it.each([
    ['T | where (x', true],
    ['T | where (x)', false],
    ['f({ [', true],
    ['x ) (', true],
    ['x )', false],
  ])('%j → %s', (text, expected) => {
    expect(hasUnclosedBracket(tokenize(text))).toBe(expected);
  });
});

describe('splitStatements', () => {
  it('splits at top-level semicolons and keeps empty statements', () => {
    const statements = splitStatements(tokensOf('let x = 1; T | take x;;'));
    expect(statements.map((statement) => texts(statement.tokens))).toEqual(['let x = 1', 'T | take x', '', '']);
    expect(statements.map((statement) => statement.terminator?.start ?? null)).toEqual([9, 21, 22, null]);
  });

  it('does not split at semicolons inside braces or strings', () => {
    const statements = splitStatements(tokensOf('let f = () { let y = 1; T }; f() | where s == ";"'));
    expect(statements.map((statement) => texts(statement.tokens))).toEqual(['let f = ( ) { let y = 1 ; T }', 'f ( ) | where s == ";"']);
  });
});

describe('statementKind', () => {
  it.each([
    ['', 'empty'],
    ['T | take 1', 'query'],
    ['(T | take 1) | count', 'query'],
    ["['My Table'] | count", 'query'],
    ['let x = 1', 'declaration'],
    ['set truncationmaxrecords = 10', 'declaration'],
    ['declare query_parameters(a: int)', 'declaration'],
    ['.show tables', 'command'],
    ['#connect cluster', 'command'],
    ['"abc"', 'other'],
    ['{ x }', 'other'],
  ])('%j → %s', (text, expected) => {
    const [statement] = splitStatements(tokensOf(text));
    expect(statement && statementKind(statement)).toBe(expected);
  });
});

describe('splitPipeline', () => {
  it('splits at top-level pipes only', () => {
    const segments = splitPipeline(tokensOf('union (A | where x), B | where y | take 5'));
    expect(segments.map((segment) => [segment.pipe?.start ?? null, texts(segment.tokens)])).toEqual([
      [null, 'union ( A | where x ) , B'],
      [23, 'where y'],
      [33, 'take 5'],
    ]);
  });

  it('gives an empty last segment for a dangling pipe', () => {
    expect(splitPipeline(tokensOf('T |')).map((segment) => segment.tokens.length)).toEqual([1, 0]);
  });
});
