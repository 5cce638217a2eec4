// Reads the source text of chosen cells straight from a response body, because JSON.parse has already rounded every
// number to a double before anyone can look at it. Only used when a long column holds a value beyond 2^53, which is
// rare, so this favours being small and obviously right over being fast.
//
// The text must already have been accepted by JSON.parse: the scanner only finds value boundaries, it does not
// validate. Like JSON.parse, it lets the last of duplicate keys win.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/** For each requested column index, the source text of that column's cell in every row of `tables[tableIndex]`. */
export function readCellSources(text: string, tableIndex: number, columnIndexes: readonly number[]): Map<number, string[]> {
  let sources = new Map<number, string[]>();
  const readRows = (rowsStart: number): number => {
    sources = new Map(columnIndexes.map((column) => [column, []]));
    return forEachElement(text, rowsStart, (_row, rowStart) =>
      forEachElement(text, rowStart, (column, cellStart) => {
        const end = skipValue(text, cellStart);
        const wanted = sources.get(column);
        if (wanted) wanted.push(text.slice(cellStart, end));
        return end;
      }),
    );
  };
  const readTable = (tableStart: number): number =>
    forEachMember(text, tableStart, (key, valueStart) => (key === 'rows' ? readRows(valueStart) : skipValue(text, valueStart)));
  const readTables = (tablesStart: number): number =>
    forEachElement(text, tablesStart, (index, valueStart) => (index === tableIndex ? readTable(valueStart) : skipValue(text, valueStart)));

  forEachMember(text, skipWhitespace(text, 0), (key, valueStart) =>
    key === 'tables' ? readTables(valueStart) : skipValue(text, valueStart),
  );
  return sources;
}

/** Calls `visit` with the start of each member's value; `visit` returns where that value ends. */
function forEachMember(text: string, start: number, visit: (key: string, valueStart: number) => number): number {
  let pos = skipWhitespace(text, start + 1);
  if (text.charCodeAt(pos) === CLOSE_BRACE) return pos + 1;
  for (;;) {
    const keyEnd = skipString(text, pos);
    const key = JSON.parse(text.slice(pos, keyEnd)) as string;
    const colon = skipWhitespace(text, keyEnd);
    pos = skipWhitespace(text, visit(key, skipWhitespace(text, colon + 1)));
    if (text.charCodeAt(pos) !== COMMA) return pos + 1;
    pos = skipWhitespace(text, pos + 1);
  }
}

function forEachElement(text: string, start: number, visit: (index: number, valueStart: number) => number): number {
  let pos = skipWhitespace(text, start + 1);
  if (text.charCodeAt(pos) === CLOSE_BRACKET) return pos + 1;
  for (let index = 0; ; index++) {
    pos = skipWhitespace(text, visit(index, pos));
    if (text.charCodeAt(pos) !== COMMA) return pos + 1;
    pos = skipWhitespace(text, pos + 1);
  }
}

function skipValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return skipString(text, start);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return skipContainer(text, start);
  let pos = start + 1;
  while (pos < text.length && !endsScalar(text.charCodeAt(pos))) pos++;
  return pos;
}

function endsScalar(code: number): boolean {
  return code === COMMA || code === CLOSE_BRACKET || code === CLOSE_BRACE || isWhitespace(code);
}

/** `start` is at the opening quote; returns the position after the closing one. */
function skipString(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

function skipContainer(text: string, start: number): number {
  let depth = 0;
  let pos = start;
  do {
    const code = text.charCodeAt(pos);
    if (code === QUOTE) {
      pos = skipString(text, pos);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
    pos++;
  } while (depth > 0);
  return pos;
}

function skipWhitespace(text: string, start: number): number {
  let pos = start;
  while (isWhitespace(text.charCodeAt(pos))) pos++;
  return pos;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
