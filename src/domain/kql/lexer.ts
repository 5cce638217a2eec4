// A small KQL lexer: just enough to find statements, pipes and operators without the official 5 MB parser.
// Lexical rules were checked against Kusto.Language (the parser inside @kusto/language-service-next):
// - "..." and '...' use backslash escapes; @"..." and @'...' are verbatim (a doubled quote is an escaped quote);
//   an h or H prefix (h"...", h@'...') marks an obfuscated string. None of these can contain a line break: an
//   unterminated one ends at the end of its line, so one stray quote never swallows the rest of the editor.
// - ```...``` and ~~~...~~~ are multi-line strings; an unterminated one runs to the end of the text.
// - // starts a comment that runs to the end of the line. There are no block comments.
// - Hyphenated operators (project-away, mv-expand, top-nested...) and negated operators (!between, !in, !has...)
//   are single tokens, so `top-nested` is never mistaken for `top`.

export type TokenKind =
  | 'identifier' // names and keywords, including hyphenated and negated operator keywords
  | 'number' // 100, 1.5e3, 0x1F, and timespan literals such as 1h or 100ms
  | 'string'
  | 'comment'
  | 'pipe'
  | 'semicolon'
  | 'open' // ( [ {
  | 'close' // ) ] }
  | 'punctuation'; // operators, commas, dots and any character the lexer has no better name for

interface TokenBase {
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export type Token =
  | (TokenBase & { kind: Exclude<TokenKind, 'string'> })
  /** `terminated` is false when the closing quote is missing (the string then ends at the line or text end). */
  | (TokenBase & { kind: 'string'; terminated: boolean });

const HYPHENATED_KEYWORDS = [
  'graph-mark-components',
  'graph-match',
  'graph-merge',
  'graph-shortest-paths',
  'graph-to-table',
  'make-graph',
  'make-series',
  'mv-apply',
  'mv-expand',
  'parse-kv',
  'parse-where',
  'project-away',
  'project-keep',
  'project-rename',
  'project-reorder',
  'project-smart',
  'sample-distinct',
  'top-hitters',
  'top-nested',
];

const MULTI_CHARACTER_PUNCTUATION = ['==', '!=', '<=', '>=', '=~', '!~', '<>', '=>', '..'];

function isIdentifierStart(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z_$]/.test(char);
}

function isIdentifierPart(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9_]/.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isQuote(char: string | undefined): boolean {
  return char === '"' || char === "'";
}

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}

/** Splits KQL text into tokens. Whitespace is skipped; comments are kept so callers can step around them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;

  const push = (kind: Exclude<TokenKind, 'string'>, end: number): void => {
    tokens.push({ kind, text: text.slice(position, end), start: position, end });
    position = end;
  };
  const pushString = (end: number, terminated: boolean): void => {
    tokens.push({ kind: 'string', text: text.slice(position, end), start: position, end, terminated });
    position = end;
  };

  const identifierEnd = (from: number): number => {
    let end = from;
    while (isIdentifierPart(text[end])) end++;
    return end;
  };

  /** Extends an identifier over `-word` parts while the result is (a prefix of) a known hyphenated keyword. */
  const hyphenatedEnd = (from: number, end: number): number => {
    let current = end;
    while (text[current] === '-' && isIdentifierStart(text[current + 1])) {
      const candidateEnd = identifierEnd(current + 1);
      const candidate = text.slice(from, candidateEnd);
      if (!HYPHENATED_KEYWORDS.some((keyword) => keyword === candidate || keyword.startsWith(`${candidate}-`))) break;
      current = candidateEnd;
    }
    const word = text.slice(from, current);
    // A prefix such as `graph-to` alone is not a keyword: fall back to the plain identifier.
    return HYPHENATED_KEYWORDS.includes(word) ? current : end;
  };

  /** A quoted string opened at `quoteAt`; verbatim strings escape a quote by doubling it instead of a backslash. */
  const quotedStringEnd = (quoteAt: number, verbatim: boolean): { end: number; terminated: boolean } => {
    const quote = text[quoteAt];
    let index = quoteAt + 1;
    while (index < text.length && !isLineBreak(text[index])) {
      const char = text[index];
      if (!verbatim && char === '\\') {
        index += isLineBreak(text[index + 1]) ? 1 : 2;
      } else if (char === quote && verbatim && text[index + 1] === quote) {
        index += 2;
      } else if (char === quote) {
        return { end: index + 1, terminated: true };
      } else {
        index++;
      }
    }
    return { end: Math.min(index, text.length), terminated: false };
  };

  const multiLineStringEnd = (fenceAt: number): { end: number; terminated: boolean } => {
    const fence = text.slice(fenceAt, fenceAt + 3);
    const closing = text.indexOf(fence, fenceAt + 3);
    return closing === -1 ? { end: text.length, terminated: false } : { end: closing + 3, terminated: true };
  };

  while (position < text.length) {
    const char = text[position];
    const next = text[position + 1];

    if (char === undefined || /\s/.test(char)) {
      position++;
    } else if (char === '/' && next === '/') {
      let end = position;
      while (end < text.length && !isLineBreak(text[end])) end++;
      push('comment', end);
    } else if ((char === '`' || char === '~') && text.startsWith(char.repeat(3), position)) {
      const { end, terminated } = multiLineStringEnd(position);
      pushString(end, terminated);
    } else if (isQuote(char)) {
      const { end, terminated } = quotedStringEnd(position, false);
      pushString(end, terminated);
    } else if (char === '@' && isQuote(next)) {
      const { end, terminated } = quotedStringEnd(position + 1, true);
      pushString(end, terminated);
    } else if ((char === 'h' || char === 'H') && isQuote(next)) {
      const { end, terminated } = quotedStringEnd(position + 1, false);
      pushString(end, terminated);
    } else if ((char === 'h' || char === 'H') && next === '@' && isQuote(text[position + 2])) {
      const { end, terminated } = quotedStringEnd(position + 2, true);
      pushString(end, terminated);
    } else if (isIdentifierStart(char)) {
      push('identifier', hyphenatedEnd(position, identifierEnd(position + 1)));
    } else if (char === '!' && isIdentifierStart(next)) {
      push('identifier', identifierEnd(position + 1));
    } else if (isDigit(char)) {
      push('number', numberEnd(text, position));
    } else if (char === '|') {
      push('pipe', position + 1);
    } else if (char === ';') {
      push('semicolon', position + 1);
    } else if (char === '(' || char === '[' || char === '{') {
      push('open', position + 1);
    } else if (char === ')' || char === ']' || char === '}') {
      push('close', position + 1);
    } else {
      const pair = text.slice(position, position + 2);
      push('punctuation', position + (MULTI_CHARACTER_PUNCTUATION.includes(pair) ? 2 : 1));
    }
  }
  return tokens;
}

/** Digits, an optional fraction and exponent, then any letters: unit suffixes (1h, 100ms) and hex (0x1F). */
function numberEnd(text: string, start: number): number {
  let end = start;
  while (isDigit(text[end])) end++;
  if (text[end] === '.' && text[end + 1] !== '.') {
    end++;
    while (isDigit(text[end])) end++;
  }
  if ((text[end] === 'e' || text[end] === 'E') && (isDigit(text[end + 1]) || (/[+-]/.test(text[end + 1] ?? '') && isDigit(text[end + 2])))) {
    end += 2;
    while (isDigit(text[end])) end++;
  }
  while (isIdentifierPart(text[end])) end++;
  return end;
}
