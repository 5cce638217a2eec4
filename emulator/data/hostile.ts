// Hostile but realistic values. Log fields are attacker-controlled (user agents, typed user names, request URIs,
// display names), so the console must survive all of these: CSV formula injection, markup, control characters,
// bidi overrides, multi-line text and huge cells. They are sprinkled over a few rows of the demo workspace.
import type { Cell } from '../engine/api.ts';
import type { SeededRandom } from './random.ts';

export const FORMULA_INJECTIONS: readonly string[] = [
  '=HYPERLINK("http://evil.example","x")',
  '+1-555-0100',
  '-2+3',
  '@SUM(A1)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=2+5',
];

export const MARKUP_INJECTIONS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(document.domain)',
  '<a href="javascript:alert(1)">click</a>',
];

const AWKWARD_TEXTS: readonly string[] = [
  'first line\nsecond line\nthird line',
  'windows line one\r\nwindows line two\r\n',
  'She said "it works, mostly", then left',
  '"fully quoted"',
  'comma,separated,values',
  'tab\tseparated\tvalues',
  'Zürich · São Paulo · Kraków · 東京 · Ελληνικά · العربية · 🚀',
  'invoice_\u202Efdp.exe',
  '\u202Eright-to-left override at the start',
  '',
  '  leading and trailing spaces  ',
  'null',
  'back\\slash\\path',
  '{"looks":"like json","but":"is a string"}',
];

export const HOSTILE_TEXTS: readonly string[] = [...FORMULA_INJECTIONS, ...MARKUP_INJECTIONS, ...AWKWARD_TEXTS];

/** The size of the single giant AppTraces.Message cell in the demo workspace. */
export const GIANT_CELL_LENGTH = 1024 * 1024;

/**
 * A long, line-structured dump of exactly `length` UTF-16 code units, the way a service logs a whole payload.
 * It mixes quotes, commas and non-ASCII text so every escaping path is exercised at size.
 */
export function longDump(label: string, length: number): string {
  const header = `${label}: payload dump follows\n`;
  const lines: string[] = [header];
  let size = header.length;
  for (let line = 1; size < length; line++) {
    const text = `${String(line).padStart(6, '0')} key="value, with comma" größe=${line % 97} 東京 status=ok\n`;
    lines.push(text);
    size += text.length;
  }
  return lines.join('').slice(0, length);
}

/**
 * Writes each value into one row of `column`, spread evenly over the table (so some land in recent hours) with a
 * little jitter. Each column gets its own jitter, so different hostile columns rarely share a row.
 */
export function sprinkle(column: Cell[], values: readonly Cell[], rng: SeededRandom): void {
  if (column.length === 0) return;
  const spacing = column.length / values.length;
  values.forEach((value, k) => {
    const row = Math.min(column.length - 1, Math.floor((k + rng.next()) * spacing));
    column[row] = value;
  });
}

/** Sets about `count` rows of a nullable column to null, spread like `sprinkle`. */
export function sprinkleNulls(column: Cell[], count: number, rng: SeededRandom): void {
  sprinkle(column, new Array<Cell>(count).fill(null), rng);
}
