import { describe, expect, it } from 'vitest';
import { datetime, rows, schema } from '../testing/queries.ts';

describe('datatable', () => {
  it('reads values row by row and converts them to the column types', async () => {
    expect(await schema('datatable(a:int, b:real, c:string, d:datetime, e:dynamic, f:bool, g:timespan)[1, 2, "x", datetime(2024-01-01), dynamic([1]), true, 1h]')).toEqual([
      'a:int',
      'b:real',
      'c:string',
      'd:datetime',
      'e:dynamic',
      'f:bool',
      'g:timespan',
    ]);
    expect(await rows('datatable(a:int, b:real, e:dynamic)[1, 2, dynamic([1]), -3, 4.5, dynamic({"k":"v"})]')).toEqual([
      [1, 2, [1]],
      [-3, 4.5, { k: 'v' }],
    ]);
  });

  it('holds typed nulls', async () => {
    expect(await rows('datatable(d:datetime, b:bool, g:guid, i:int, l:long, r:real, s:string, t:timespan, y:dynamic)[datetime(null), bool(null), guid(null), int(null), long(null), real(null), "", timespan(null), dynamic(null)]')).toEqual([
      [null, null, null, null, null, null, '', null, null],
    ]);
  });
});

describe('range', () => {
  it('counts from a to b inclusive by the step, for numbers, datetimes and timespans', async () => {
    expect(await rows('range x from 1 to 7 step 3')).toEqual([[1], [4], [7]]);
    expect(await rows('range x from 5 to 1 step -2')).toEqual([[5], [3], [1]]);
    expect(await rows('range x from 0.5 to 1.5 step 0.5')).toEqual([[0.5], [1], [1.5]]);
    expect(await rows('range t from datetime(2024-01-01) to datetime(2024-01-01 02:00) step 1h')).toEqual([
      [datetime('2024-01-01T00:00:00Z')],
      [datetime('2024-01-01T01:00:00Z')],
      [datetime('2024-01-01T02:00:00Z')],
    ]);
    expect(await schema('range x from 1 to 2 step 1')).toEqual(['x:long']);
  });
});

describe('print', () => {
  it('gives one row, naming unnamed columns print_N', async () => {
    expect(await schema('print 1, "a", x = 2')).toEqual(['print_0:long', 'print_1:string', 'x:long']);
    expect(await rows('print 1, "a", x = 2')).toEqual([[1, 'a', 2]]);
  });
});

describe('stored tables', () => {
  it('are read as stored, without a timespan', async () => {
    expect(await rows('AppTraces | project TimeGenerated | take 2')).toEqual([[datetime('2024-05-14T11:50:00Z')], [datetime('2024-05-14T11:20:00Z')]]);
  });
});

const SAMPLE = 'datatable(a:long, b:string, c:real)[1, "x", 0.5, 2, "y", 1.5, 3, "z", 2.5]';

describe('where / filter', () => {
  it('keeps rows whose condition is true', async () => {
    expect(await rows(`${SAMPLE} | where a >= 2 and b != "z"`)).toEqual([[2, 'y', 1.5]]);
    expect(await rows(`${SAMPLE} | filter c < 1`)).toEqual([[1, 'x', 0.5]]);
  });

  it('a constant condition keeps all or nothing', async () => {
    expect(await rows(`${SAMPLE} | where true | count`)).toEqual([[3]]);
    expect(await rows(`${SAMPLE} | where 1 == 2`)).toEqual([]);
  });
});

describe('project', () => {
  it('selects, renames and computes columns in the order written', async () => {
    expect(await rows(`${SAMPLE} | project b, renamed = a, doubled = c * 2`)).toEqual([
      ['x', 1, 1],
      ['y', 2, 3],
      ['z', 3, 5],
    ]);
    expect(await schema(`${SAMPLE} | project b, renamed = a, doubled = c * 2`)).toEqual(['b:string', 'renamed:long', 'doubled:real']);
  });

  it('names unnamed expressions as the service (Column1, strlen_b)', async () => {
    expect(await schema(`${SAMPLE} | project a + 1, strlen(b)`)).toEqual(['Column1:long', 'strlen_b:long']);
  });
});

