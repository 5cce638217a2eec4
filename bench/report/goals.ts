// The goals of issue #5 judged from a run's samples: each as measured, the ratio it is judged on, the peers' figures
// and pass or miss. A goal is judged on medians; the spread is in the JSON beside it.
import { quantile, ratio, summarize, type Summary } from '../lib/stats';

export type Samples = Readonly<Record<string, readonly number[]>>;

export interface Check {
  readonly what: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface GoalInput {
  readonly samples: Samples;
  /** The fixture the ratio goals are judged on (200k × 12). */
  readonly fixture: string;
  readonly csvBytes: number;
  readonly wireBytes: number;
  readonly bundleBeforeTypingBytes: number;
  readonly byteChecks: readonly Check[];
  readonly bigResult: Check | null;
}

export interface GoalRow {
  readonly id: string;
  readonly goal: string;
  readonly measured: string;
  readonly ratio: string;
  readonly peers: string;
  readonly status: 'pass' | 'miss' | 'not measured';
  /** The number compared with the target (ratio, MB/s, ms, bytes). */
  readonly value: number;
}

const ms = (summary: Summary | undefined) => (summary && summary.n > 0 ? `${Math.round(summary.median).toLocaleString('en-US')} ms` : '—');
const times = (value: number, of = 'F') => (Number.isFinite(value) ? `${value.toFixed(2)}×${of}` : '—');
const mbps = (bytes: number, summary: Summary | undefined) => (summary && summary.median > 0 ? bytes / 1e6 / (summary.median / 1000) : Number.NaN);

function judged(value: number, meets: (value: number) => boolean): GoalRow['status'] {
  return Number.isFinite(value) ? (meets(value) ? 'pass' : 'miss') : 'not measured';
}

/** The per-sample p95 of frame intervals, then the median of those: one number per scroll, then the usual median. */
export function p95PerSample(frameIntervalsPerSample: readonly (readonly number[])[]): number[] {
  return frameIntervalsPerSample.map((intervals) => quantile([...intervals].sort((a, b) => a - b), 0.95));
}

export function evaluateGoals(input: GoalInput): GoalRow[] {
  const { fixture } = input;
  const s = (key: string): Summary | undefined => (input.samples[key] ? summarize(input.samples[key]) : undefined);
  const floor = s(`decode.floor.${fixture}`);
  const model = s(`decode.model.${fixture}`);
  const sdk = s(`decode.sdk.${fixture}`);
  const rows: GoalRow[] = [];

  // The console decodes on a worker: G1 compares the two on a worker; the SDK runs where an SDK app runs it, on the
  // page, so the SDK comparison is page against page.
  const floorWorker = s(`decode.floor-worker.${fixture}`);
  const modelWorker = s(`decode.model-worker.${fixture}`);
  const g1 = ratio(modelWorker, floorWorker);
  rows.push({
    id: 'G1',
    goal: 'decode to the model ≤ 1.5×F (worker)',
    measured: ms(modelWorker),
    ratio: times(g1),
    peers: `F ${ms(floorWorker)}; on the page ${ms(model)} = ${times(ratio(model, floor))}`,
    status: judged(g1, (v) => v <= 1.5),
    value: g1,
  });
  const g1sdk = ratio(model, sdk);
  rows.push({ id: 'G1', goal: 'decode ≤ 0.6× the SDK conversion (page)', measured: ms(model), ratio: times(g1sdk, 'SDK'), peers: `SDK ${ms(sdk)} (${times(ratio(sdk, floor))})`, status: judged(g1sdk, (v) => v <= 0.6), value: g1sdk });

  const load = s(`app.load.${fixture}`);
  const g2 = ratio(load, floor);
  const peerLoad = (name: string) => {
    const prep = s(`grid.${name}.prep.${fixture}`);
    const paint = s(`grid.${name}.firstPaint.${fixture}`);
    return prep && paint ? `${name} ${times((prep.median + paint.median) / (floor?.median ?? Number.NaN))}` : `${name} —`;
  };
  rows.push({ id: 'G2', goal: 'response → first rows painted ≤ 1.75×F', measured: ms(load), ratio: times(g2), peers: `${peerLoad('tanstack')}, ${peerLoad('aggrid')}`, status: judged(g2, (v) => v <= 1.75), value: g2 });

  for (const [kind, key, limit] of [
    ['number/datetime', 'sortDatetime', 0.3],
    ['string', 'sortString', 0.8],
  ] as const) {
    const app = s(`app.${key}.${fixture}`);
    const tanstack = s(`grid.tanstack.${key}.${fixture}`);
    const aggrid = s(`grid.aggrid.${key}.${fixture}`);
    const best = [tanstack, aggrid].filter((peer): peer is Summary => peer !== undefined && peer.n > 0).sort((a, b) => a.median - b.median)[0];
    const ofFloor = ratio(app, floor);
    const ofPeer = ratio(app, best);
    const peers = `TanStack ${ms(tanstack)}, AG Grid ${ms(aggrid)}`;
    rows.push({ id: 'G3', goal: `re-sort ${kind} ≤ ${limit}×F`, measured: ms(app), ratio: times(ofFloor), peers, status: judged(ofFloor, (v) => v <= limit), value: ofFloor });
    rows.push({ id: 'G3', goal: `re-sort ${kind} ≤ 0.25× best peer`, measured: ms(app), ratio: times(ofPeer, 'peer'), peers, status: judged(ofPeer, (v) => v <= 0.25), value: ofPeer });
  }
  const reverse = s(`app.sortDatetimeReverse.${fixture}`);
  rows.push({ id: 'G3', goal: 'reverse of a sorted column ≤ 50 ms', measured: ms(reverse), ratio: times(ratio(reverse, floor)), peers: '', status: judged(reverse?.median ?? Number.NaN, (v) => v <= 50), value: reverse?.median ?? Number.NaN });

  const exportSummary = s(`app.export.${fixture}`);
  const appMbps = mbps(input.csvBytes, exportSummary);
  const papaMbps = mbps(input.csvBytes, s(`csv.papaparse.${fixture}`));
  const writerMbps = mbps(input.csvBytes, s(`csv.writer.${fixture}`));
  const peersCsv = `papaparse ${papaMbps.toFixed(0)} MB/s; our writer in a page ${writerMbps.toFixed(0)} MB/s`;
  rows.push({ id: 'G4', goal: 'CSV export ≥ 60 MB/s', measured: `${appMbps.toFixed(0)} MB/s`, ratio: `${ms(exportSummary)}`, peers: peersCsv, status: judged(appMbps, (v) => v >= 60), value: appMbps });
  const ofPapa = appMbps / papaMbps;
  rows.push({ id: 'G4', goal: 'CSV export ≥ 1.8× papaparse', measured: `${appMbps.toFixed(0)} MB/s`, ratio: times(ofPapa, 'papaparse'), peers: peersCsv, status: judged(ofPapa, (v) => v >= 1.8), value: ofPapa });
  const identical = input.byteChecks.filter((check) => check.what.startsWith('console export')).every((check) => check.ok) && input.byteChecks.length > 0;
  rows.push({
    id: 'G4',
    goal: 'export byte-identical to the golden CSV',
    measured: input.byteChecks.filter((check) => check.ok).length + `/${input.byteChecks.length} files identical`,
    ratio: '',
    peers: input.byteChecks.filter((check) => !check.ok).map((check) => check.what).join('; '),
    status: identical ? 'pass' : 'miss',
    value: identical ? 1 : 0,
  });

  const kb = input.bundleBeforeTypingBytes / 1024;
  rows.push({ id: 'G5', goal: 'JS before the editor accepts typing ≤ 900 KB gzip', measured: `${kb.toFixed(0)} KB`, ratio: '', peers: '', status: judged(kb, (v) => v <= 900), value: kb });

  const heap = s(`heap.model.${fixture}`);
  const ofWire = (heap?.median ?? Number.NaN) / input.wireBytes;
  const heapOf = (name: string) => `${name} ${(((s(`heap.${name}.${fixture}`)?.median ?? Number.NaN) / input.wireBytes)).toFixed(2)}×`;
  rows.push({ id: 'G6', goal: 'retained heap of the model ≤ 1.5× wire bytes', measured: `${((heap?.median ?? Number.NaN) / 2 ** 20).toFixed(0)} MiB`, ratio: `${ofWire.toFixed(2)}×wire`, peers: `${heapOf('floor')}, ${heapOf('sdk')}`, status: judged(ofWire, (v) => v <= 1.5), value: ofWire });

  const phases = ['load', 'sort', 'export'].map((name) => [name, s(`app.longTask.${name}.${fixture}`)] as const);
  const worst = Math.max(...phases.map(([, summary]) => summary?.median ?? Number.NaN));
  rows.push({
    id: 'G7',
    goal: 'no main-thread task > 100 ms (load, sort, export)',
    measured: `${Number.isFinite(worst) ? Math.round(worst) : '—'} ms longest`,
    ratio: '',
    peers: phases.map(([name, summary]) => `${name} ${ms(summary)}`).join(', '),
    status: judged(worst, (v) => v <= 100),
    value: worst,
  });

  const frames = s(`app.scrollP95.${fixture}`);
  const frameText = (summary: Summary | undefined) => (summary && summary.n > 0 ? `${summary.median.toFixed(1)} ms` : '—');
  rows.push({
    id: 'G8',
    goal: 'p95 frame interval ≤ 20 ms in a 5 s scroll',
    measured: frameText(frames),
    ratio: '',
    peers: `TanStack ${frameText(s(`grid.tanstack.scrollP95.${fixture}`))}, AG Grid ${frameText(s(`grid.aggrid.scrollP95.${fixture}`))}`,
    status: judged(frames?.median ?? Number.NaN, (v) => v <= 20),
    value: frames?.median ?? Number.NaN,
  });

  rows.push({
    id: '500k',
    goal: '500k rows / ~100 MB load, sort, export, no crash',
    measured: input.bigResult?.detail ?? '—',
    ratio: '',
    peers: '',
    status: input.bigResult ? (input.bigResult.ok ? 'pass' : 'miss') : 'not measured',
    value: input.bigResult?.ok ? 1 : 0,
  });
  return rows;
}

export function formatTable(rows: readonly GoalRow[]): string {
  const header = ['goal', 'target', 'measured', 'ratio', 'peers', 'result'];
  const cells = rows.map((row) => [row.id, row.goal, row.measured, row.ratio, row.peers, row.status.toUpperCase()]);
  const widths = header.map((title, index) => Math.max(title.length, ...cells.map((line) => (line[index] ?? '').length)));
  const line = (values: readonly string[]) => `| ${values.map((value, index) => value.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
