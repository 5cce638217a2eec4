// Kusto's regular expressions are RE2. The common RE2 forms that JavaScript spells differently are rewritten:
// named groups (?P<name>...), leading flag groups such as (?i) or (?is), and \A / \z anchors. RE2 also allows
// escaping any punctuation (\: \-), which a Unicode-mode JavaScript regex rejects, so such a pattern is retried
// without the u flag. A pattern that still does not compile is the run-time error the service also reports.
import { QueryRuntimeError } from '../errors.ts';

const LEADING_FLAGS = /^\(\?([imsU]+)\)/;

function translate(pattern: string): { source: string; flags: string } {
  let source = pattern;
  let flags = '';
  const leading = LEADING_FLAGS.exec(source);
  if (leading !== null) {
    source = source.slice(leading[0].length);
    for (const flag of leading[1]!) {
      if (flag === 'i' || flag === 'm' || flag === 's') flags += flag;
    }
  }
  source = source.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$(?![\\s\\S])');
  return { source, flags };
}

const cache = new Map<string, RegExp>();

/** A compiled RE2 pattern; `extraFlags` adds e.g. 'g' for global matching. Compiled once per pattern and flags. */
export function kustoRegex(pattern: string, extraFlags = ''): RegExp {
  const key = `${extraFlags}\u0000${pattern}`;
  const known = cache.get(key);
  if (known !== undefined) {
    known.lastIndex = 0;
    return known;
  }
  const { source, flags } = translate(pattern);
  let regex: RegExp;
  try {
    regex = new RegExp(source, `${flags}${extraFlags}u`);
  } catch {
    try {
      regex = new RegExp(source, `${flags}${extraFlags}`);
    } catch {
      throw new QueryRuntimeError(`Invalid regular expression: '${pattern}'`);
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, regex);
  return regex;
}
