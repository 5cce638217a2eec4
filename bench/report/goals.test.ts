import { describe, expect, it } from 'vitest';
import { evaluateGoals, formatTable, p95PerSample, type GoalInput } from './goals';

const F = 'wide-200k';

function input(samples: Record<string, number[]>, overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    samples,
    fixture: F,
    csvBytes: 60_000_000,
    wireBytes: 66_000_000,
    bundleBeforeTypingBytes: 240 * 1024,
    byteChecks: [{ what: `console export of ${F}`, ok: true, detail: 'identical' }],
    bigResult: null,
    ...overrides,
  };
}

const row = (rows: ReturnType<typeof evaluateGoals>, goal: string) => rows.find((candidate) => candidate.goal === goal);

describe('evaluateGoals', () => {
  it('judges ratios of medians against the floor and the SDK', () => {
    const rows = evaluateGoals(
      input({
        [`decode.floor-worker.${F}`]: [400, 500, 600],
        [`decode.model-worker.${F}`]: [700, 740, 800],
        [`decode.model.${F}`]: [740],
        [`decode.sdk.${F}`]: [1000, 1000, 1000],
      }),
    );
    expect(row(rows, 'decode to the model ≤ 1.5×F (worker)')).toMatchObject({ status: 'pass', value: 1.48, ratio: '1.48×F' });
    expect(row(rows, 'decode ≤ 0.6× the SDK conversion (page)')).toMatchObject({ status: 'miss', value: 0.74 });
  });

  it('compares a sort with the faster peer and export speed with papaparse', () => {
    const rows = evaluateGoals(
      input({
        [`decode.floor.${F}`]: [500],
        [`app.sortString.${F}`]: [300],
        [`grid.tanstack.sortString.${F}`]: [2000],
        [`grid.aggrid.sortString.${F}`]: [1000],
        [`app.export.${F}`]: [1000],
        [`csv.papaparse.${F}`]: [2000],
      }),
    );
    expect(row(rows, 're-sort string ≤ 0.25× best peer')).toMatchObject({ status: 'miss', value: 0.3 });
    expect(row(rows, 're-sort string ≤ 0.8×F')).toMatchObject({ status: 'pass', value: 0.6 });
    expect(row(rows, 'CSV export ≥ 60 MB/s')).toMatchObject({ status: 'pass', value: 60 });
    expect(row(rows, 'CSV export ≥ 1.8× papaparse')).toMatchObject({ status: 'pass', value: 2 });
  });

  it('says "not measured" rather than pass or miss when samples are missing, and fails a differing export', () => {
    const rows = evaluateGoals(input({}, { byteChecks: [{ what: `console export of ${F}`, ok: false, detail: 'differs' }] }));
    expect(row(rows, 'decode to the model ≤ 1.5×F (worker)')?.status).toBe('not measured');
    expect(row(rows, 'export byte-identical to the golden CSV')?.status).toBe('miss');
    expect(row(rows, 'JS before the editor accepts typing ≤ 900 KB gzip')?.status).toBe('pass');
  });

  it('prints one line per goal', () => {
    const rows = evaluateGoals(input({}));
    expect(formatTable(rows).split('\n')).toHaveLength(rows.length + 2);
  });
});

describe('p95PerSample', () => {
  it('takes the 95th percentile of each sample, so one slow frame in a hundred does not move it', () => {
    expect(p95PerSample([[...Array.from({ length: 99 }, () => 16), 100], [10, 20]])).toEqual([16, 19.5]);
  });
});
