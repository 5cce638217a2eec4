// How a table, column or function name is written into a query: as is when it is a plain identifier, otherwise
// bracket-quoted (`['my col']`), which KQL accepts for any name. Keywords need quoting too: `where` as a column name
// would otherwise start an operator.

const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

// Lower-case words the parser reserves in a query; names are case-sensitive, so `Type` or `Count` need no quotes.
const KEYWORDS = new Set([
  'and', 'as', 'asc', 'between', 'by', 'consume', 'contains', 'count', 'datatable', 'desc', 'distinct', 'evaluate',
  'extend', 'externaldata', 'facet', 'false', 'find', 'fork', 'from', 'getschema', 'has', 'in', 'invoke', 'join',
  'kind', 'let', 'limit', 'lookup', 'materialize', 'not', 'null', 'of', 'on', 'or', 'order', 'parse', 'partition',
  'print', 'project', 'range', 'reduce', 'render', 'sample', 'search', 'serialize', 'set', 'sort', 'step', 'summarize',
  'take', 'to', 'top', 'true', 'typeof', 'union', 'where', 'with',
]);

export function kqlEntityName(name: string): string {
  if (PLAIN_IDENTIFIER.test(name) && !KEYWORDS.has(name)) return name;
  return `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}
