import { describe, expect, it } from 'vitest';
import { bidiControlsIn, cellLine, detailsText, displayText, hasMoreToShow, isNumericType, needsIsolation, prettyDynamic } from './cellDisplay';

describe('cell display', () => {
  it('shows datetimes in the chosen zone with their full fraction, and other types as received', () => {
    expect(displayText('datetime', '2026-01-15T23:30:00.1234567Z', 'UTC')).toBe('2026-01-15 23:30:00.1234567');
    expect(displayText('datetime', '2026-01-15T23:30:00.1234567Z', 'Europe/Berlin')).toBe('2026-01-16 00:30:00.1234567');
    expect(displayText('datetime', '', 'Europe/Berlin')).toBe('');
    expect(displayText('string', '2026-01-15T23:30:00Z', 'Europe/Berlin')).toBe('2026-01-15T23:30:00Z');
  });

  it('puts a multi-line value on one line with visible breaks and cuts it with an ellipsis', () => {
    expect(cellLine('first\r\nsecond\nthird\rfourth\tend')).toBe('first ⏎ second ⏎ third ⏎ fourth end');
    expect(cellLine('abcdef', 4)).toBe('abcd…');
    expect(cellLine('abcd', 4)).toBe('abcd');
    expect(cellLine('x'.repeat(1_048_576)).length).toBe(401);
  });

  it('isolates text that has right-to-left letters, Arabic digits, direction marks or controls, or anything past U+058F', () => {
    for (const text of ['', 'alice@contoso.com', '2026-01-15 23:30:00.1234567', '{"city":"Kraków","note":"Ærø, Ñuñoa"}', '-12.5e3 (x) [y]', 'Ա ա']) {
      expect(needsIsolation(text), text).toBe(false);
    }
    for (const text of ['invoice_\u202Efdp.exe', 'שלום', 'مرحبا', '\u0661\u0662', 'a\u200Fb', 'x\u2067y\u2069', 'a\u061Cb', 'first ⏎ second', 'a – b', '東京', '\u{10900}']) {
      expect(needsIsolation(text), text).toBe(true);
    }
  });

  it('offers details for dynamic values, long text and multi-line text only', () => {
    expect(hasMoreToShow('dynamic', '{"a":1}')).toBe(true);
    expect(hasMoreToShow('dynamic', '')).toBe(false);
    expect(hasMoreToShow('string', 'short')).toBe(false);
    expect(hasMoreToShow('string', 'a\nb')).toBe(true);
    expect(hasMoreToShow('string', 'x'.repeat(81))).toBe(true);
  });

  it('indents JSON objects and arrays, and leaves scalars and non-JSON alone', () => {
    expect(prettyDynamic('{"a":[1,{"b":"<i>"}]}')).toBe('{\n  "a": [\n    1,\n    {\n      "b": "<i>"\n    }\n  ]\n}');
    expect(prettyDynamic('"text"')).toBe('"text"');
    expect(prettyDynamic('{not json')).toBe('{not json');
  });

  it('caps the details text until the analyst asks for all of it', () => {
    expect(detailsText('abcdef', false, 4)).toEqual({ text: 'abcd', omitted: 2 });
    expect(detailsText('abcdef', true, 4)).toEqual({ text: 'abcdef', omitted: 0 });
    expect(detailsText('abcd', false, 4)).toEqual({ text: 'abcd', omitted: 0 });
  });

  it('right-aligns the numeric types only', () => {
    expect(['int', 'long', 'real', 'decimal', 'string', 'timespan'].map((type) => isNumericType(type as never))).toEqual([true, true, true, true, false, false]);
  });

  it('names the text-direction controls a value hides', () => {
    expect(bidiControlsIn('invoice_\u202Efdp.exe and \u2066x\u2069 and \u202E again')).toEqual(['U+202E', 'U+2066', 'U+2069']);
    expect(bidiControlsIn('plain العربية text')).toEqual([]);
  });
});
