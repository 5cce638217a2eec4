import { describe, expect, it } from 'vitest';
import { rows, schema } from '../../testing/queries.ts';

const T = 'datatable(a:long, b:string, c:real)[1, "x", 0.5, 2, "y", 1.5, 3, "z", 2.5]';

describe('where / filter', () => {
  it('keeps rows whose condition is true', async () => {
    expect(await rows(`${T} | where a >= 2 and b != "z"`)).toEqual([[2, 'y', 1.5]]);
    expect(await rows(`${T} | filter c < 1`)).toEqual([[1, 'x', 0.5]]);
  });

  it('a constant condition keeps all or nothing', async () => {
    expect(await rows(`${T} | where true | count`)).toEqual([[3]]);
    expect(await rows(`${T} | where 1 == 2`)).toEqual([]);
  });
});

describe('project', () => {
  it('selects, renames and computes columns in the order written', async () => {
    expect(await rows(`${T} | project b, renamed = a, doubled = c * 2`)).toEqual([
      ['x', 1, 1],
      ['y', 2, 3],
      ['z', 3, 5],
    ]);
    expect(await schema(`${T} | project b, renamed = a, doubled = c * 2`)).toEqual(['b:string', 'renamed:long', 'doubled:real']);
  });

  it('names unnamed expressions as the service (Column1, strlen_b)', async () => {
    expect(await schema(`${T} | project a + 1, strlen(b)`)).toEqual(['Column1:long', 'strlen_b:long']);
  });
});

describe('extend', () => {
  it('appends computed columns, which a later extend can use', async () => {
    expect(await rows(`${T} | extend d = a * 10, e = c + 1 | extend f = d + e | where a == 1`)).toEqual([[1, 'x', 0.5, 10, 1.5, 11.5]]);
  });

  it('replaces a column of the same name in place', async () => {
    expect(await rows(`${T} | extend a = a * 100 | take 1`)).toEqual([[100, 'x', 0.5]]);
  });

  it('several unnamed columns get generated names', async () => {
    expect(await schema(`${T} | extend a * 2, tolower(b), b`)).toEqual(['a:long', 'b:string', 'c:real', 'Column1:long', 'Column2:string']);
    expect(await rows(`${T} | extend a * 2, toupper(b), b | take 1`)).toEqual([[1, 'x', 0.5, 2, 'X']]);
  });
});

describe('project-away, project-keep, project-rename, project-reorder', () => {
  it('project-away drops columns', async () => {
    expect(await rows(`${T} | project-away b | take 1`)).toEqual([[1, 0.5]]);
  });

  it('project-keep keeps columns', async () => {
    expect(await rows(`${T} | project-keep c, a | take 1`)).toEqual([[1, 0.5]]);
  });

  it('project-rename renames in place', async () => {
    expect(await schema(`${T} | project-rename letter = b`)).toEqual(['a:long', 'letter:string', 'c:real']);
    expect(await rows(`${T} | project-rename letter = b | take 1`)).toEqual([[1, 'x', 0.5]]);
  });

  it('project-reorder moves columns to the front', async () => {
    expect(await rows(`${T} | project-reorder c, b | take 1`)).toEqual([[0.5, 'x', 1]]);
  });
});