describe('extend', () => {
  it('appends computed columns, which a later extend can use', async () => {
    expect(await rows(`${SAMPLE} | extend d = a * 10, e = c + 1 | extend f = d + e | where a == 1`)).toEqual([[1, 'x', 0.5, 10, 1.5, 11.5]]);
  });

  it('replaces a column of the same name in place', async () => {
    expect(await rows(`${SAMPLE} | extend a = a * 100 | take 1`)).toEqual([[100, 'x', 0.5]]);
  });

  it('several unnamed columns get generated names', async () => {
    expect(await schema(`${SAMPLE} | extend a * 2, tolower(b), b`)).toEqual(['a:long', 'b:string', 'c:real', 'Column1:long', 'Column2:string']);
    expect(await rows(`${SAMPLE} | extend a * 2, toupper(b), b | take 1`)).toEqual([[1, 'x', 0.5, 2, 'X']]);
  });
});

describe('project-away, project-keep, project-rename, project-reorder', () => {
  it('project-away drops columns', async () => {
    expect(await rows(`${SAMPLE} | project-away b | take 1`)).toEqual([[1, 0.5]]);
  });

  it('project-keep keeps columns', async () => {
    expect(await rows(`${SAMPLE} | project-keep c, a | take 1`)).toEqual([[1, 0.5]]);
  });

  it('project-rename renames in place', async () => {
    expect(await schema(`${SAMPLE} | project-rename letter = b`)).toEqual(['a:long', 'letter:string', 'c:real']);
    expect(await rows(`${SAMPLE} | project-rename letter = b | take 1`)).toEqual([[1, 'x', 0.5]]);
  });

  it('project-reorder moves columns to the front', async () => {
    expect(await rows(`${SAMPLE} | project-reorder c, b | take 1`)).toEqual([[0.5, 'x', 1]]);
  });
});

const WITH_NULLS = 'datatable(n:long, s:string, t:datetime)[3, "b", datetime(2024-01-02), long(null), "a", datetime(null), 1, "C", datetime(2024-01-01), 2, "a", datetime(2024-01-03)]';

describe('order by / sort by', () => {
  it('defaults to descending with nulls last', async () => {
    expect(await rows(`${WITH_NULLS} | order by n | project n`)).toEqual([[3], [2], [1], [null]]);
  });

  it('ascending puts nulls first by default', async () => {
    expect(await rows(`${WITH_NULLS} | sort by n asc | project n`)).toEqual([[null], [1], [2], [3]]);
  });

  it('nulls first / last override the default', async () => {
    expect(await rows(`${WITH_NULLS} | order by n desc nulls first | project n`)).toEqual([[null], [3], [2], [1]]);
    expect(await rows(`${WITH_NULLS} | order by n asc nulls last | project n`)).toEqual([[1], [2], [3], [null]]);
  });

  it('orders strings ordinally and breaks ties with the next key', async () => {
    expect(await rows(`${WITH_NULLS} | order by s asc, n desc | project s, n`)).toEqual([
      ['C', 1],
      ['a', 2],
      ['a', null],
      ['b', 3],
    ]);
  });

  it('orders datetimes exactly, including ticks a double cannot tell apart', async () => {
    expect(await rows(`${WITH_NULLS} | where isnotnull(t) | order by t asc | project t`)).toEqual([
      [datetime('2024-01-01T00:00:00Z')],
      [datetime('2024-01-02T00:00:00Z')],
      [datetime('2024-01-03T00:00:00Z')],
    ]);
    expect(await rows('datatable(t:datetime)[datetime(2024-01-01 00:00:00.0000001), datetime(2024-01-01 00:00:00.0000002), datetime(2024-01-01)] | order by t')).toEqual([
      [datetime('2024-01-01T00:00:00.0000002Z')],
      [datetime('2024-01-01T00:00:00.0000001Z')],
      [datetime('2024-01-01T00:00:00Z')],
    ]);
  });

  it('keeps the input order of equal keys (stable)', async () => {
    expect(await rows('datatable(k:long, i:long)[1, 1, 2, 2, 1, 3, 2, 4] | order by k desc | project i')).toEqual([[2], [4], [1], [3]]);
  });

  it('sorts by an expression', async () => {
    expect(await rows(`${WITH_NULLS} | order by strlen(s) * n asc | project n`)).toEqual([[null], [1], [2], [3]]);
  });
});

