import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer';

const kindsAndTexts = (text: string): string[] => tokenize(text).map((token) => `${token.kind}:${token.text}`);

describe('tokenize', () => {
  it('splits a pipeline into identifiers, pipes, punctuation and numbers with offsets', () => {
    expect(tokenize('T | take 10')).toEqual([
      { kind: 'identifier', text: 'T', start: 0, end: 1 },
      { kind: 'pipe', text: '|', start: 2, end: 3 },
      { kind: 'identifier', text: 'take', start: 4, end: 8 },
      { kind: 'number', text: '10', start: 9, end: 11 },
    ]);
  });

  it('keeps a double-quoted string with backslash escapes as one token', () => {
    expect(kindsAndTexts('x == "a \\" | take 5" | y')).toEqual([
      'identifier:x',
      'punctuation:==',
      'string:"a \\" | take 5"',
      'pipe:|',
      'identifier:y',
    ]);
  });

  it('keeps a single-quoted string with an escaped quote as one token', () => {
    expect(kindsAndTexts("'it\\'s' ;")).toEqual(["string:'it\\'s'", 'semicolon:;']);
  });

  it('reads verbatim strings, where a doubled quote escapes and a backslash does not', () => {
    expect(kindsAndTexts('@"C:\\temp\\" @"say ""hi""" @\'a\'')).toEqual([
      'string:@"C:\\temp\\"',
      'string:@"say ""hi"""',
      "string:@'a'",
    ]);
  });

  it('reads obfuscated h-strings, plain and verbatim', () => {
    expect(kindsAndTexts('h"secret" H\'x\' h@"c:\\"')).toEqual(['string:h"secret"', "string:H'x'", 'string:h@"c:\\"']);
  });

  it('reads multi-line strings with backticks or tildes, including blank lines', () => {
    expect(kindsAndTexts('print ```a\n\n// b```, ~~~x\ny~~~')).toEqual([
      'identifier:print',
      'string:```a\n\n// b```',
      'punctuation:,',
      'string:~~~x\ny~~~',
    ]);
  });

  it('ends an unterminated quoted string at the end of its line, like Kusto does', () => {
    const tokens = tokenize('x == "abc\n| take 5');
    expect(tokens.map((token) => token.text)).toEqual(['x', '==', '"abc', '|', 'take', '5']);
    expect(tokens[2]).toMatchObject({ kind: 'string', terminated: false, start: 5, end: 9 });
  });

  it('runs an unterminated multi-line string to the end of the text', () => {
    expect(tokenize('print ```a\n\nb')).toEqual([
      { kind: 'identifier', text: 'print', start: 0, end: 5 },
      { kind: 'string', text: '```a\n\nb', start: 6, end: 13, terminated: false },
    ]);
  });

  it('marks a closed string as terminated', () => {
    expect(tokenize('"a"')[0]).toMatchObject({ kind: 'string', terminated: true });
  });

  it('reads a comment to the end of the line and not into the next', () => {
    expect(kindsAndTexts('T // take 5 | x\r\n| count')).toEqual(['identifier:T', 'comment:// take 5 | x', 'pipe:|', 'identifier:count']);
  });

  it('does not start a comment inside a string', () => {
    expect(kindsAndTexts('"http://x" // c')).toEqual(['string:"http://x"', 'comment:// c']);
  });

  it('reads hyphenated operators as one identifier and keeps subtraction apart', () => {
    expect(kindsAndTexts('project-away a | top-nested 3 | graph-shortest-paths | a-b | graph-to x')).toEqual([
      'identifier:project-away',
      'identifier:a',
      'pipe:|',
      'identifier:top-nested',
      'number:3',
      'pipe:|',
      'identifier:graph-shortest-paths',
      'pipe:|',
      'identifier:a',
      'punctuation:-',
      'identifier:b',
      'pipe:|',
      'identifier:graph',
      'punctuation:-',
      'identifier:to',
      'identifier:x',
    ]);
  });

  it('reads negated operators as one identifier and two-character operators as one token', () => {
    expect(kindsAndTexts('a !between (1 .. 2) and b !in (1) and c != d and e =~ f and g >= h and i !~ j')).toEqual([
      'identifier:a',
      'identifier:!between',
      'open:(',
      'number:1',
      'punctuation:..',
      'number:2',
      'close:)',
      'identifier:and',
      'identifier:b',
      'identifier:!in',
      'open:(',
      'number:1',
      'close:)',
      'identifier:and',
      'identifier:c',
      'punctuation:!=',
      'identifier:d',
      'identifier:and',
      'identifier:e',
      'punctuation:=~',
      'identifier:f',
      'identifier:and',
      'identifier:g',
      'punctuation:>=',
      'identifier:h',
      'identifier:and',
      'identifier:i',
      'punctuation:!~',
      'identifier:j',
    ]);
  });

  it('reads numbers with fractions, exponents, units and hex, and stops a range at ..', () => {
    expect(kindsAndTexts('1.5e-3 1h 100ms 0x1F 2.5d 1..5')).toEqual([
      'number:1.5e-3',
      'number:1h',
      'number:100ms',
      'number:0x1F',
      'number:2.5d',
      'number:1',
      'punctuation:..',
      'number:5',
    ]);
  });

  it('reads all bracket kinds, semicolons and $-identifiers', () => {
    expect(kindsAndTexts("let f = () { ['T'] }; $left.x")).toEqual([
      'identifier:let',
      'identifier:f',
      'punctuation:=',
      'open:(',
      'close:)',
      'open:{',
      'open:[',
      "string:'T'",
      'close:]',
      'close:}',
      'semicolon:;',
      'identifier:$left',
      'punctuation:.',
      'identifier:x',
    ]);
  });

  it('gives no tokens for empty or whitespace-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\r\n')).toEqual([]);
  });

  it('does not fail on a backslash at the very end of an unterminated string', () => {
    expect(tokenize('"abc\\')).toEqual([{ kind: 'string', text: '"abc\\', start: 0, end: 5, terminated: false }]);
  });
});
