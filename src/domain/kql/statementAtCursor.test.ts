import { describe, expect, it } from 'vitest';
import { selectionOrStatement, statementAtCursor } from './statementAtCursor';

const editor = ['SigninLogs', '| take 10', '', 'AuditLogs', '| count', '   ', '', 'Heartbeat'].join('\n');
// Offsets: "SigninLogs\n| take 10" is 0–20, blank line at 21, "AuditLogs\n| count" is 22–39,
// whitespace line 40–43, empty line 44, "Heartbeat" 45–54.

describe('statementAtCursor', () => {
  it.each([
    [0, 'SigninLogs\n| take 10', 0, 20],
    [15, 'SigninLogs\n| take 10', 0, 20],
    [20, 'SigninLogs\n| take 10', 0, 20],
    [21, 'SigninLogs\n| take 10', 0, 20],
    [22, 'AuditLogs\n| count', 22, 39],
    [39, 'AuditLogs\n| count', 22, 39],
    [42, 'AuditLogs\n| count', 22, 39],
    [44, 'AuditLogs\n| count', 22, 39],
    [45, 'Heartbeat', 45, 54],
    [54, 'Heartbeat', 45, 54],
  ])('cursor at %i → %j', (offset, text, start, end) => {
    expect(statementAtCursor(editor, offset)).toEqual({ text, start, end });
  });

  it('takes the block below when a blank line at the top has nothing above it', () => {
    expect(statementAtCursor('\n\nT\n| count', 0)).toEqual({ text: 'T\n| count', start: 2, end: 11 });
  });

  it('gives an empty block at the cursor for blank text', () => {
    expect(statementAtCursor('  \n \n', 3)).toEqual({ text: '', start: 3, end: 3 });
    expect(statementAtCursor('', 0)).toEqual({ text: '', start: 0, end: 0 });
  });

  it('clamps an offset outside the text', () => {
    expect(statementAtCursor('T', 99)).toEqual({ text: 'T', start: 0, end: 1 });
    expect(statementAtCursor('T', -5)).toEqual({ text: 'T', start: 0, end: 1 });
  });

  it('does not split at a blank line inside a multi-line string', () => {
    const text = 'print x = ```line 1\n\nline 3```\n| count\n\nT';
    expect(statementAtCursor(text, 3)).toEqual({ text: 'print x = ```line 1\n\nline 3```\n| count', start: 0, end: 38 });
    expect(statementAtCursor(text, 20)).toEqual({ text: 'print x = ```line 1\n\nline 3```\n| count', start: 0, end: 38 });
  });

  it('does not split inside a tilde multi-line string or an unterminated one', () => {
    expect(statementAtCursor('print ~~~a\n  \nb~~~', 0).text).toBe('print ~~~a\n  \nb~~~');
    expect(statementAtCursor('print ```a\n\n\nb', 13).text).toBe('print ```a\n\n\nb');
  });

  it('splits at a blank line after a quote left open, since a quoted string cannot span lines', () => {
    expect(statementAtCursor('T | where a == "x\n\nAuditLogs', 20)).toEqual({ text: 'AuditLogs', start: 19, end: 28 });
  });

  it('keeps a comment line as part of its block', () => {
    expect(statementAtCursor('// recent sign-ins\nSigninLogs\n\nT', 0).text).toBe('// recent sign-ins\nSigninLogs');
  });

  it('handles CRLF line endings and leaves the carriage return out of the block', () => {
    expect(statementAtCursor('A\r\n| count\r\n\r\nB\r\n', 14)).toEqual({ text: 'B', start: 14, end: 15 });
    expect(statementAtCursor('A\r\n| count\r\n\r\nB\r\n', 12)).toEqual({ text: 'A\r\n| count', start: 0, end: 10 });
  });
});

describe('selectionOrStatement', () => {
  it('returns the selected text when something is selected', () => {
    expect(selectionOrStatement(editor, { start: 22, end: 31 })).toEqual({ text: 'AuditLogs', start: 22, end: 31, source: 'selection' });
  });

  it('accepts a reversed selection', () => {
    expect(selectionOrStatement(editor, { start: 31, end: 22 })).toEqual({ text: 'AuditLogs', start: 22, end: 31, source: 'selection' });
  });

  it('falls back to the block at the cursor for an empty selection', () => {
    expect(selectionOrStatement(editor, { start: 50, end: 50 })).toEqual({ text: 'Heartbeat', start: 45, end: 54, source: 'statement' });
  });

  it('treats a whitespace-only selection as no selection and uses the caret end', () => {
    expect(selectionOrStatement(editor, { start: 43, end: 40 })).toEqual({ text: 'AuditLogs\n| count', start: 22, end: 39, source: 'statement' });
    expect(selectionOrStatement(editor, { start: 21, end: 22 })).toEqual({ text: 'AuditLogs\n| count', start: 22, end: 39, source: 'statement' });
  });
});
