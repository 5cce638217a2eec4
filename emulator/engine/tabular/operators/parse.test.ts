import { describe, expect, it } from 'vitest';
import { datetime, rows, schema } from '../../testing/queries.ts';

const SLICES = `datatable(EventText:string)[
  "Event: NotifySliceRelease (resourceName=PipelineScheduler, totalSlices=27, sliceNumber=23, lockTime=02/17/2016 08:40:01, releaseTime=02/17/2016 08:40:01, previousLockTime=02/17/2016 08:39:01)",
  "Event: NotifySliceRelease (resourceName=PipelineScheduler, totalSlices=nonValidLongValue, sliceNumber=20, lockTime=02/17/2016 08:40:01, releaseTime=nonValidDateTime, previousLockTime=02/17/2016 08:39:01)"]`;

describe('parse (simple)', () => {
  it('extracts typed columns between constants and * (the documented example)', async () => {
    const text = `${SLICES} | parse EventText with * "resourceName=" resourceName ", totalSlices=" totalSlices:long * "sliceNumber=" sliceNumber:long * "lockTime=" lockTime ", releaseTime=" releaseTime:date "," * "previousLockTime=" previousLockTime:date ")" * | project-away EventText`;
    expect(await schema(text)).toEqual(['resourceName:string', 'totalSlices:long', 'sliceNumber:long', 'lockTime:string', 'releaseTime:datetime', 'previousLockTime:datetime']);
    expect(await rows(text)).toEqual([
      ['PipelineScheduler', 27, 23, '02/17/2016 08:40:01', datetime('2016-02-17T08:40:01Z'), datetime('2016-02-17T08:39:01Z')],
      ['', null, null, '', null, null],
    ]);
  });

  it('string columns take as little as possible; the last one takes the rest', async () => {
    expect(await rows('print s = "a=1, b=2, c=3" | parse s with * "=" v "," * | project v')).toEqual([['1']]);
    expect(await rows('print s = "User login failed for alice" | parse s with "User " action " failed for " user | project action, user')).toEqual([['login', 'alice']]);
  });

  it('is anchored: a constant must be where the pattern puts it', async () => {
    expect(await rows('print s = "xx id=12" | parse s with "id=" n:long | project n')).toEqual([[null]]);
    expect(await rows('print s = "xx id=12" | parse s with * "id=" n:long | project n')).toEqual([[12]]);
  });
});

describe('parse kind=relaxed', () => {
  it('nulls only the columns that do not convert', async () => {
    const text = `${SLICES} | parse kind=relaxed EventText with * "totalSlices=" totalSlices:long ", sliceNumber=" sliceNumber:long * "releaseTime=" releaseTime:datetime "," * | project totalSlices, sliceNumber, releaseTime`;
    expect(await rows(text)).toEqual([
      [27, 23, datetime('2016-02-17T08:40:01Z')],
      [null, 20, null],
    ]);
  });
});

describe('parse kind=regex', () => {
  it('is greedy by default and lazy with flag U; i ignores case', async () => {
    const greedy = `${SLICES} | take 1 | parse kind=regex EventText with * "resourceName=" resourceName ',' * | project resourceName`;
    expect(await rows(greedy)).toEqual([['PipelineScheduler, totalSlices=27, sliceNumber=23, lockTime=02/17/2016 08:40:01, releaseTime=02/17/2016 08:40:01']]);
    const lazy = `${SLICES} | take 1 | parse kind=regex flags=Ui EventText with * "RESOURCENAME=" resourceName ',' * | project resourceName`;
    expect(await rows(lazy)).toEqual([['PipelineScheduler']]);
  });

  it('constants are regular expressions with their own groups', async () => {
    const text = `${SLICES} | take 1 | parse kind=regex EventText with @"(\\w+)Number=" n:long @", (previous)?lockTime=" lock ", release" * | project n, lock`;
    expect(await rows(text)).toEqual([[23, '02/17/2016 08:40:01']]);
  });
});

describe('parse-where', () => {
  it('keeps only the rows that parse, with every typed column converted', async () => {
    const text = `${SLICES} | parse-where EventText with * "totalSlices=" totalSlices:long "," * | project totalSlices`;
    expect(await rows(text)).toEqual([[27]]);
    expect(await rows('AppTraces | parse-where Message with "User " * " for " user | project user')).toEqual([['alice']]);
  });
});