describe('top', () => {
  it('returns the first N by the ordering, descending by default', async () => {
    expect(await rows(`${WITH_NULLS} | top 2 by n | project n`)).toEqual([[3], [2]]);
    expect(await rows(`${WITH_NULLS} | top 2 by n asc nulls last | project n`)).toEqual([[1], [2]]);
  });

  it('matches a full sort followed by take on a larger input, ties in input order', async () => {
    const data = Array.from({ length: 60 }, (_, i) => `${(i * 37) % 23}, ${i}`).join(', ');
    const table = `datatable(k:long, i:long)[${data}]`;
    expect(await rows(`${table} | top 5 by k asc`)).toEqual(await rows(`${table} | order by k asc | project k, i | take 5`));
  });
});

describe('take / limit', () => {
  it('returns the first N rows', async () => {
    expect(await rows(`${WITH_NULLS} | take 2 | project n`)).toEqual([[3], [null]]);
    expect(await rows(`${WITH_NULLS} | limit 1 | project n`)).toEqual([[3]]);
    expect(await rows(`let k = 0; ${WITH_NULLS} | take k`)).toEqual([]);
  });

  it('after a sort returns the first N in order', async () => {
    expect(await rows(`${WITH_NULLS} | order by n asc | take 3 | project n`)).toEqual([[null], [1], [2]]);
  });
});

const REPEATS = 'datatable(a:string, b:long)["x", 1, "y", 2, "x", 1, "x", 3]';

describe('distinct', () => {
  it('returns each combination once, in first-seen order', async () => {
    expect(await rows(`${REPEATS} | distinct a, b`)).toEqual([
      ['x', 1],
      ['y', 2],
      ['x', 3],
    ]);
    expect(await rows(`${REPEATS} | distinct a`)).toEqual([['x'], ['y']]);
  });

  it('distinct * uses every column', async () => {
    expect(await rows(`${REPEATS} | distinct *`)).toEqual([
      ['x', 1],
      ['y', 2],
      ['x', 3],
    ]);
  });
});

describe('count', () => {
  it('returns one row with the row count as a long named Count', async () => {
    expect(await schema(`${REPEATS} | count`)).toEqual(['Count:long']);
    expect(await rows(`${REPEATS} | count`)).toEqual([[4]]);
    expect(await rows(`${REPEATS} | where b > 5 | count`)).toEqual([[0]]);
  });
});

const A = 'datatable(k:string, n:long)["a", 1]';
const B = 'datatable(k:string, m:real)["b", 2.5]';

describe('union', () => {
  it('stacks the legs and unifies columns by name', async () => {
    expect(await schema(`union (${A}), (${B})`)).toEqual(['k:string', 'n:long', 'm:real']);
    expect(await rows(`union (${A}), (${B})`)).toEqual([
      ['a', 1, null],
      ['b', null, 2.5],
    ]);
  });

  it('piped form puts the input first', async () => {
    expect(await rows(`${B} | union (${A})`)).toEqual([
      ['b', 2.5, null],
      ['a', null, 1],
    ]);
  });

  it('keeps one column per type when a name has several types', async () => {
    const text = 'union (datatable(v:long)[1]), (datatable(v:string)["x"])';
    expect(await schema(text)).toEqual(['v_long:long', 'v_string:string']);
    expect(await rows(text)).toEqual([
      [1, ''],
      [null, 'x'],
    ]);
  });

  it('of stored tables', async () => {
    expect(await rows('union AppTraces, AppTraces | count')).toEqual([[10]]);
  });
});

describe('getschema', () => {
  it('lists every column with its ordinal, .NET type and Kusto type', async () => {
    expect(await rows('AppTraces | getschema')).toEqual([
      ['TimeGenerated', 0, 'System.DateTime', 'datetime'],
      ['Message', 1, 'System.String', 'string'],
      ['SeverityLevel', 2, 'System.Int32', 'int'],
      ['AppRoleName', 3, 'System.String', 'string'],
      ['Properties', 4, 'System.Object', 'dynamic'],
    ]);
  });
});

describe('render', () => {
  it('passes the rows through', async () => {
    expect(await rows('datatable(x:long)[1, 2] | render timechart')).toEqual([[1], [2]]);
  });
});
