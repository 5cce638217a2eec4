// CSV fields written straight into UTF-8 bytes, one writer per column made once per export. Cells go to bytes
// without becoming chunk strings first: one cell outside Latin-1 (a city in the dynamic column) turns a joined chunk
// into a two-byte string, and the Blob then spends as long encoding it as the writer spent building it (bench G4).
//
// The bytes are those of exportFields.ts's text for CSV, encoded as UTF-8: the same cell text (cells.ts), the same
// formula guard (formulaGuard.ts) and RFC 4180 quoting; a lone surrogate becomes U+FFFD, as a Blob of that text
// would make it. csvFields.test.ts checks the two against each other for every column type.

import { numberText } from '../results/cells';
import { BOOL_NULL, BOOL_TRUE } from '../results/model';
import type { ResultColumn } from '../results/model';
import { isFormulaStart, isFreeTextType } from './formulaGuard';

/**
 * Writes one cell of its column at `at` and returns where the field ends, or NEEDS_ROOM, having written nothing that
 * counts, when `bytes` cannot hold the field and ROOM_AFTER more bytes.
 */
export type FieldWriter = (bytes: Uint8Array, at: number, row: number) => number;

export const NEEDS_ROOM = -1;
/** Every writer leaves this much room after its field, for the separator or the CRLF that follows it. */
export const ROOM_AFTER = 2;

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const APOSTROPHE = 0x27;
const NOT_PLAIN = -2;
/** No shortest-round-trip spelling of a double is longer: `-0.0000012345678901234567` (`-1.2345678901234567e-308` is 24). */
const MAX_NUMBER_LENGTH = 25;

export function fieldWriter(column: ResultColumn, formulaGuard: boolean): FieldWriter {
  switch (column.type) {
    case 'bool': {
      const values = column.values;
      return (bytes, at, row) => {
        const value = values[row];
        return value === BOOL_NULL ? roomFor(bytes, at, 0) : writeAscii(bytes, at, value === BOOL_TRUE ? 'true' : 'false');
      };
    }
    case 'int':
    case 'real': {
      const { values, nulls } = column;
      return (bytes, at, row) => (nulls !== null && nulls[row] === 1 ? roomFor(bytes, at, 0) : writeNumber(bytes, at, values[row] as number));
    }
    case 'long': {
      const { values, nulls, exactDigits } = column;
      return (bytes, at, row) => {
        if (nulls !== null && nulls[row] === 1) return roomFor(bytes, at, 0);
        const digits = exactDigits?.get(row);
        return digits === undefined ? writeNumber(bytes, at, values[row] as number) : writeText(bytes, at, digits, false);
      };
    }
    case 'string': {
      const { values } = column;
      return (bytes, at, row) => writeText(bytes, at, values[row] ?? '', formulaGuard);
    }
    default: {
      const { text } = column;
      const guarded = formulaGuard && isFreeTextType(column.type);
      return (bytes, at, row) => writeText(bytes, at, text[row] ?? '', guarded);
    }
  }
}

/** A header name or a text cell: guarded when asked, quoted when it holds a quote, comma, CR or LF. */
export function writeText(bytes: Uint8Array, at: number, text: string, guarded: boolean): number {
  // Quotes, a guard and up to 3 bytes a UTF-16 code unit (a doubled quote takes 2).
  if (at + 3 * text.length + 3 + ROOM_AFTER > bytes.length) return NEEDS_ROOM;
  if (guarded && text.length > 0 && isFormulaStart(text.charCodeAt(0))) return writeEscaped(bytes, at, text, true);
  const end = writePlain(bytes, at, text);
  return end === NOT_PLAIN ? writeEscaped(bytes, at, text, false) : end;
}

/** The common case, copied a code unit a byte: ASCII with nothing to quote. NOT_PLAIN when the text is not that. */
function writePlain(bytes: Uint8Array, at: number, text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80 || code === QUOTE || code === COMMA || code === CR || code === LF) return NOT_PLAIN;
    bytes[at++] = code;
  }
  return at;
}

/** Any text: quoted (inner quotes doubled) when it needs it, guarded when asked, encoded as UTF-8. */
function writeEscaped(bytes: Uint8Array, at: number, text: string, guarded: boolean): number {
  const quoted = needsQuotes(text);
  if (quoted) bytes[at++] = QUOTE;
  if (guarded) bytes[at++] = APOSTROPHE;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      // Only quoted text can hold a quote.
      if (code === QUOTE) bytes[at++] = QUOTE;
      bytes[at++] = code;
    } else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else {
      if (code >= 0xd800 && code < 0xe000) {
        const next = text.charCodeAt(index + 1);
        if (code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          index++;
          bytes[at++] = 0xf0 | (code >> 18);
          bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
          bytes[at++] = 0x80 | (code & 0x3f);
          continue;
        }
        code = 0xfffd;
      }
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    }
  }
  if (quoted) bytes[at++] = QUOTE;
  return at;
}

function needsQuotes(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE || code === COMMA || code === CR || code === LF) return true;
  }
  return false;
}

/** numberText's spelling; whole numbers below 2^53 are written digit by digit instead of through a string. */
function writeNumber(bytes: Uint8Array, at: number, value: number): number {
  if (at + MAX_NUMBER_LENGTH + ROOM_AFTER > bytes.length) return NEEDS_ROOM;
  if (value === 0 || !Number.isSafeInteger(value)) return writeAscii(bytes, at, numberText(value));
  let rest = value;
  if (rest < 0) {
    bytes[at++] = 0x2d;
    rest = -rest;
  }
  let end = at + 1;
  for (let power = 10; power <= rest; power *= 10) end++;
  for (let position = end; rest > 0; ) {
    const next = Math.floor(rest / 10);
    bytes[--position] = 0x30 + (rest - next * 10);
    rest = next;
  }
  return end;
}

/** Text known to be short ASCII: the spelling of a number or a bool. */
function writeAscii(bytes: Uint8Array, at: number, text: string): number {
  if (at + text.length + ROOM_AFTER > bytes.length) return NEEDS_ROOM;
  for (let index = 0; index < text.length; index++) bytes[at++] = text.charCodeAt(index);
  return at;
}

function roomFor(bytes: Uint8Array, at: number, length: number): number {
  return at + length + ROOM_AFTER > bytes.length ? NEEDS_ROOM : at + length;
}
